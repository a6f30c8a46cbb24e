"""The test-only smoke report (SLAWRITER_SMOKE_REPORT) the bundle's smoke test reads, and the
commands the app's child processes start with."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from slawriter.app import smoke_report
from slawriter.app.main_window import MainWindow

from .test_preview import RENDER_TIMEOUT, SAAS


def test_nothing_without_the_variable(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(smoke_report.VARIABLE, raising=False)
    assert smoke_report.install_from_environment(window) is None


@pytest.mark.process
def test_one_line_once_the_first_preview_page_is_painted(
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "report.jsonl"
    monkeypatch.setenv(smoke_report.VARIABLE, str(target))
    window = make_window(preview=True)
    report = smoke_report.install_from_environment(window)
    assert report is not None
    path = tmp_path / SAAS.name
    shutil.copyfile(SAAS, path)
    assert window.open_path(path)
    qtbot.waitUntil(target.exists, timeout=RENDER_TIMEOUT)
    (line,) = target.read_text(encoding="utf-8").splitlines()
    shown = json.loads(line)
    pdf = window.preview.pdf
    assert pdf is not None and pdf.pageCount() > 1
    assert shown == {
        "section": "parties",
        "section_title": window.section_list.item(0).text(),
        "section_page_shown": True,
        "preview_pages": pdf.pageCount(),
        "preview_page": 1,
        "file": str(path),
        "title": f"{SAAS.name} — slawriter",
    }
    report.write()  # once only
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1
    assert window.isVisible()  # the app goes on: the smoke test quits it with Ctrl+Q
