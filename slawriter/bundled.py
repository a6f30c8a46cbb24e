"""Where the bundled ``resources/`` and ``templates/`` folders are, and how to start slawriter
again in a child process.

An installed wheel carries the folders inside the package (``slawriter/resources``), and so
does the self-contained app (PyInstaller puts them in ``_internal/slawriter/``); an editable
install or a source checkout reads them from the repository's top level.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path

CHILD_MODULES = ("slawriter", "slawriter.worker.render_worker")
"""The modules the app runs in child processes: the ``slawriter`` command (redlines, signing,
compliance reports) and the preview's render worker. The bundle's executable runs exactly
these with ``-m`` (:mod:`slawriter.frozen`)."""


@cache
def _folder(name: str) -> Path:
    packaged = Path(str(files("slawriter"))) / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"slawriter's {name}/ folder is missing from this installation")


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (presets, schema, icons, translations)."""
    return _folder("resources")


def templates_dir() -> Path:
    """The bundled ``templates/`` folder (the contract's Jinja2 templates and CSS)."""
    return _folder("templates")


def is_frozen() -> bool:
    """Running as the self-contained app (PyInstaller), not from a Python installation."""
    return bool(getattr(sys, "frozen", False))


def module_command(module: str) -> list[str]:
    """The program and first arguments that run ``python -m MODULE`` in a child process.

    From a Python installation that is this interpreter with ``-m``; the bundle's executable
    is no Python, but it takes ``-m`` for the :data:`CHILD_MODULES`, so the command reads the
    same: ``[sys.executable, "-m", module]``. Only those modules may be asked for.
    """
    if module not in CHILD_MODULES:
        raise ValueError(f"{module!r} is not one of slawriter's child modules {CHILD_MODULES}")
    return [sys.executable, "-m", module]


def child_environment(environment: Mapping[str, str]) -> dict[str, str]:
    """``environment`` for such a child: from a Python installation, with the folder that holds
    the ``slawriter`` package first on ``PYTHONPATH`` (so a checkout's child imports the same
    code as its parent); the bundle imports only its own code, so it gets it unchanged."""
    result = dict(environment)
    if is_frozen():
        return result
    root = str(Path(__file__).resolve().parent.parent)
    current = result.get("PYTHONPATH", "")
    result["PYTHONPATH"] = root + (os.pathsep + current if current else "")
    return result
