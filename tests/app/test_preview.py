"""The live preview and Export PDF, with the real render process (WeasyPrint in a child)."""

from __future__ import annotations

import io
import os
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from slawriter.app import render_worker
from slawriter.app.main_window import MainWindow
from slawriter.model import Section
from slawriter.storage import load_agreement

from .conftest import PRESETS, DialogLog
from .test_main_window import editor, type_into

RENDER_TIMEOUT = 45_000  # first render: start Python, import WeasyPrint, lay out the contract

SAAS = next(p for p in PRESETS if p.name == "saas-availability.sla.json")


def preview_text(window: MainWindow) -> str:
    pdf = window.preview.pdf
    assert pdf is not None
    return " ".join(pdf.getAllText(page).text() for page in range(pdf.pageCount()))


def wait_for_preview(window: MainWindow, qtbot: QtBot) -> None:
    """Until the preview shows the document as it is now."""
    qtbot.waitUntil(
        lambda: (
            window.preview.shown_generation == window.document.generation
            and not window.render_service.busy
        ),
        timeout=RENDER_TIMEOUT,
    )


@pytest.fixture
def previewing(make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot) -> MainWindow:
    window = make_window(preview=True)
    path = tmp_path / SAAS.name
    shutil.copyfile(SAAS, path)
    assert window.open_path(path)
    wait_for_preview(window, qtbot)
    return window


def test_worker_module_does_not_import_qt() -> None:
    assert "PySide6" not in (render_worker.__doc__ or "")
    source = Path(render_worker.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source and "weasyprint" in source


@pytest.fixture
def weasyprint_unloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a fresh GUI process, whichever tests imported WeasyPrint in this one before."""
    for name in [n for n in sys.modules if n == "weasyprint" or n.startswith("weasyprint.")]:
        monkeypatch.delitem(sys.modules, name)


@pytest.mark.process
def test_preview_updates_after_an_edit_and_keeps_the_page(
    weasyprint_unloaded: None, previewing: MainWindow, qtbot: QtBot
) -> None:
    window = previewing
    assert "weasyprint" not in sys.modules, "the GUI process must never import WeasyPrint"
    pdf = window.preview.pdf
    assert pdf is not None and pdf.pageCount() >= 2
    assert window.preview.updating.isHidden()
    window.preview.view.pageNavigator().jump(
        1, window.preview.view.pageNavigator().currentLocation()
    )
    qtbot.waitUntil(lambda: window.preview.current_page() == 1)

    title = editor(window, Section.PARTIES, "agreement", "title")
    type_into(qtbot, title, "Preview Title Changed")
    assert window.preview.timer.isActive()
    with qtbot.waitSignal(window.preview.updated, timeout=RENDER_TIMEOUT) as blocker:
        pass
    assert blocker.args == [window.document.generation]
    assert "Preview Title Changed" in preview_text(window)
    assert window.preview.current_page() == 1
    assert window.preview.updating.isHidden()


@pytest.mark.process
def test_only_the_newest_render_is_shown_and_a_dead_worker_is_restarted(
    previewing: MainWindow, qtbot: QtBot
) -> None:
    window = previewing
    shown: list[int] = []
    window.preview.updated.connect(shown.append)
    title = editor(window, Section.PARTIES, "agreement", "title")
    type_into(qtbot, title, "First")
    window.preview.render_now()
    type_into(qtbot, title, "Second")
    window.preview.render_now()
    type_into(qtbot, title, "Third")
    window.preview.render_now()
    wait_for_preview(window, qtbot)
    assert shown == [window.document.generation]
    text = preview_text(window)
    assert "Third" in text and "Second" not in text

    os.kill(window.render_service.worker_pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.render_service.restarts == 1, timeout=10_000)
    type_into(qtbot, title, "After restart")
    wait_for_preview(window, qtbot)
    assert "After restart" in preview_text(window)


@pytest.mark.process
def test_export_writes_a_valid_pdf_and_offers_the_folder(
    previewing: MainWindow, qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    window = previewing
    target = tmp_path / "out" / "contract.pdf"
    target.parent.mkdir()
    dialog_log.answers["export_file"] = target
    dialog_log.answers["exported"] = None
    window.export_action.trigger()
    assert not window.busy_bar.isHidden()
    assert not window.export_action.isEnabled()
    with qtbot.waitSignal(window.render_service.exportFinished, timeout=RENDER_TIMEOUT):
        pass
    assert window.busy_bar.isHidden()
    assert dialog_log.names() == ["export_file", "exported"]
    suggested = dialog_log.calls[0][1][0]
    assert suggested.name == "saas-availability.pdf"
    assert dialog_log.calls[1][1] == (target, [])
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    assert load_agreement(SAAS).agreement.title.split()[0] in reader.pages[0].extract_text()


@pytest.mark.process
def test_export_errors_go_to_the_error_presenter(
    previewing: MainWindow, qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    window = previewing
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    dialog_log.answers["export_file"] = folder
    dialog_log.answers["show_error"] = None
    window.export_pdf()
    with qtbot.waitSignal(window.render_service.exportFailed, timeout=RENDER_TIMEOUT):
        pass
    assert dialog_log.names() == ["export_file", "show_error"]
    title, lines = dialog_log.calls[1][1]
    assert title == "Could not export the PDF"
    assert any("folder" in line for line in lines)
    assert window.export_action.isEnabled()


def test_cancelled_export_does_nothing(window: MainWindow, dialog_log: DialogLog) -> None:
    dialog_log.answers["export_file"] = None
    assert not window.export_pdf()
    assert window.busy_bar.isHidden()


def test_export_never_replaces_the_agreement_file(
    make_window: Callable[..., MainWindow], tmp_path: Path, dialog_log: DialogLog
) -> None:
    window = make_window()
    path = tmp_path / SAAS.name
    shutil.copyfile(SAAS, path)
    assert window.open_path(path)
    assert path is not None
    before = path.read_bytes()
    dialog_log.answers["export_file"] = path
    dialog_log.answers["show_error"] = None
    assert window.export_pdf() is False
    assert dialog_log.names()[-1] == "show_error"
    assert path.read_bytes() == before
