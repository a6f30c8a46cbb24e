"""Test-wide set-up: Qt offscreen, user folders in tmp_path, no unexpected warning logs, and
the quick loop (``--fast``, ``make test-fast``)."""

from __future__ import annotations

import atexit
import importlib.abc
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _private_user_folders(home: Path) -> None:
    os.environ["HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_DATA_HOME"] = str(home / ".local" / "share")
    os.environ["XDG_STATE_HOME"] = str(home / ".local" / "state")
    os.environ["XDG_CACHE_HOME"] = str(home / ".cache")


# Before any fixture: session- and module-scoped fixtures (and the processes they start) must not
# write to the real home folder either (the compiled-template cache once landed in ~/.cache).
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="slawriter-tests-home-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
_private_user_folders(_SESSION_HOME)
# Every test prints what it asks for: an earlier test's print is never taken from the print cache
# (tests/render/test_print_cache.py turns it on where it is what is tested).
os.environ["SLAWRITER_PRINT_CACHE"] = "off"

pytest_plugins = ["pytester"]

#: The marks of the slow tests, and what makes a test slow. ``--fast`` leaves them out.
SLOW_MARKS = {
    "process": "starts a child process",
    "pdf": "prints a PDF (imports WeasyPrint)",
    "property": "runs many Hypothesis examples",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fast",
        action="store_true",
        help="leave out the tests marked " + ", ".join(SLOW_MARKS) + " (make test-fast); "
        "an unmarked test that starts a process or prints a PDF fails, naming the mark it needs",
    )


def pytest_configure(config: pytest.Config) -> None:
    for mark, what in SLOW_MARKS.items():
        config.addinivalue_line("markers", f"{mark}: the test {what}; make test-fast leaves it out")
    if config.getoption("fast"):
        _SlowGuard.install()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.property)
    if not config.getoption("fast"):
        return
    kept = [item for item in items if not any(item.get_closest_marker(m) for m in SLOW_MARKS)]
    deselected = [item for item in items if item not in kept]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


def _slow(mark: str) -> None:
    pytest.fail(
        f"this test {SLOW_MARKS[mark]} but is not marked: add @pytest.mark.{mark} "
        f"(or pytestmark = pytest.mark.{mark} for its module) so make test-fast leaves it out",
        pytrace=True,
    )


class _SlowGuard(importlib.abc.MetaPathFinder):
    """In a ``--fast`` run, starting a process or importing WeasyPrint fails the test at once."""

    @classmethod
    def install(cls) -> None:
        sys.meta_path.insert(0, cls())
        real_popen_init = subprocess.Popen.__init__

        def popen_init(self: subprocess.Popen[Any], *args: Any, **kwargs: Any) -> None:
            _slow("process")
            real_popen_init(self, *args, **kwargs)

        subprocess.Popen.__init__ = popen_init  # type: ignore[method-assign]

        def no_fork() -> int:
            _slow("process")
            return -1

        os.fork = no_fork
        from PySide6.QtCore import QProcess

        def no_start(self: QProcess, *args: Any, **kwargs: Any) -> None:
            _slow("process")

        QProcess.start = no_start  # type: ignore[method-assign,assignment]
        QProcess.startDetached = no_start  # type: ignore[method-assign,assignment]

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> None:
        if fullname == "weasyprint":
            _slow("pdf")


@pytest.fixture(autouse=True)
def _user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings, autosave and recent files never touch the real home folder."""
    home = tmp_path_factory.mktemp("home")
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, os.environ[name])  # restored after the test
    _private_user_folders(home)


@pytest.fixture(autouse=True)
def _fail_on_warning_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """A test fails when slawriter logs a warning it did not expect (qutebrowser's logfail)."""
    caplog.set_level(logging.WARNING, logger="slawriter")
    yield
    unexpected = [
        r
        for r in caplog.get_records("call")
        if r.levelno >= logging.WARNING
        and r.name.startswith("slawriter")
        and not getattr(r, "expected", False)
    ]
    if unexpected:
        pytest.fail(
            "unexpected warning log: " + "; ".join(r.getMessage() for r in unexpected), False
        )


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent
