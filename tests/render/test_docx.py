"""The contract as a Word document: Word's structure, the PDF's words, the agreement inside.

Every preset in each contract language is exported through the export service and read back
with python-docx and with the zip and lxml (tests/render/docx_reading.py), as Word reads it.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from functools import cache
from pathlib import Path

import docx
import pytest

from slawriter.model import Agreement
from slawriter.model.agreement import AgreementStatus
from slawriter.model.types import Language
from slawriter.render import Branding, render_html
from slawriter.render.docx import agreement_from_docx, contract_blocks, render_docx
from slawriter.render.docx.writer import (
    CLAUSES_ABSTRACT,
    document_bytes,
    word_letter,
    write_contract,
)
from slawriter.services.export import export_docx
from slawriter.services.presets import Preset, list_presets
from slawriter.storage import read_agreement

from .docx_reading import (
    NS,
    docx_words,
    html_words,
    numbering,
    part,
    part_names,
    q,
    shown_paragraphs,
)

PRESETS = list_presets()
LANGUAGES = [language.value for language in Language]
PAGE_WORDS = {"en": ("Page", "of"), "es": ("Página", "de")}


def _in(agreement: Agreement, language: str) -> Agreement:
    info = agreement.agreement.model_copy(update={"language": Language(language)})
    return agreement.model_copy(update={"agreement": info})


@cache
def exported(name: str, language: str) -> tuple[bytes, bytes, str]:
    """The preset's file bytes, its Word document (in ``language``) and its contract HTML."""
    preset = next(p for p in PRESETS if p.name == name)
    agreement, data = read_agreement(preset.path)
    agreement = _in(agreement, language)
    folder = Path(__import__("tempfile").mkdtemp(prefix="slawriter-docx-"))
    out = folder / f"{name}.{language}.docx"
    assert export_docx(agreement, out, data=data) == []
    return data, out.read_bytes(), render_html(agreement).html


every_preset = pytest.mark.parametrize("preset", PRESETS, ids=[p.name for p in PRESETS])
every_language = pytest.mark.parametrize("language", LANGUAGES)


@every_language
@every_preset
def test_the_word_document_says_what_the_pdf_says(preset: Preset, language: str) -> None:
    """Same words in the same order as the HTML the PDF is printed from, the clause numbers
    and item letters as Word numbers them included."""
    _, document, html = exported(preset.name, language)
    expected, got = html_words(html), docx_words(document)
    if got != expected:  # the first place they part, for the failure message
        at = next(
            (i for i, (a, b) in enumerate(zip(expected, got, strict=False)) if a != b),
            min(len(expected), len(got)),
        )
        pytest.fail(
            f"{preset.name} ({language}): the Word text parts from the PDF's at word {at}:\n"
            f"  PDF:  {' '.join(expected[max(0, at - 12) : at + 12])}\n"
            f"  Word: {' '.join(got[max(0, at - 12) : at + 12])}"
        )


@every_language
@every_preset
def test_headings_numbering_and_tables_are_words_own(preset: Preset, language: str) -> None:
    _, data, html = exported(preset.name, language)
    document = docx.Document(io.BytesIO(data))
    levels = [
        int(p.style.name.split()[-1])
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith("Heading")
    ]
    assert levels and levels[0] == 1
    # In order: a heading is at most one level below the one before it.
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    assert set(levels) <= {1, 2, 3}
    shown = shown_paragraphs(data)
    # Every section heading and clause is numbered by the clauses' multilevel list, so Word
    # numbers a clause inserted among them; and with the number the PDF prints.
    numbers = numbering(data)
    sections = html.count('class="section-title"')
    numbered_headings = [s for s in shown if s.style == "Heading1" and s.label]
    assert len(numbered_headings) == sections
    assert [s.label for s in numbered_headings] == [str(n) for n in range(1, sections + 1)]
    clauses = [s for s in shown if s.style in ("Clause", "Subclause")]
    assert clauses and all(s.label for s in clauses)
    assert all(
        numbers.nums[s.element.find("w:pPr/w:numPr/w:numId", NS).get(q("val"))]
        == str(CLAUSES_ABSTRACT)
        for s in clauses
    )
    assert numbers.style_num["Clause"][1] == 1  # a new paragraph in the style is numbered
    # Tables: as many as the contract's, each heading row repeated on every page.
    assert len(document.tables) == html.count("<table")
    grids = html.count("<thead>")
    repeated = [
        table
        for table in document.tables
        if table.rows and table.rows[0]._tr.find("w:trPr/w:tblHeader", NS) is not None
    ]
    assert len(repeated) == grids
    for table in repeated:
        assert all(cell.text for cell in table.rows[0].cells)


@every_language
@every_preset
def test_header_footer_properties_and_watermark(preset: Preset, language: str) -> None:
    _, data, _ = exported(preset.name, language)
    document = docx.Document(io.BytesIO(data))
    agreement = _in(preset.load(), language)
    info = agreement.agreement
    section = document.sections[0]
    header = section.header.paragraphs[0].text
    assert header == f"{info.title}\t{info.document_id}"
    footer = section.footer.paragraphs[0]._p
    instructions = [f.get(q("instr")).strip() for f in footer.iter(q("fldSimple"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    page, of = PAGE_WORDS[language]
    text = "".join(t.text for t in footer.iter(q("t")))
    assert text.startswith(page) and f" {of} " in text
    assert text.endswith(render_html(agreement).html.split('class="mono">')[1].split("<")[0])
    properties = document.core_properties
    assert properties.title == info.title
    assert properties.language.startswith(language)
    assert properties.subject
    styles = part(data, "word/styles.xml")
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang is not None and lang.get(q("val")).startswith(language)
    watermark = {"en": "DRAFT", "es": "BORRADOR"}[language]
    assert _watermarks(data) == [watermark, watermark]  # the first page's header and the others'


def _watermarks(data: bytes) -> list[str]:
    found = []
    for name in part_names(data):
        if name.startswith("word/header"):
            root = part(data, name)
            for path in root.iter("{urn:schemas-microsoft-com:vml}textpath"):
                if path.get("string"):
                    found.append(path.get("string"))
    return found


def test_a_signed_contract_has_no_watermark() -> None:
    agreement = PRESETS[0].load()
    signoff = agreement.signoff.model_copy(update={"status": AgreementStatus.SIGNED})
    signed = agreement.model_copy(update={"signoff": signoff})
    assert _watermarks(render_docx(signed).docx) == []
    assert _watermarks(render_docx(agreement).docx) == ["DRAFT", "DRAFT"]


def test_the_logo_and_accent_colour_reach_the_document() -> None:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 10), "#336699").save(out, "PNG")
    branding = Branding.create(logo=out.getvalue(), accent="#aa3300")
    result = render_docx(PRESETS[0].load(), branding=branding)
    assert result.warnings == []
    document = docx.Document(io.BytesIO(result.docx))
    assert len(document.inline_shapes) == 1
    media = [n for n in part_names(result.docx) if n.startswith("word/media/")]
    with zipfile.ZipFile(io.BytesIO(result.docx)) as archive:
        assert archive.read(media[0]) == out.getvalue()
    assert str(document.styles["Heading 1"].font.color.rgb) == "AA3300"


def test_an_svg_logo_is_said_to_be_left_out() -> None:
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="1">'
        b'<rect width="4" height="1"/></svg>'
    )
    result = render_docx(PRESETS[0].load(), branding=Branding.create(logo=svg))
    assert result.warnings == [
        "the SVG logo is in the PDF only: the Word document is written without it"
    ]
    assert not docx.Document(io.BytesIO(result.docx)).inline_shapes


@every_language
@every_preset
def test_the_agreement_comes_back_byte_for_byte(
    preset: Preset, language: str, tmp_path: Path
) -> None:
    data, document, _ = exported(preset.name, language)
    path = tmp_path / "contract.docx"
    path.write_bytes(document)
    imported = agreement_from_docx(path)
    assert imported.data == data == preset.path.read_bytes()
    assert imported.edited is False


def test_a_document_saved_again_unedited_is_not_edited(tmp_path: Path) -> None:
    _, data, _ = exported(PRESETS[0].name, "en")
    path = tmp_path / "resaved.docx"
    docx.Document(io.BytesIO(data)).save(path)
    assert agreement_from_docx(path).edited is False


def test_a_document_edited_in_word_still_gives_its_agreement(tmp_path: Path) -> None:
    source, data, _ = exported(PRESETS[0].name, "en")
    document = docx.Document(io.BytesIO(data))
    clause = next(p for p in document.paragraphs if p.style.name == "Clause")
    clause.runs[-1].text += " Except on Sundays."
    path = tmp_path / "edited.docx"
    document.save(path)
    imported = agreement_from_docx(path)
    assert imported.edited is True
    assert imported.data == source


def test_numbers_word_would_print_otherwise_are_written_as_text() -> None:
    """A list past (z): the contract goes on (aa), (ab); Word's lowerLetter with (aa), (bb),
    so that list's letters are text, not Word numbering, and say what the PDF says."""
    assert [word_letter(i) for i in (0, 25, 26, 27)] == ["(a)", "(z)", "(aa)", "(bb)"]
    agreement = PRESETS[0].load()
    scope = agreement.scope
    assert hasattr(scope, "out_of_scope")
    many = scope.model_copy(update={"out_of_scope": [f"item {n}" for n in range(30)]})
    long = agreement.model_copy(update={"scope": many})
    data = render_docx(long).docx
    words = docx_words(data)
    assert words == html_words(render_html(long).html)
    assert "ab" in words  # (ab): the contract's 28th letter


def test_the_blocks_are_the_contracts_clauses() -> None:
    contract, look = contract_blocks(PRESETS[0].load())
    assert look in ("formal", "internal")
    assert contract.furniture.watermark == "DRAFT"
    assert contract.furniture.page_words[0].strip() == "Page"


def test_blocks_written_one_at_a_time_are_the_same_document() -> None:
    """The writer as a redline uses it: block by block, without planning the lists."""
    from slawriter.render.docx.writer import Writer

    contract, look = contract_blocks(PRESETS[0].load())
    whole = document_bytes(write_contract(contract, style=look))
    writer = Writer(contract.furniture, style=look)
    for block in contract.blocks:
        writer.add(block)
    one_by_one = document_bytes(writer.document)
    assert docx_words(one_by_one) == docx_words(whole)
    assert [s.label for s in shown_paragraphs(one_by_one)] == [
        s.label for s in shown_paragraphs(whole)
    ]
