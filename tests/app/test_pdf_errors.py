"""The one PDF check's refusals are data (issue 12 §1): the Spanish UI says them in Spanish, also
when the worker process sends them back, and the command line keeps its English."""

from __future__ import annotations

from pathlib import Path

import pytest

from slawriter.app import i18n
from slawriter.render.pdf import PdfWithoutAgreement, UnreadablePdf, agreement_from_pdf, read_pdf
from slawriter.storage import DocumentError
from slawriter.worker import error_data
from tests.render.test_pdf_check import _plain_pdf


def _refusals(folder: Path) -> list[DocumentError]:
    (folder / "folder.pdf").mkdir()
    (folder / "notes.pdf").write_text("notes", encoding="utf-8")
    (folder / "plain.pdf").write_bytes(_plain_pdf())
    refusals: list[DocumentError] = []
    for name in ("folder.pdf", "notes.pdf", "missing.pdf"):
        with pytest.raises(UnreadablePdf) as refused:
            read_pdf(folder / name)
        refusals.append(refused.value)
    with pytest.raises(PdfWithoutAgreement) as refused:
        agreement_from_pdf(folder / "plain.pdf")
    refusals.append(refused.value)
    return refusals


@pytest.mark.process
def test_a_pdf_that_is_no_contract_is_refused_in_spanish(spanish: Path, tmp_path: Path) -> None:
    refusals = _refusals(tmp_path)
    expected = [
        f"{tmp_path / 'folder.pdf'}: es una carpeta, no un archivo PDF",
        f"{tmp_path / 'notes.pdf'}: no es un archivo PDF",
        f"{tmp_path / 'missing.pdf'}: no existe",
        f"{tmp_path / 'plain.pdf'}: no lleva el adjunto agreement.json — solo los PDF exportados "
        "por slawriter llevan su acuerdo; abra el archivo .sla.json",
    ]
    assert [line for error in refusals for line in i18n.lines_tr(error)] == expected
    # As the worker process sends them: data, translated where they are shown.
    sent = [error_data.decode(error_data.encode(error)) for error in refusals]
    assert [line for error in sent if error for line in i18n.lines_tr(error)] == expected
    assert [str(error) for error in refusals] == [
        f"{tmp_path / 'folder.pdf'}: is a folder, not a PDF file",
        f"{tmp_path / 'notes.pdf'}: is not a PDF file",
        f"{tmp_path / 'missing.pdf'}: does not exist",
        f"{tmp_path / 'plain.pdf'}: has no agreement.json attachment — only PDFs exported by "
        "slawriter carry their agreement; open the .sla.json file instead",
    ]
