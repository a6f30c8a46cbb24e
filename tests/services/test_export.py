"""Export to PDF/HTML and import-pdf: the use cases behind the export and import-pdf commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from slawriter.render import PdfWithoutAgreement, RenderError
from slawriter.services.export import export_html, export_pdf, import_pdf
from slawriter.storage import DocumentError, SaveFailed, save_agreement
from tests.render.sample import full_agreement


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    folder = tmp_path_factory.mktemp("export")
    source = folder / "hosting.sla.json"
    save_agreement(full_agreement(), source)
    out = folder / "hosting.pdf"
    warnings = export_pdf(source, out, None, None)
    return source, out, warnings


@pytest.mark.pdf
def test_export_pdf_from_a_file(exported: tuple[Path, Path, list[str]]) -> None:
    _, out, warnings = exported
    assert warnings == []
    assert out.read_bytes().startswith(b"%PDF-1.7")
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.pdf
def test_import_pdf_gives_back_the_same_bytes(
    exported: tuple[Path, Path, list[str]], tmp_path: Path
) -> None:
    source, out, _ = exported
    back = tmp_path / "back.sla.json"
    import_pdf(out, back)
    assert back.read_bytes() == source.read_bytes()


def test_import_pdf_without_agreement_writes_nothing(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    pdf = tmp_path / "plain.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    with pdf.open("wb") as handle:
        writer.write(handle)
    target = tmp_path / "out.sla.json"
    with pytest.raises(PdfWithoutAgreement):
        import_pdf(pdf, target)
    assert not target.exists()


def test_export_html_inlines_css(tmp_path: Path) -> None:
    out = tmp_path / "contract.html"
    assert export_html(full_agreement("es"), out, "formal", None) == []
    html = out.read_text(encoding="utf-8")
    assert '<html lang="es" class="look-formal">' in html
    assert "<style>" in html and "@page" in html
    assert "<link" not in html
    assert "Acuerdo de Nivel de Servicio" in html


def test_export_errors_change_nothing(tmp_path: Path) -> None:
    with pytest.raises(DocumentError):
        export_pdf(tmp_path / "missing.sla.json", tmp_path / "x.pdf", None, None)
    with pytest.raises(RenderError):
        export_html(full_agreement(), tmp_path / "x.html", "fancy", None)
    with pytest.raises(SaveFailed):
        export_html(full_agreement(), tmp_path, None, None)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
