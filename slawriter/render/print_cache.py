"""Prints kept by what they were printed from, so that the same document is never laid out twice.

A print is a pure function of its :class:`~.printer.PrintJob` (the HTML, the style sheets, the
attachment, the PDF variant), of the files the print reads through the restricted fetcher (a
template's images, the logo), and of the program that prints (WeasyPrint and the libraries it
draws with, the bundled fonts, slawriter's printer code). So a second export of a file that has
not changed — from the command line or the app, whichever printed it first — writes the PDF
printed before instead of laying out every page again (issue 14: export at browser speed —
doing the work once). Only printers that print the job exactly as
given take part (:func:`~.printer.prints_as_given`: :func:`~.printer.print_pdf` and the forked
child); the live preview's printer, which prints a plain PDF for the screen, is never cached.

What makes a hit safe:

- the key is a SHA-256 of the whole job and of the program (the versions of WeasyPrint, pydyf,
  fontTools, tinycss2, cssselect2, tinyhtml5 and Pillow, slawriter's, and the size and time of
  every bundled font and of the printer's own modules — in a frozen bundle, of the executable);
- every ``file:`` URL the print asked for is recorded with the SHA-256 of what it was given (or
  that it was refused), and a hit is used only when each of those files still gives the same
  bytes (or is still refused): a logo or a template image changed in place is a miss;
- entries are kept like every cache of the project (:class:`~slawriter.storage.entry_store.
  EntryStore`: private folder, hashed names, checksummed entries, bounded size); a damaged entry
  is never used;
- ``SLAWRITER_PRINT_CACHE=off`` turns it off (``bench/export_bench.py`` measures its first
  print that way, beside the cached export).

A cached PDF is the earlier print, byte for byte: its one difference from printing again is the
time WeasyPrint stamps on the attached ``agreement.json`` (``CreationDate``/``ModDate`` of the
embedded file), which says when that agreement text was first printed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..storage.entry_store import EntryStore
from .printer import Printed, Printer, PrintJob, SignatureAnchor

MAGIC = b"slawriter-print 1\n"
STORE = EntryStore(
    name="prints",
    magic=MAGIC,
    max_entry_bytes=64 * 1024 * 1024,
    max_entries=60,
    max_total_bytes=256 * 1024 * 1024,
    suffix=".print",
)
"""The user's print cache: at most 60 prints and 256 MiB (a 48-page contract is 0.3 MB)."""

ENV = "SLAWRITER_PRINT_CACHE"
_LIBRARIES = ("weasyprint", "pydyf", "fonttools", "tinycss2", "cssselect2", "tinyhtml5", "pillow")
_PRINTER_MODULES = ("printer", "tagging", "fonts", "fetcher", "engine")


def enabled() -> bool:
    """Whether prints are cached (``SLAWRITER_PRINT_CACHE=off``, ``0`` or ``no`` says not)."""
    return os.environ.get(ENV, "").strip().lower() not in ("off", "0", "no", "false")


@lru_cache(maxsize=1)
def program_key() -> str:
    """What prints a job besides the job: library versions, the bundled fonts, the printer's
    own code (its files' sizes and times; in a frozen bundle, the executable's)."""
    from importlib import metadata

    from .. import __version__, workarounds
    from .fonts import fonts_folder

    digest = hashlib.sha256(MAGIC)
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\n".encode())
    digest.update(f"slawriter={__version__}\n".encode())
    here = Path(__file__).resolve().parent
    files = [here / f"{module}.py" for module in _PRINTER_MODULES]
    files += [Path(workarounds.__file__).resolve()]
    files += sorted(p for p in fonts_folder().rglob("*") if p.is_file())
    if getattr(sys, "frozen", False):
        files.append(Path(sys.executable))
    for path in files:
        try:
            info = path.stat()
        except OSError:
            digest.update(f"{path.as_posix()}\0missing\n".encode())
            continue
        digest.update(f"{path.as_posix()}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def job_key(job: PrintJob) -> str:
    """The key of ``job``'s print: the program and every field of the job."""
    digest = hashlib.sha256(program_key().encode())

    def part(label: str, value: str | bytes | None) -> None:
        data = value.encode("utf-8") if isinstance(value, str) else value
        if data is None:
            digest.update(f"\0{label}:none\0".encode())
            return
        digest.update(f"\0{label}:{len(data)}\0".encode())
        digest.update(data)

    part("html", job.html)
    part("base", job.base_url)
    part("roots", "\n".join(job.roots))
    part("attachment", job.attachment)
    part("description", job.attachment_description)
    for text, url in job.stylesheets:
        part("sheet", text)
        part("url", url)
    part("warnings", "\n".join(job.warnings))
    part("variant", job.pdf_variant)
    return digest.hexdigest()


def file_digest(url: str, roots: tuple[str, ...]) -> str:
    """What the restricted fetcher gives for ``url``: the SHA-256 of the file, or ``-`` when it
    is refused (outside the roots, missing, unreadable)."""
    from .fetcher import allowed_file

    path = allowed_file(url, [Path(root).resolve() for root in roots])
    if path is None:
        return "-"
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "-"


def _encode(printed: Printed) -> bytes:
    header = {
        "warnings": list(printed.warnings),
        "anchors": {
            name: [a.page, a.x, a.y, a.width, a.height, a.page_height]
            for name, a in printed.signature_anchors.items()
        },
        "reads": [list(read) for read in printed.reads],
    }
    return json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n" + printed.pdf


def _decode(payload: bytes) -> Printed | None:
    head, _, pdf = payload.partition(b"\n")
    try:
        header: Any = json.loads(head.decode("ascii"))
        warnings = [str(w) for w in header["warnings"]]
        anchors = {
            str(name): SignatureAnchor(int(v[0]), *(float(x) for x in v[1:6]))
            for name, v in header["anchors"].items()
        }
        reads = tuple((str(url), str(sha)) for url, sha in header["reads"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        return None
    return Printed(pdf=pdf, warnings=warnings, signature_anchors=anchors, reads=reads)


def cached(job: PrintJob, store: EntryStore = STORE) -> Printed | None:
    """The earlier print of ``job``, if there is one and every file it read is unchanged."""
    key = job_key(job)
    payload = store.load(key)
    if payload is None:
        return None
    printed = _decode(payload)
    if printed is None:
        store.discard(key)
        return None
    if any(file_digest(url, job.roots) != sha for url, sha in printed.reads):
        return None  # a file it read has changed: print again (that print replaces the entry)
    return printed


def print_with_cache(printer: Printer, job: PrintJob, store: EntryStore = STORE) -> Printed:
    """``job`` printed by ``printer`` — or the earlier print of the same job (see the module's
    description); a new print is kept for next time. Only for a printer that prints the job as
    given (:func:`~.printer.prints_as_given`); any other prints every time, and is never kept.
    A cache that cannot be used (a folder another user may write to, a full disk) only means
    printing."""
    if not enabled() or not getattr(printer, "prints_as_given", False):
        return printer(job)  # a printer that prints the job otherwise (the live preview's)
    hit = cached(job, store)
    if hit is not None:
        return hit
    printed = printer(job)
    store.store(job_key(job), _encode(printed))
    return printed


__all__ = [
    "ENV",
    "STORE",
    "cached",
    "enabled",
    "file_digest",
    "job_key",
    "print_with_cache",
    "program_key",
]
