"""One check that a file is a PDF slawriter wrote (issue 12 §1): every command that takes a
contract PDF refuses a bad one with the same error, as data, naming the file it was given."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from slawriter.cli import main
from slawriter.model.messages import Message
from slawriter.render import pdf
from slawriter.render.pdf import (
    PdfHint,
    PdfMessage,
    PdfWithoutAgreement,
    UnreadablePdf,
    agreement_from_pdf,
    read_pdf,
    require_pdf,
)
from slawriter.services import signing
from slawriter.storage.errors import DocumentError, FileMessage

Make = Callable[[Path], Path]


def _missing(folder: Path) -> Path:
    return folder / "missing.pdf"


def _folder(folder: Path) -> Path:
    (folder / "folder.pdf").mkdir()
    return folder / "folder.pdf"


def _text(folder: Path) -> Path:
    (folder / "notes.pdf").write_text("not a PDF at all", encoding="utf-8")
    return folder / "notes.pdf"


def _empty(folder: Path) -> Path:
    (folder / "empty.pdf").write_bytes(b"")
    return folder / "empty.pdf"


BAD: dict[str, tuple[Make, object]] = {
    "missing": (_missing, FileMessage.MISSING),
    "folder": (_folder, PdfMessage.IS_FOLDER),
    "text": (_text, PdfMessage.NOT_A_PDF),
    "empty": (_empty, PdfMessage.NOT_A_PDF),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_pdf_is_refused_as_data_naming_the_file(tmp_path: Path, case: str) -> None:
    make, template = BAD[case]
    path = make(tmp_path)
    with pytest.raises(UnreadablePdf) as refused:
        read_pdf(path)
    error = refused.value
    assert error.path == path
    assert isinstance(error.problem, Message) and error.problem.template is template
    assert error.lines() == [f"{path}: {template}"]


def test_a_file_too_large_for_a_contract_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"0" * 100)
    monkeypatch.setattr(pdf, "MAX_PDF_BYTES", 50)
    with pytest.raises(UnreadablePdf) as refused:
        read_pdf(path)
    assert refused.value.problem == Message(PdfMessage.TOO_LARGE)


def test_bytes_that_are_no_pdf_are_refused_naming_where_they_came_from(tmp_path: Path) -> None:
    with pytest.raises(UnreadablePdf) as refused:
        require_pdf(b"<html>", tmp_path / "page.pdf")
    assert str(refused.value) == f"{tmp_path / 'page.pdf'}: is not a PDF file"


def test_a_pdf_without_its_agreement_says_what_to_open_instead(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(_plain_pdf())
    with pytest.raises(PdfWithoutAgreement) as refused:
        agreement_from_pdf(path)
    error = refused.value
    assert error.problem == Message(PdfMessage.NO_AGREEMENT, {"name": "agreement.json"})
    assert error.remedy == Message(PdfHint.OPEN_THE_AGREEMENT_FILE)
    assert error.path == path


def test_signing_names_the_pdf_it_was_given(tmp_path: Path) -> None:
    """It said "<pdf>: …": the bytes were checked without the file's name."""
    path = tmp_path / "contract.pdf"
    for data, kind in [(b"%PDF-1.7\n garbage", UnreadablePdf), (_plain_pdf(), PdfWithoutAgreement)]:
        with pytest.raises(kind) as refused:
            signing.signable_agreement(data, path)
        assert refused.value.path == path
        assert str(refused.value).startswith(f"{path}: ")


@pytest.mark.parametrize("case", sorted(BAD))
def test_every_command_that_reads_a_contract_pdf_says_the_same(tmp_path: Path, case: str) -> None:
    make, template = BAD[case]
    path = str(make(tmp_path))
    out = str(tmp_path / "out")
    commands = [
        ["import-pdf", path, "-o", out + ".sla.json"],
        ["diff", path, path, "-o", out + ".html"],
        ["verify", path],
        ["sign", path, "-o", out + ".pdf", "--p12", out + ".p12", "--signatory", "ana"],
    ]
    said = set()
    for argv in commands:
        err = io.StringIO()
        assert main(argv, io.StringIO(), err) == 2, argv
        said.add(err.getvalue())
    assert said == {f"{path}: {template}\n"}


def _plain_pdf() -> bytes:
    """A PDF slawriter did not write: no agreement.json attached."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_the_refusals_are_document_errors() -> None:
    assert issubclass(UnreadablePdf, DocumentError)
    assert issubclass(PdfWithoutAgreement, DocumentError)
