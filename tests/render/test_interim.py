"""The live preview's interim pages (render/interim.py): what an edit changed, printed alone and
put in place of its pages in the last preview, then the whole print — which is the contract's."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from slawriter.bundled import resources_dir
from slawriter.model import Agreement
from slawriter.render import interim as interim_module
from slawriter.render.documents.contract import prepare_pdf, render_pdf
from slawriter.render.interim import Interim, PreviewPrinter, block_html, split_blocks
from slawriter.render.printer import print_pdf
from slawriter.storage import load_agreement

SAAS = resources_dir() / "presets" / "saas-availability.sla.json"


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def outline(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


@pytest.fixture
def agreement() -> Agreement:
    return load_agreement(Path(SAAS))


class Recorder:
    def __init__(self, printer: PreviewPrinter) -> None:
        self.seen: list[Interim] = []
        printer.on_interim = self.seen.append


def test_the_contract_is_cut_into_its_blocks_and_a_template_without_marks_is_not(
    agreement: Agreement,
) -> None:
    _result, job = prepare_pdf(agreement)
    blocks = split_blocks(job.html)
    assert blocks is not None
    assert blocks.keys[:3] == ("title-page", "toc", "at-a-glance")
    assert "sec-levels" in blocks.keys and "sec-signatures" in blocks.keys
    assert [b.in_main for b in blocks.blocks][:4] == [False, False, False, True]
    assert split_blocks("<html><body><p>my own template</p></body></html>") is None


@pytest.mark.pdf
def test_the_marks_change_nothing_in_the_contract(agreement: Agreement) -> None:
    _result, job = prepare_pdf(agreement)
    unmarked = job.html
    for mark in ("<!--slw-block-->", "<!--slw-main-->", "<!--slw-end-->"):
        unmarked = unmarked.replace(mark, "")
    from dataclasses import replace

    plain = print_pdf(replace(job, html=unmarked)).pdf
    marked = print_pdf(job).pdf
    assert pages_text(marked) == pages_text(plain)
    assert outline(marked) == outline(plain)


@pytest.mark.pdf
def test_an_edit_prints_its_pages_in_place_then_the_whole_contract(agreement: Agreement) -> None:
    printer = PreviewPrinter()
    record = Recorder(printer)
    first = render_pdf(agreement, printer=printer).pdf
    # On open: the title page alone, before the rest; its page count is not known yet.
    (opening,) = record.seen
    assert opening.pages == (0,) and opening.blocks == ("title-page",)
    (title_page,) = pages_text(opening.pdf)
    assert agreement.agreement.title in title_page and "Page 1 of …" in title_page
    before = pages_text(first)

    agreement.agreement.title = "Interim Title Q1Z"
    whole = render_pdf(agreement, printer=printer).pdf
    interim = record.seen[-1]
    assert interim.blocks == ("title-page",) and interim.pages == (0,)
    shown = pages_text(interim.pdf)
    assert len(shown) == len(before)
    assert "Interim Title Q1Z" in shown[0] and f"Page 1 of {len(before)}" in shown[0]
    assert shown[1:] == before[1:], "the other pages are the last print's until the whole one"
    # The whole print is the contract as a print without interims gives it.
    plain = render_pdf(agreement).pdf
    assert pages_text(whole) == pages_text(plain)
    assert outline(whole) == outline(plain)
    assert all("Interim Title Q1Z" in page for page in pages_text(whole)[1:])


@pytest.mark.pdf
def test_a_section_printed_alone_keeps_its_page_numbers(agreement: Agreement) -> None:
    _result, job = prepare_pdf(agreement)
    blocks = split_blocks(job.html)
    assert blocks is not None
    glance = blocks.get("at-a-glance")
    assert glance is not None
    from dataclasses import replace

    alone = print_pdf(replace(job, html=block_html(blocks, (glance,), 2, 14))).pdf
    first = pages_text(alone)[0]
    assert "Page 3 of 14" in first
    assert agreement.agreement.title in first  # the running header, as on every later page


@pytest.mark.pdf
def test_a_failing_interim_leaves_the_whole_print_alone(
    agreement: Agreement, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = PreviewPrinter()
    record = Recorder(printer)
    render_pdf(agreement, printer=printer)
    record.seen.clear()

    def broken(*_args: object) -> None:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(interim_module, "_printed_objects", broken)
    agreement.agreement.title = "After A Failed Interim"
    whole = render_pdf(agreement, printer=printer).pdf
    assert record.seen == []
    assert all("After A Failed Interim" in page for page in pages_text(whole)[1:])


@pytest.mark.pdf
def test_no_interim_when_a_block_comes_or_goes(agreement: Agreement) -> None:
    printer = PreviewPrinter()
    record = Recorder(printer)
    render_pdf(agreement, printer=printer)
    record.seen.clear()
    agreement.signoff.revisions = []  # the annex of revisions goes
    before = split_blocks(prepare_pdf(agreement)[1].html)
    assert before is not None and printer.last is not None
    if before.keys == printer.last.blocks.keys:
        pytest.skip("the preset has no revision history to remove")
    render_pdf(agreement, printer=printer)
    assert record.seen == []


@pytest.mark.pdf
def test_the_render_worker_answers_a_preview_with_its_interim_then_the_whole(
    agreement: Agreement, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slawriter.storage import dumps_agreement
    from slawriter.worker import render_worker

    monkeypatch.setattr(render_worker, "_preview_printer", None)  # this test's own last print
    said: list[dict[str, object]] = []

    def ask(ident: int) -> dict[str, object]:
        request = {
            "id": ident,
            "agreement": dumps_agreement(agreement),
            "out": str(tmp_path / f"preview-{ident}.pdf"),
            "export": False,
        }
        return render_worker.handle(request, said.append)

    assert ask(1)["ok"] is True
    agreement.agreement.title = "Worker Interim Q5Z"
    said.clear()
    done = ask(2)
    (interim,) = said
    assert interim["id"] == 2 and interim["interim"] is True and interim["pages"] == [0]
    path = Path(str(interim["path"]))
    assert path.name == "preview-2-interim.pdf"
    assert "Worker Interim Q5Z" in pages_text(path.read_bytes())[0]
    assert done["ok"] is True and done["path"] == str(tmp_path / "preview-2.pdf")
    whole = pages_text((tmp_path / "preview-2.pdf").read_bytes())
    assert all("Worker Interim Q5Z" in page for page in whole[1:])
    # An export is never answered with an interim.
    said.clear()
    export = render_worker.handle(
        {
            "id": 3,
            "agreement": dumps_agreement(agreement),
            "out": str(tmp_path / "export.pdf"),
            "export": True,
        },
        said.append,
    )
    assert export["ok"] is True and said == []
