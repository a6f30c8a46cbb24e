"""The Word documents opened in a real word processor: LibreOffice Writer, headless.

Every preset's document in each language is read by LibreOffice and written out as text (with
the numbers LibreOffice's numbering gives each clause and item) and compared word for word with
the contract HTML the PDF is printed from: same clauses, same numbers, same order. One is
printed to PDF as well, to see the page fields filled in. Skipped where LibreOffice is not
installed (``slawriter/system.py``, group ``word``: CI installs it).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from slawriter.render.docx import agreement_from_docx
from slawriter.services.presets import Preset, list_presets

from .docx_reading import TOKEN, html_words
from .test_docx import LANGUAGES, exported

pytestmark = [
    pytest.mark.process,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]

PRESETS = list_presets()


def soffice(folder: Path, target: str, files: list[Path]) -> None:
    """Convert ``files`` into ``folder`` with a LibreOffice profile of this test's own (so that
    a LibreOffice already running elsewhere is not asked to do it)."""
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def as_text(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    folder = tmp_path_factory.mktemp("libreoffice")
    files = []
    for preset in PRESETS:
        for language in LANGUAGES:
            path = folder / f"{preset.name}.{language}.docx"
            path.write_bytes(exported(preset.name, language)[1])
            files.append(path)
    soffice(folder, "txt:Text (encoded):UTF8", files)
    return {
        (preset.name, language): (folder / f"{preset.name}.{language}.txt").read_text("utf-8-sig")
        for preset in PRESETS
        for language in LANGUAGES
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("preset", PRESETS, ids=[p.name for p in PRESETS])
def test_libreoffice_reads_the_pdfs_words_and_numbers(
    as_text: dict[tuple[str, str], str], preset: Preset, language: str
) -> None:
    text = as_text[(preset.name, language)]
    got = [word for word in TOKEN.findall(text) if word != "•"]
    expected = html_words(exported(preset.name, language)[2])
    assert got == expected, (
        f"LibreOffice reads {preset.name} ({language}) otherwise than the PDF says: "
        f"{len(got)} words for {len(expected)}"
    )


def test_libreoffice_prints_the_page_fields(tmp_path: Path) -> None:
    path = tmp_path / "contract.docx"
    path.write_bytes(exported(PRESETS[0].name, "es")[1])
    soffice(tmp_path, "pdf", [path])
    pdf = tmp_path / "contract.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])
    assert pages > 3
    second = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"Página 2 de {pages}" in second


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_document_saved_again_by_libreoffice_gives_its_agreement_unedited(
    tmp_path: Path, language: str
) -> None:
    """LibreOffice keeps the custom XML part when it saves the document as DOCX again, and
    rewriting the document without touching its text is no edit."""
    data, document, _ = exported(PRESETS[0].name, language)
    source = tmp_path / "contract.docx"
    source.write_bytes(document)
    out = tmp_path / "saved"
    out.mkdir()
    soffice(out, "docx:MS Word 2007 XML", [source])
    saved = out / "contract.docx"
    assert saved.read_bytes() != document
    imported = agreement_from_docx(saved)
    assert imported.data == data
    assert imported.edited is False
