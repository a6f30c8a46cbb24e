"""Where the bundled ``resources/`` and ``templates/`` folders are.

An installed wheel carries them inside the package (``slawriter/resources``); an editable install
or a source checkout reads them from the repository's top level.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


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
