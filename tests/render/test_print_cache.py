"""The print cache: the same job is printed once; anything that changes the print is a miss."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slawriter.model import Agreement
from slawriter.render import print_cache, render_pdf
from slawriter.render.printer import Printed, PrintJob, print_pdf
from slawriter.storage.entry_store import EntryStore

from .conftest import pdf_text

pytestmark = pytest.mark.pdf

# A 1×1 PNG, red then blue: the same size, different bytes.
RED = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8"
    "cfc000000301010018dd8db00000000049454e44ae426082"
)
BLUE = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d76360"
    "60f80f0001040100f8e2b3b50000000049454e44ae426082"
)


class Counting:
    """print_pdf, counting its prints."""

    prints_as_given = True  # as print_pdf does: it takes part in the cache

    def __init__(self) -> None:
        self.prints = 0

    def __call__(self, job: PrintJob) -> Printed:
        self.prints += 1
        return print_pdf(job)


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> EntryStore:
    monkeypatch.setenv(print_cache.ENV, "on")
    folder = tmp_path / "prints"
    return EntryStore(
        name="prints",
        magic=print_cache.MAGIC,
        max_entry_bytes=print_cache.STORE.max_entry_bytes,
        max_entries=3,
        max_total_bytes=print_cache.STORE.max_total_bytes,
        suffix=".print",
        folder_override=folder,
    )


@pytest.fixture()
def cache_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's cache in a folder of this test, turned on."""
    monkeypatch.setenv(print_cache.ENV, "on")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "slawriter" / "prints"


def test_the_same_contract_is_printed_once(full_en: Agreement, cache_on: Path) -> None:
    printer = Counting()
    first = render_pdf(full_en, printer=printer)
    second = render_pdf(full_en, printer=printer)
    assert printer.prints == 1
    assert second.pdf == first.pdf
    assert second.warnings == first.warnings
    assert second.signature_anchors == first.signature_anchors
    assert second.signature_anchors, "the signature blocks are where the print put them"
    assert [p.suffix for p in cache_on.iterdir()] == [".print"]


def test_a_changed_field_is_printed_again(full_en: Agreement, cache_on: Path) -> None:
    printer = Counting()
    before = render_pdf(full_en, printer=printer)
    data = full_en.model_dump(mode="json")
    data["agreement"]["title"] = "Changed title for the cache test"
    after = render_pdf(Agreement.model_validate(data), printer=printer)
    assert printer.prints == 2
    assert "Changed title for the cache test" in pdf_text(after.pdf)
    assert "Changed title for the cache test" not in pdf_text(before.pdf)
    # and the first version is still there: going back is a hit
    again = render_pdf(full_en, printer=printer)
    assert printer.prints == 2
    assert again.pdf == before.pdf


def test_a_style_or_branding_change_is_printed_again(full_en: Agreement, cache_on: Path) -> None:
    from slawriter.render import Branding

    printer = Counting()
    render_pdf(full_en, printer=printer)
    render_pdf(full_en, printer=printer, style="internal")
    render_pdf(full_en, printer=printer, branding=Branding.create(accent="#aa3300"))
    assert printer.prints == 3


def _image_job(folder: Path) -> PrintJob:
    return PrintJob(
        html='<html lang="en"><body><p>Logo</p><img src="logo.png" alt="logo"></body></html>',
        base_url=folder.as_uri() + "/",
        roots=(str(folder),),
        pdf_variant=None,
    )


def test_a_file_changed_in_place_is_a_miss(tmp_path: Path, store: EntryStore) -> None:
    folder = tmp_path / "template"
    folder.mkdir()
    logo = folder / "logo.png"
    logo.write_bytes(RED)
    job = _image_job(folder)
    printer = Counting()
    red = print_cache.print_with_cache(printer, job, store)
    assert red.reads == ((logo.as_uri(), hashlib.sha256(RED).hexdigest()),)
    assert print_cache.print_with_cache(printer, job, store).pdf == red.pdf
    assert printer.prints == 1
    logo.write_bytes(BLUE)  # same name, same size, other picture
    blue = print_cache.print_with_cache(printer, job, store)
    assert printer.prints == 2
    assert blue.pdf != red.pdf
    logo.unlink()  # now refused: another miss, printed without it
    print_cache.print_with_cache(printer, job, store)
    assert printer.prints == 3
    logo.write_bytes(BLUE)  # back again: the entry now holds the print without it, a miss
    print_cache.print_with_cache(printer, job, store)
    assert printer.prints == 4


def test_a_damaged_entry_is_never_used(tmp_path: Path, store: EntryStore) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "logo.png").write_bytes(RED)
    job = _image_job(folder)
    printer = Counting()
    good = print_cache.print_with_cache(printer, job, store)
    (entry,) = store.folder.iterdir()
    data = bytearray(entry.read_bytes())
    data[-200] ^= 0xFF  # one flipped byte inside the PDF
    entry.write_bytes(bytes(data))
    again = print_cache.print_with_cache(printer, job, store)
    assert printer.prints == 2
    assert again.pdf == good.pdf
    entry.write_bytes(entry.read_bytes()[:100])  # truncated
    print_cache.print_with_cache(printer, job, store)
    assert printer.prints == 3


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_folder_others_may_write_to_is_not_used(tmp_path: Path, store: EntryStore) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "logo.png").write_bytes(RED)
    job = _image_job(folder)
    printer = Counting()
    print_cache.print_with_cache(printer, job, store)
    store.folder.chmod(0o777)
    print_cache.print_with_cache(printer, job, store)
    print_cache.print_with_cache(printer, job, store)
    assert printer.prints == 3


def test_turned_off_every_job_is_printed(
    tmp_path: Path, store: EntryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    job = _image_job(folder)
    printer = Counting()
    monkeypatch.setenv(print_cache.ENV, "off")
    print_cache.print_with_cache(printer, job, store)
    print_cache.print_with_cache(printer, job, store)
    assert printer.prints == 2
    assert not store.folder.exists()


def test_the_folder_is_bounded(tmp_path: Path, store: EntryStore) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    printer = Counting()
    for n in range(5):
        job = PrintJob(
            html=f"<p>Job {n}</p>", base_url=folder.as_uri() + "/", roots=(), pdf_variant=None
        )
        print_cache.print_with_cache(printer, job, store)
    assert len(list(store.folder.iterdir())) == 3  # max_entries of the fixture


@pytest.mark.process
def test_a_second_export_of_an_unchanged_file_writes_the_same_pdf(tmp_path: Path) -> None:
    env = {**os.environ, print_cache.ENV: "on", "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def slawriter(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "slawriter", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
            check=False,
        )

    assert slawriter("new", "--preset", "it-support", "-o", "a.sla.json").returncode == 0
    first = slawriter("export", "a.sla.json", "-o", "1.pdf")
    second = slawriter("export", "a.sla.json", "-o", "2.pdf")
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert (tmp_path / "1.pdf").read_bytes() == (tmp_path / "2.pdf").read_bytes()
    assert second.stdout == "2.pdf: contract PDF written\n"
    entries = list((tmp_path / "cache" / "slawriter" / "prints").iterdir())
    assert len(entries) == 1
    # the agreement inside is the file's, and a change to the file is a new print
    text = (tmp_path / "a.sla.json").read_text(encoding="utf-8")
    (tmp_path / "a.sla.json").write_text(
        text.replace('"title": "', '"title": "Revised ', 1), encoding="utf-8"
    )
    third = slawriter("export", "a.sla.json", "-o", "3.pdf")
    assert third.returncode == 0, third.stderr
    assert "Revised " in pdf_text((tmp_path / "3.pdf").read_bytes())
    assert len(list((tmp_path / "cache" / "slawriter" / "prints").iterdir())) == 2


def test_the_live_previews_plain_print_never_becomes_an_export(
    tmp_path: Path, cache_on: Path
) -> None:
    """The app's worker prints its live preview with the preview's printer (a plain PDF, no
    tags, no attachment): that print is neither kept nor used for File › Export."""
    from pypdf import PdfReader

    from slawriter.render.interim import PreviewPrinter
    from slawriter.services.operations import ExportContract
    from slawriter.services.presets import find_preset

    text = find_preset("onboarding").path.read_text(encoding="utf-8")
    preview = tmp_path / "preview.pdf"
    ExportContract(text=text, output=preview, preview=True).run(printer=PreviewPrinter())
    assert not cache_on.exists() or not list(cache_on.iterdir())
    out = tmp_path / "contract.pdf"
    ExportContract(text=text, output=out).run()
    exported = PdfReader(out)
    assert "agreement.json" in exported.attachments
    assert "/StructTreeRoot" in exported.trailer["/Root"]
    assert "agreement.json" not in PdfReader(preview).attachments
    assert len(list(cache_on.iterdir())) == 1  # the export's print, kept
    # printed again with the preview's printer: still the preview's own print, not the export's
    ExportContract(text=text, output=preview, preview=True).run(printer=PreviewPrinter())
    assert "agreement.json" not in PdfReader(preview).attachments
