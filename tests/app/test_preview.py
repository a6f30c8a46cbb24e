"""The live preview and Export PDF, with the real render process (WeasyPrint in a child)."""

from __future__ import annotations

import io
import os
import shutil
import signal
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from slawriter.app import preview_cache
from slawriter.app.forms import DecimalEditor
from slawriter.app.main_window import MainWindow
from slawriter.app.preview_cache import PreviewCache
from slawriter.model import Section
from slawriter.storage import load_agreement, save_agreement
from slawriter.worker import render_worker

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
def test_export_word_document_writes_the_docx_with_the_agreement_inside(
    previewing: MainWindow, qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    from slawriter.render.docx import agreement_from_docx

    window = previewing
    target = tmp_path / "contract.docx"
    dialog_log.answers["export_file"] = target
    dialog_log.answers["exported"] = None
    assert window.export_docx_action in window.menuBar().actions()[0].menu().actions()
    window.export_docx_action.trigger()
    assert not window.export_action.isEnabled() and not window.export_docx_action.isEnabled()
    with qtbot.waitSignal(window.render_service.exportFinished, timeout=RENDER_TIMEOUT):
        pass
    assert dialog_log.names() == ["export_file", "exported"]
    assert dialog_log.calls[0][1][0].name == "saas-availability.docx"
    assert dialog_log.calls[1][1] == (target, [])
    imported = agreement_from_docx(target)
    assert imported.agreement == window.document.agreement
    assert imported.edited is False
    assert window.export_docx_action.isEnabled()


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


@pytest.mark.process
def test_word_export_errors_say_it_was_the_word_document(
    previewing: MainWindow, qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    window = previewing
    folder = tmp_path / "a-folder.docx"
    folder.mkdir()
    dialog_log.answers["export_file"] = folder
    dialog_log.answers["show_error"] = None
    assert window.export_docx()
    with qtbot.waitSignal(window.render_service.exportFailed, timeout=RENDER_TIMEOUT):
        pass
    title, lines = dialog_log.calls[1][1]
    assert title == "Could not export the Word document"
    assert any("folder" in line for line in lines)
    assert window.export_docx_action.isEnabled()


def test_cancelled_export_does_nothing(
    window: MainWindow, dialog_log: DialogLog, tmp_path: Path
) -> None:
    path = tmp_path / SAAS.name
    shutil.copyfile(SAAS, path)
    assert window.open_path(path)
    dialog_log.answers["export_file"] = None
    assert not window.export_pdf()
    assert window.busy_bar.isHidden()


def test_export_refuses_what_validate_rejects_and_goes_to_the_first_problem(
    window: MainWindow, dialog_log: DialogLog, tmp_path: Path
) -> None:
    """Like ``slawriter export``: the same lines, nothing written, and the field in focus."""
    from slawriter.cli import main

    agreement = load_agreement(SAAS)
    tiers = list(agreement.consequences.credit_tiers)
    tiers[0] = tiers[0].model_copy(update={"at_least": Decimal("99.95")})  # below 99.9, ≥ 99.95
    consequences = agreement.consequences.model_copy(update={"credit_tiers": tiers})
    path = tmp_path / SAAS.name
    save_agreement(agreement.model_copy(update={"consequences": consequences}), path)
    assert window.open_path(path)
    window.go_to(("agreement", "title"))
    dialog_log.answers["show_error"] = None
    assert window.export_pdf() is False
    focused = QApplication.focusWidget()
    assert dialog_log.names() == ["show_error"]  # never asked where: nothing to write
    title, lines = dialog_log.calls[0][1]
    assert title == "Export PDF"
    err = io.StringIO()
    assert main(["validate", str(path)], io.StringIO(), err) == 2
    assert lines == err.getvalue().splitlines()
    assert "the band is empty" in lines[0]
    assert window.current_section() is Section.CONSEQUENCES
    at_least = editor(window, Section.CONSEQUENCES, "credit_tiers", 0, "at_least")
    assert isinstance(at_least, DecimalEditor)
    assert focused is at_least.input
    assert window.busy_bar.isHidden() and window.export_action.isEnabled()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf"]


@pytest.mark.process
def test_the_preview_renders_a_rejected_draft_with_its_problems_on_page_one(
    previewing: MainWindow, qtbot: QtBot
) -> None:
    window = previewing
    window.document.remove_item(("parties",), 1)
    wait_for_preview(window, qtbot)
    pdf = window.preview.pdf
    assert pdf is not None
    first = " ".join(pdf.getAllText(0).text().split())
    assert "problems to fix before it can be exported" in first
    assert "an agreement needs at least two parties; it has 1" in first
    assert "DRAFT" in first


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


# -- the preview cache (issue 14: a page of the contract at once when a file opens) ---------------


def _cache_entries() -> list[Path]:
    return sorted(PreviewCache().folder.glob(f"*{preview_cache.SUFFIX}"))


@pytest.mark.process
def test_an_unchanged_file_opens_with_its_last_preview_without_a_render(
    make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / SAAS.name
    shutil.copyfile(SAAS, path)
    first = make_window(preview=True)
    assert first.open_path(path)
    wait_for_preview(first, qtbot)
    assert not first.preview.from_cache
    rendered = preview_text(first)
    assert len(_cache_entries()) == 1

    again = make_window(preview=True)
    assert again.open_path(path)
    # At once: no render requested, nothing running, the pages of the last preview shown.
    assert again.preview.from_cache
    assert again.preview.shown_generation == again.document.generation
    assert not again.render_service.busy and again.preview.updating.isHidden()
    assert preview_text(again) == rendered
    assert again.preview.page_label.text().endswith(f"of {again.preview.pdf.pageCount()}")

    # Any change is another key: a render, never the cached picture.
    title = editor(again, Section.PARTIES, "agreement", "title")
    type_into(qtbot, title, "Cache Miss Title")
    again.preview.render_now()
    assert again.render_service.busy and not again.preview.updating.isHidden()
    assert again.preview.shown_generation != again.document.generation
    wait_for_preview(again, qtbot)
    assert not again.preview.from_cache
    assert "Cache Miss Title" in preview_text(again)
    assert len(_cache_entries()) == 2
    # Undone, the agreement is the one previewed before: from the cache again.
    again.document.undo_stack.undo()
    again.preview.render_now()
    assert again.preview.from_cache and preview_text(again) == rendered


@pytest.mark.process
def test_a_changed_file_or_branding_misses_the_cache(
    make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / SAAS.name
    shutil.copyfile(SAAS, path)
    first = make_window(preview=True)
    assert first.open_path(path)
    wait_for_preview(first, qtbot)

    agreement = load_agreement(path)
    info = agreement.agreement.model_copy(update={"title": "Changed On Disk"})
    save_agreement(agreement.model_copy(update={"agreement": info}), path)
    again = make_window(preview=True)
    assert again.open_path(path)
    assert not again.preview.from_cache and again.render_service.busy
    wait_for_preview(again, qtbot)
    assert "Changed On Disk" in preview_text(again)

    # The same agreement with another accent colour is another preview.
    again.render_service.set_branding(None, "#7a1f5f")
    again.preview.render_now()
    assert not again.preview.from_cache and again.render_service.busy
    wait_for_preview(again, qtbot)
    assert len(_cache_entries()) == 3


@pytest.mark.process
def test_a_damaged_cache_entry_is_never_shown(
    make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / SAAS.name
    shutil.copyfile(SAAS, path)
    first = make_window(preview=True)
    assert first.open_path(path)
    wait_for_preview(first, qtbot)
    rendered = preview_text(first)
    (entry,) = _cache_entries()
    data = bytearray(entry.read_bytes())
    data[len(data) // 2] ^= 0x20  # one flipped bit in the middle of the PDF
    entry.write_bytes(bytes(data))

    again = make_window(preview=True)
    assert again.open_path(path)
    assert not again.preview.from_cache and again.render_service.busy
    wait_for_preview(again, qtbot)
    assert preview_text(again) == rendered
    (replaced,) = _cache_entries()
    assert preview_cache._decode(replaced.read_bytes()) is not None


@pytest.mark.process
def test_an_export_never_waits_for_the_preview_nor_the_preview_for_an_export(
    previewing: MainWindow, qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    """Two workers: the preview's, and the one of exports and operations (issue 14)."""
    window = previewing
    service = window.render_service
    # The second worker starts once the first preview is shown, so that exports start warm.
    qtbot.waitUntil(lambda: service.work_pid != 0, timeout=RENDER_TIMEOUT)
    assert service.work_pid != service.worker_pid
    target = tmp_path / "contract.pdf"
    dialog_log.answers["export_file"] = target
    dialog_log.answers["exported"] = None
    window.export_pdf()
    title = editor(window, Section.PARTIES, "agreement", "title")
    type_into(qtbot, title, "Edited During The Export")
    window.preview.render_now()
    # Both are being made at once, each by its own worker.
    assert service._work_lane.running is not None and service._preview_lane.running is not None
    with qtbot.waitSignals(
        [window.preview.updated, service.exportFinished], timeout=RENDER_TIMEOUT
    ):
        pass
    assert "Edited During The Export" in preview_text(window)
    assert PdfReader(target).pages[0].extract_text()
