"""The preview's interim pages in the app: an edit's pages first, marked, then the whole print."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from slawriter.app.main_window import MainWindow
from slawriter.model import Section

from .test_main_window import editor, type_into
from .test_preview import RENDER_TIMEOUT, preview_text, previewing, wait_for_preview

__all__ = ["previewing"]  # the fixture


def page_text(window: MainWindow, page: int) -> str:
    pdf = window.preview.pdf
    assert pdf is not None
    return pdf.getAllText(page).text()


@pytest.mark.process
def test_an_edit_shows_its_page_first_marked_interim_then_the_whole_print(
    previewing: MainWindow, qtbot: QtBot
) -> None:
    window = previewing
    pane = window.preview
    pages = pane.pdf.pageCount() if pane.pdf is not None else 0
    before = window.document.generation
    seen: list[dict[str, object]] = []

    def interim(generation: int) -> None:
        seen.append(
            {
                "generation": generation,
                "shown_generation": pane.shown_generation,
                "title_page": page_text(window, 0),
                "second_page": page_text(window, 1),
                "pages": pane.pdf.pageCount() if pane.pdf is not None else 0,
                "status": pane.updating.text() if pane.updating.isVisible() else "",
                "page_label": pane.page_label.text(),
            }
        )

    pane.interimShown.connect(interim)
    title = editor(window, Section.PARTIES, "agreement", "title")
    type_into(qtbot, title, "Interim Title Q1Z")
    with qtbot.waitSignal(pane.updated, timeout=RENDER_TIMEOUT):
        pass
    assert len(seen) == 1
    (shown,) = seen
    assert shown["generation"] == window.document.generation
    assert "Interim Title Q1Z" in str(shown["title_page"])
    assert "Q1Z" not in str(shown["second_page"]), "the other pages are the last print's"
    assert shown["pages"] == pages
    assert "Updating the rest" in str(shown["status"])
    assert str(shown["page_label"]).endswith("of …"), "the page count is not final yet"
    # Not taken for the preview of the document as it is: the whole print is still to come.
    assert shown["shown_generation"] == before
    # The whole print replaced it: every page has the new title in its header.
    assert pane.shown_generation == window.document.generation
    assert pane.interim_pages is None
    assert "Q1Z" in page_text(window, 1)
    assert pane.updating.isHidden()
    assert pane.page_label.text().endswith(f"of {pane.pdf.pageCount() if pane.pdf else 0}")


@pytest.mark.process
def test_an_edit_during_a_print_is_not_lost_the_latest_text_wins(
    previewing: MainWindow, qtbot: QtBot
) -> None:
    window = previewing
    pane = window.preview
    interims: list[str] = []
    pane.interimShown.connect(lambda _g: interims.append(page_text(window, 0)))
    title = editor(window, Section.PARTIES, "agreement", "title")
    type_into(qtbot, title, "First Edit")
    pane.render_now()
    # The first edit is being printed (its interim, maybe, then the whole contract).
    qtbot.waitUntil(lambda: window.render_service.busy, timeout=5_000)
    type_into(qtbot, title, "Second Edit")
    wait_for_preview(window, qtbot)
    text = preview_text(window)
    assert "Second Edit" in text and "First Edit" not in text
    assert window.document.agreement.agreement.title == "Second Edit"
    # An interim of the first edit may have been shown before the second was asked for, never
    # after: the last interim shown is the second edit's.
    assert interims and "Second Edit" in interims[-1]


@pytest.mark.process
def test_no_interim_page_stays_when_the_whole_print_fails(
    previewing: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = previewing
    pane = window.preview
    service = window.render_service
    earlier = pane._whole
    assert earlier is not None
    title = editor(window, Section.PARTIES, "agreement", "title")
    type_into(qtbot, title, "Whole Print Q7Z")
    wait_for_preview(window, qtbot)
    whole = preview_text(window)
    assert "Q7Z" in whole
    # An interim that Qt cannot read is not shown.
    broken = tmp_path / "preview-99-interim.pdf"
    broken.write_bytes(b"%PDF-1.7 not a PDF")
    pane.requested_ident = 99
    service.previewInterim.emit(99, str(broken), [0])
    assert pane.interim_pages is None and preview_text(window) == whole
    # Interim pages shown (here: the earlier preview's), then the whole print fails: the last
    # whole preview comes back, not the interim.
    service.previewInterim.emit(99, str(service.preview_file(earlier)), [0])
    assert pane.interim_pages == (0,) and "Q7Z" not in preview_text(window)
    assert "Updating the rest" in pane.updating.text()
    service.previewFailed.emit(99, ["the renderer stopped"])
    assert pane.interim_pages is None
    assert preview_text(window) == whole
    assert "could not be made" in pane.messages.text()
