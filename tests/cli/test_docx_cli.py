"""``slawriter export FILE -o OUT.docx`` and ``slawriter import-docx``: the Word document from
the command line, its refusals (one line naming the file, exit 2, nothing written)."""

from __future__ import annotations

import base64
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from slawriter.services.presets import list_presets
from slawriter.storage import save_agreement
from tests.cli.test_cli import run
from tests.services.test_refusal import one_party

PRESET = list_presets()[0].path


@pytest.fixture
def agreement_file(tmp_path: Path) -> Path:
    path = tmp_path / "support.sla.json"
    path.write_bytes(PRESET.read_bytes())
    return path


@pytest.fixture
def exported(agreement_file: Path) -> Path:
    out = agreement_file.with_name("support.docx")
    code, stdout, stderr = run("export", str(agreement_file), "-o", str(out))
    assert (code, stdout, stderr) == (0, f"{out}: contract Word document written\n", "")
    return out


def test_export_by_extension_and_import_gives_the_file_back(
    exported: Path, agreement_file: Path
) -> None:
    assert zipfile.is_zipfile(exported)
    back = exported.with_name("back.sla.json")
    code, stdout, stderr = run("import-docx", str(exported), "-o", str(back))
    assert code == 0, stderr
    assert stderr == ""
    assert stdout.endswith("written\n") and str(back) in stdout
    assert back.read_bytes() == agreement_file.read_bytes()


def test_export_with_format_docx_whatever_the_name(agreement_file: Path) -> None:
    out = agreement_file.with_name("contract.word")
    code, _, stderr = run("export", str(agreement_file), "-o", str(out), "--format", "docx")
    assert code == 0, stderr
    assert docx.Document(out).core_properties.title


@pytest.mark.parametrize(("name", "fmt"), [("c.pdf", "docx"), ("c.docx", "pdf")])
def test_a_name_that_says_another_format_is_refused(
    agreement_file: Path, name: str, fmt: str
) -> None:
    out = agreement_file.with_name(name)
    code, stdout, stderr = run("export", str(agreement_file), "-o", str(out), "--format", fmt)
    assert code == 2 and stdout == ""
    assert stderr == f"slawriter: {out}: --format {fmt} writes a .{fmt} file; name it so\n"
    assert not out.exists()


def test_the_word_export_never_replaces_its_agreement(agreement_file: Path) -> None:
    before = agreement_file.read_bytes()
    code, _, stderr = run(
        "export", str(agreement_file), "-o", str(agreement_file), "--format", "docx"
    )
    assert code == 2
    assert "is an input of this command" in stderr
    assert agreement_file.read_bytes() == before


@pytest.mark.pdf
def test_an_invalid_agreement_is_refused_as_for_the_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sla.json"
    save_agreement(one_party(), bad)
    out = tmp_path / "bad.docx"
    pdf_code, _, pdf_err = run("export", str(bad), "-o", str(tmp_path / "bad.pdf"))
    code, _, stderr = run("export", str(bad), "-o", str(out))
    assert (code, stderr) == (pdf_code, pdf_err)
    assert code == 2 and not out.exists()


def test_import_refuses_to_replace_a_file_without_force(exported: Path) -> None:
    target = exported.with_name("taken.sla.json")
    target.write_text("mine", "utf-8")
    code, _, stderr = run("import-docx", str(exported), "-o", str(target))
    assert code == 2
    assert stderr == f"slawriter: {target}: already exists; choose another name or add --force\n"
    assert target.read_text("utf-8") == "mine"
    assert run("import-docx", str(exported), "-o", str(target), "--force")[0] == 0
    assert target.read_bytes() == PRESET.read_bytes()


def test_edited_text_gives_the_agreement_with_a_warning(exported: Path) -> None:
    document = docx.Document(exported)
    clause = next(p for p in document.paragraphs if p.style.name == "Clause")
    clause.add_run(" Edited in Word.")
    document.save(exported)
    back = exported.with_name("back.sla.json")
    code, stdout, stderr = run("import-docx", str(exported), "-o", str(back))
    assert code == 0
    assert stdout.startswith(f"{back}: agreement ")
    assert stderr == (
        f"{exported}: warning: the document's text was edited after it was exported; the "
        "agreement written is the one it was exported from, without those edits\n"
    )
    assert back.read_bytes() == PRESET.read_bytes()


def _rewrite(path: Path, change: dict[str, bytes | None]) -> None:
    """Rewrite the zip at ``path`` with parts replaced (``None``: removed)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for name, data in change.items():
        if data is None:
            parts.pop(name, None)
        else:
            parts[name] = data
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _agreement_part(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return next(
            name
            for name in archive.namelist()
            if name.startswith("customXml/item")
            and b"urn:slawriter" in archive.read(name)
            and "Props" not in name
        )


def _refused(docx_path: Path, tmp_path: Path) -> str:
    target = tmp_path / "out.sla.json"
    code, stdout, stderr = run("import-docx", str(docx_path), "-o", str(target))
    assert code == 2 and stdout == ""
    assert not target.exists()
    assert stderr.count("\n") == 1 and "Traceback" not in stderr
    return stderr


def test_a_file_that_is_not_a_docx_is_refused(tmp_path: Path, agreement_file: Path) -> None:
    assert _refused(agreement_file, tmp_path) == (
        f"{agreement_file}: is not a Word document (.docx)\n"
    )
    plain_zip = tmp_path / "plain.docx"
    with zipfile.ZipFile(plain_zip, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert _refused(plain_zip, tmp_path) == f"{plain_zip}: is not a Word document (.docx)\n"
    missing = tmp_path / "missing.docx"
    assert _refused(missing, tmp_path) == f"{missing}: does not exist\n"


def test_a_docx_slawriter_did_not_write_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear Sir or Madam,")
    document.save(other)
    assert _refused(other, tmp_path) == (
        f"{other}: has no slawriter agreement inside — only Word documents exported by "
        "slawriter carry their agreement; open the .sla.json file instead\n"
    )


def test_a_docx_with_its_part_removed_is_refused(exported: Path, tmp_path: Path) -> None:
    _rewrite(exported, {_agreement_part(exported): None})
    assert "has no slawriter agreement inside" in _refused(exported, tmp_path)


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda xml: xml.replace(b'sha256="', b'sha256="0'), "does not match its checksum"),
        (lambda xml: xml.replace(b">ew", b">@@"), "its data is not base64"),
        (lambda xml: xml[: len(xml) // 2], ""),
    ],
    ids=["checksum", "base64", "cut"],
)
def test_a_damaged_part_is_refused(
    exported: Path, tmp_path: Path, damage: Callable[[bytes], bytes], reason: str
) -> None:
    name = _agreement_part(exported)
    with zipfile.ZipFile(exported) as archive:
        xml = archive.read(name)
    damaged = damage(xml)
    assert damaged != xml
    _rewrite(exported, {name: damaged})
    stderr = _refused(exported, tmp_path)
    assert stderr.startswith(f"{exported}: its slawriter agreement part is damaged (")
    assert reason in stderr


def test_an_agreement_part_that_is_no_agreement_names_it(exported: Path, tmp_path: Path) -> None:
    import hashlib

    name = _agreement_part(exported)
    with zipfile.ZipFile(exported) as archive:
        xml = archive.read(name).decode()
    data = b'{"schema_version": 1, "agreement": []}'
    xml = re.sub(
        r' sha256="[0-9a-f]+"', f' sha256="{hashlib.sha256(data).hexdigest()}"', xml, count=1
    )
    xml = re.sub(r">[A-Za-z0-9+/=]+<", ">" + base64.b64encode(data).decode() + "<", xml)
    _rewrite(exported, {name: xml.encode()})
    stderr = _refused(exported, tmp_path)
    assert stderr.startswith(f"{exported} › agreement.json: ")


def test_import_docx_help_names_its_arguments() -> None:
    code, stdout, _ = run("import-docx", "--help")
    assert code == 0
    assert "IN.docx" in stdout and "OUT.sla.json" in stdout and "--force" in stdout
