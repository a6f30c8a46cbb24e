"""slawriter.workarounds: every workaround of a library names the release it was written for, and
this fails when the installed release is another — check the workaround, then update the entry."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from importlib.metadata import version

import pytest

from slawriter import workarounds
from slawriter.workarounds import WORKAROUNDS, Workaround


def _name(entry: Workaround) -> str:
    return f"{entry.package}-{entry.where}"


@pytest.mark.parametrize("entry", WORKAROUNDS, ids=_name)
def test_written_for_the_installed_release(entry: Workaround) -> None:
    installed = version(entry.package)
    assert installed == entry.version, (
        f"{entry.package} is {installed} now; {entry.where} was written for {entry.version}: "
        f"{entry.problem} Check whether it is still needed ({entry.remove_when}) and that it "
        f"still works, then write {installed} in slawriter/workarounds.py."
    )


@pytest.mark.parametrize("entry", WORKAROUNDS, ids=_name)
def test_the_code_is_where_the_entry_says(entry: Workaround) -> None:
    module_name, _, name = entry.where.partition(":")
    module = importlib.import_module(module_name)
    assert not name or callable(getattr(module, name, None)), entry.where


def test_every_workaround_here_is_listed() -> None:
    listed = {entry.where for entry in WORKAROUNDS}
    here = {
        f"{workarounds.__name__}:{name}"
        for name, value in vars(workarounds).items()
        if inspect.isfunction(value) and value.__module__ == workarounds.__name__
    }
    assert here <= listed, sorted(here - listed)


@pytest.mark.process
def test_importing_it_imports_no_library() -> None:
    code = (
        "import sys\nimport slawriter.workarounds\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'weasyprint', 'pyhanko', 'pydantic') or "
        "(m.startswith('slawriter.') and m != 'slawriter.workarounds')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
