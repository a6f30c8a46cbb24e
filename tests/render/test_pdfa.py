"""PDF/A-3a structure, the embedded agreement, metadata, and reading the agreement back."""

from __future__ import annotations

import io
from typing import Any

import pytest

from slawriter.model import Agreement
from slawriter.render import (
    ATTACHMENT_NAME,
    PdfWithoutAgreement,
    RenderResult,
    UnreadablePdf,
    agreement_from_pdf,
    fingerprint,
)
from slawriter.storage import DocumentError, dumps_agreement


def _reader(pdf: bytes) -> Any:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf))


@pytest.mark.pdf
def test_pdf_declares_pdfa_3a(pdf_en: RenderResult) -> None:
    reader = _reader(pdf_en.pdf)
    assert pdf_en.pdf.startswith(b"%PDF-1.7")  # PDF/A-3a: the tagged level of PDF/A-3
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp
    assert 'pdfaid:conformance="A"' in xmp
    intents = root["/OutputIntents"]
    assert intents[0].get_object()["/S"] == "/GTS_PDFA1"
    assert root["/Lang"] == "en"


@pytest.mark.pdf
def test_agreement_json_is_attached_as_data(full_en: Agreement, pdf_en: RenderResult) -> None:
    reader = _reader(pdf_en.pdf)
    root = reader.trailer["/Root"]
    associated = [ref.get_object() for ref in root["/AF"]]
    assert len(associated) == 1
    spec = associated[0]
    assert spec["/Type"] == "/Filespec"
    assert spec["/F"] == ATTACHMENT_NAME and spec["/UF"] == ATTACHMENT_NAME
    assert spec["/AFRelationship"] == "/Data"
    stream = spec["/EF"]["/F"].get_object()
    assert stream["/Subtype"] == "/application/json"
    assert "/ModDate" in stream["/Params"]
    names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    assert ATTACHMENT_NAME in names
    assert reader.attachments[ATTACHMENT_NAME] == [dumps_agreement(full_en).encode()]


@pytest.mark.pdf
def test_the_attachment_is_described_in_the_contract_language(
    pdf_en: RenderResult, pdf_es: RenderResult
) -> None:
    def description(result: RenderResult) -> str:
        return str(_reader(result.pdf).trailer["/Root"]["/AF"][0].get_object()["/Desc"])

    assert description(pdf_en) == (
        "The agreement this contract was rendered from (slawriter agreement file)"
    )
    assert description(pdf_es) == (
        "El acuerdo a partir del cual se generó este contrato (archivo de acuerdo de slawriter)"
    )


@pytest.mark.pdf
def test_document_metadata(full_en: Agreement, pdf_en: RenderResult) -> None:
    meta = _reader(pdf_en.pdf).metadata
    assert meta.title == "Managed Hosting Service Level Agreement"
    assert meta.author == "Ana Lopez"
    assert "Northwind Hosting S.L." in meta.subject
    assert "Contoso Retail GmbH" in meta.subject
    assert "SLA-2026-014" in meta["/Keywords"]
    assert fingerprint(full_en) in meta["/Keywords"]


@pytest.mark.pdf
def test_spanish_pdf_language(pdf_es: RenderResult) -> None:
    assert _reader(pdf_es.pdf).trailer["/Root"]["/Lang"] == "es"


@pytest.mark.pdf
def test_agreement_comes_back_from_the_pdf(full_en: Agreement, pdf_en: RenderResult) -> None:
    back = agreement_from_pdf(pdf_en.pdf)
    assert back == full_en
    assert dumps_agreement(back) == dumps_agreement(full_en)


@pytest.mark.pdf
def test_agreement_comes_back_from_a_pdf_file(
    tmp_path: Any, full_es: Agreement, pdf_es: RenderResult
) -> None:
    path = tmp_path / "contract.pdf"
    path.write_bytes(pdf_es.pdf)
    assert agreement_from_pdf(path) == full_es
    assert agreement_from_pdf(str(path)) == full_es


def _plain_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_without_agreement_is_refused_clearly(tmp_path: Any) -> None:
    path = tmp_path / "other.pdf"
    path.write_bytes(_plain_pdf())
    with pytest.raises(PdfWithoutAgreement) as info:
        agreement_from_pdf(path)
    assert isinstance(info.value, DocumentError)
    assert "other.pdf" in str(info.value)
    assert "agreement.json" in str(info.value)


@pytest.mark.parametrize("data", [b"", b"not a pdf at all", b"%PDF-1.7\n garbage"])
def test_broken_pdfs_raise_document_errors(data: bytes) -> None:
    with pytest.raises(DocumentError):
        agreement_from_pdf(data)


def test_missing_pdf_file(tmp_path: Any) -> None:
    with pytest.raises(UnreadablePdf, match="does not exist"):
        agreement_from_pdf(tmp_path / "nope.pdf")


def test_attachment_that_is_not_an_agreement(tmp_path: Any) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_attachment(ATTACHMENT_NAME, b'{"schema_version": 1, "nonsense": true}')
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(DocumentError) as info:
        agreement_from_pdf(out.getvalue())
    assert "nonsense" in " ".join(info.value.lines())


@pytest.mark.pdf
def test_the_garbage_collector_is_back_on_after_a_print(monkeypatch: pytest.MonkeyPatch) -> None:
    """A print pauses Python's cyclic garbage collector; a long-lived render worker must not be
    left without it, even when the print fails."""
    import gc

    from slawriter.render import printer

    job = printer.PrintJob(html="<p>x</p>", base_url="", roots=(), attachment=b"{}")
    assert printer.print_pdf(job).pdf.startswith(b"%PDF-")
    assert gc.isenabled()

    def broken(*args: object, **kwargs: object) -> None:
        assert not gc.isenabled(), "paused while WeasyPrint works"
        raise RuntimeError("layout failed")

    monkeypatch.setattr("weasyprint.HTML.render", broken)
    with pytest.raises(RuntimeError):
        printer.print_pdf(job)
    assert gc.isenabled()
