"""Test-wide set-up: Qt offscreen, user folders in tmp_path, and no unexpected warning logs."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings, autosave and recent files never touch the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


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
