"""Every contract is a tagged PDF/A-3a that a screen reader can follow (tests/pdf_structure.py)."""

from __future__ import annotations

import base64
from dataclasses import replace

import pytest

from slawriter.model import Agreement
from slawriter.model.types import Language
from slawriter.render import RenderResult, render_pdf
from slawriter.render.branding import Branding
from slawriter.render.documents.contract import prepare_pdf
from slawriter.render.printer import print_pdf
from slawriter.services.presets import Preset, list_presets
from tests import pdf_structure

from .conftest import PresetExport

PRESETS = list_presets()
LANGUAGES = [language.value for language in Language]
# A 1×1 PNG: the logo's pixels do not matter, its alternative text does.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("preset", PRESETS, ids=[p.name for p in PRESETS])
def test_every_preset_contract_is_tagged(
    preset: Preset, language: str, preset_export: PresetExport
) -> None:
    from pypdf import PdfReader

    agreement, out = preset_export(preset, language)
    structure = pdf_structure.read(out, language)
    assert structure.problems == [], "\n".join(structure.problems)
    # The title is the one H1; every section of the contract is an H2 after the contents.
    assert structure.headings[0] == (1, " ".join(agreement.agreement.title.split()))
    assert [level for level, _ in structure.headings].count(1) == 1
    assert sum(1 for level, _ in structure.headings if level == 2) >= 5
    # Every page's running header (from page 2) and footer, and the watermark of a draft.
    pages = len(PdfReader(out).pages)
    assert structure.artifacts.get("Footer", 0) >= 2 * pages
    assert structure.artifacts.get("Header", 0) >= 1
    if agreement.signoff.status.value != "signed":
        assert structure.artifacts.get("Watermark", 0) >= 1


def test_lists_label_their_letters_and_terms(pdf_en: RenderResult) -> None:
    structure = pdf_structure.read(pdf_en.pdf, "en")
    labels = [node.text for node in structure.of_kind("Lbl")]
    assert "(a)" in labels and "(b)" in labels  # lettered items: the letter is the label
    assert "“Agreement”" in labels  # a definition: the term is the label …
    items = [item for item in structure.of_kind("LI") if item.children]
    definition = next(i for i in items if i.children[0].text == "“Agreement”")
    assert [child.kind for child in definition.children] == ["Lbl", "LBody"]
    assert definition.children[1].text.startswith("means this document")  # … its meaning the body


def test_tables_have_header_cells_with_their_scope(pdf_en: RenderResult) -> None:
    structure = pdf_structure.read(pdf_en.pdf, "en")
    tables = structure.of_kind("Table")
    assert len(tables) >= 5
    scopes = {
        str(th.attributes.get("Scope"))
        for table in tables
        for th in table.walk()
        if th.kind == "TH"
    }
    assert scopes == {"/Column", "/Row"}  # the column heads of grids, the row heads of facts
    row_headed = [t for t in tables if any(th.text == "Version" for th in t.walk())]
    assert row_headed, "the title page's facts are a table with row headers"


@pytest.mark.parametrize(
    ("language", "alt"),
    [
        ("en", "Logo of the organisation issuing this agreement"),
        ("es", "Logotipo de la organización que emite este acuerdo"),
    ],
)
def test_the_logo_is_a_figure_with_alternative_text(
    full_en: Agreement, language: str, alt: str
) -> None:
    agreement = full_en.model_copy(deep=True)
    agreement.agreement.language = Language(language)
    result = render_pdf(agreement, branding=Branding.create(logo=PNG))
    structure = pdf_structure.read(result.pdf, language)
    assert structure.problems == []
    assert [str(figure.attributes.get("Alt")) for figure in structure.of_kind("Figure")] == [alt]


def test_links_say_where_they_go(pdf_en: RenderResult) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf_en.pdf))
    descriptions = {
        str(annotation.get_object()["/Contents"])
        for annotation in reader.pages[1].get("/Annots", [])
    }
    assert "At a glance" in descriptions
    assert any(d.startswith("1 ") for d in descriptions)  # "1 Definitions …", not "#sec-1"
    assert not any(d.startswith("#") for d in descriptions)


def test_the_checker_finds_an_untagged_contract(full_en: Agreement) -> None:
    # The same contract printed as PDF/A-3b (no tags): the checker must say what is missing.
    _, job = prepare_pdf(full_en)
    plain = print_pdf(replace(job, pdf_variant="pdf/a-3b")).pdf
    problems = pdf_structure.check(plain, "en")
    assert "/MarkInfo /Marked is not true" in problems
    assert "no structure tree (/StructTreeRoot)" in problems
    assert any("does not name PDF/A-3a (found 3B)" in p for p in problems)
    assert any("untagged content (" in p and "text" in p for p in problems)
