"""The last preview of each agreement, kept so that an unchanged file shows its contract at once.

Opening a file the app has previewed before shows the preview it made then, before the render
process has even started (issue 14: a page of the contract within a second of the window being
ready). An entry is keyed by everything the preview is made from: the agreement's text (its
fingerprint, in full), the style, the branding (the logo's bytes and the accent colour), and the
program that prints it (slawriter's version, WeasyPrint's, and the bundled templates, catalogs
and fonts). Any change to any of them is another key: a miss, and a fresh render.

The same care as the compiled-template cache (:mod:`slawriter.render.html`):

- the folder is ``platformdirs``' user cache folder / ``previews``, created private; one another
  user owns or may write to is never used;
- entry names are SHA-256 hashes of the key, so nothing of the agreement is in a file name;
- an entry carries the SHA-256 of its contents: a damaged or truncated entry is ignored (and
  removed), never shown; so is one that is not a PDF or is larger than :data:`MAX_ENTRY_BYTES`;
- the folder is bounded (:data:`MAX_ENTRIES`, :data:`MAX_TOTAL_BYTES`): the entries used
  longest ago go first.

No Qt here: the preview pane (:mod:`.preview`) asks and stores.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAGIC = b"slawriter-preview 1\n"
MAX_ENTRY_BYTES = 32 * 1024 * 1024
MAX_ENTRIES = 40
MAX_TOTAL_BYTES = 160 * 1024 * 1024
SUFFIX = ".preview"


@dataclass(frozen=True, slots=True)
class CachedPreview:
    pdf: bytes
    warnings: tuple[str, ...]


@lru_cache(maxsize=1)
def _program_key() -> str:
    """What prints a preview besides the agreement: versions, and every bundled file the
    contract is made of (path, size and modification time: a changed template is a new key)."""
    from importlib import metadata

    from .. import __version__
    from ..bundled import resources_dir, templates_dir

    digest = hashlib.sha256()
    for name in ("weasyprint", "jinja2", "babel", "pydyf"):
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\n".encode())
    digest.update(f"slawriter={__version__}\n".encode())
    folders = [templates_dir(), resources_dir() / "i18n" / "contract", resources_dir() / "fonts"]
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            try:
                info = path.stat()
            except OSError:
                continue
            digest.update(f"{path.as_posix()}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def preview_key(
    agreement_text: str, *, style: str | None, logo: str | None, accent: str | None
) -> str | None:
    """The cache key of the preview of ``agreement_text`` with this style and branding; None
    when the logo cannot be read (the render reports that; nothing is cached)."""
    digest = hashlib.sha256()
    digest.update(_program_key().encode())
    digest.update(b"\0style\0" + (style or "").encode())
    digest.update(b"\0accent\0" + (accent or "").encode())
    if logo:
        try:
            digest.update(b"\0logo\0" + hashlib.sha256(Path(logo).read_bytes()).digest())
        except OSError:
            return None
    digest.update(b"\0agreement\0" + agreement_text.encode("utf-8"))
    return digest.hexdigest()


class PreviewCache:
    """Previews by key (:func:`preview_key`) in a private folder of the user's cache."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    @property
    def folder(self) -> Path:
        """The folder (read at each use, so that it follows ``XDG_CACHE_HOME``)."""
        if self._folder is not None:
            return self._folder
        import platformdirs

        return Path(platformdirs.user_cache_dir("slawriter", appauthor=False)) / "previews"

    def _entry(self, key: str) -> Path:
        name = hashlib.sha256(key.encode()).hexdigest()
        return self.folder / f"{name}{SUFFIX}"

    def load(self, key: str) -> CachedPreview | None:
        """The preview stored under ``key``, or None: none, unreadable, damaged or not a PDF."""
        from ..storage.private import is_private  # not at the window's first paint: pydantic

        entry = self._entry(key)
        try:
            if not is_private(entry.parent):
                return None
            with entry.open("rb") as stream:
                data = stream.read(MAX_ENTRY_BYTES + 1)
        except OSError:
            return None
        preview = _decode(data)
        if preview is None:  # damaged: never shown, and made again by the next render
            with contextlib.suppress(OSError):
                entry.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # used now: the last to go when the folder is trimmed
        return preview

    def store(self, key: str, pdf: bytes, warnings: list[str] | tuple[str, ...]) -> bool:
        """Keep ``pdf`` under ``key``; False if the folder cannot be used (nothing else fails)."""
        from ..storage.private import private_folder

        data = _encode(pdf, tuple(warnings))
        if len(data) > MAX_ENTRY_BYTES:
            return False
        folder = self.folder
        if not private_folder(folder):
            return False
        entry = self._entry(key)
        try:
            fd, name = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as stream:
                    stream.write(data)
                Path(name).replace(entry)
            except BaseException:
                with contextlib.suppress(OSError):
                    Path(name).unlink()
                raise
        except OSError:
            return False
        self._trim(keep=entry)
        return True

    def _trim(self, keep: Path) -> None:
        """At most :data:`MAX_ENTRIES` entries and :data:`MAX_TOTAL_BYTES`: the least recently
        used go first (never ``keep``, the one just stored)."""
        entries: list[tuple[int, int, Path]] = []
        try:
            for path in self.folder.glob(f"*{SUFFIX}"):
                with contextlib.suppress(OSError):
                    info = path.stat()
                    entries.append((info.st_mtime_ns, info.st_size, path))
        except OSError:
            return
        entries.sort(reverse=True)  # the newest first
        total = 0
        for count, (_, size, path) in enumerate(entries, 1):
            total += size
            if path != keep and (count > MAX_ENTRIES or total > MAX_TOTAL_BYTES):
                with contextlib.suppress(OSError):
                    path.unlink()


def _encode(pdf: bytes, warnings: tuple[str, ...]) -> bytes:
    header = json.dumps({"warnings": list(warnings)}, ensure_ascii=True).encode("ascii")
    payload = header + b"\n" + pdf
    return MAGIC + hashlib.sha256(payload).digest() + payload


def _decode(data: bytes) -> CachedPreview | None:
    if len(data) > MAX_ENTRY_BYTES or not data.startswith(MAGIC):
        return None
    digest, payload = data[len(MAGIC) : len(MAGIC) + 32], data[len(MAGIC) + 32 :]
    if hashlib.sha256(payload).digest() != digest:
        return None
    header, _, pdf = payload.partition(b"\n")
    try:
        warnings = json.loads(header.decode("ascii"))["warnings"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
        return None
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        return None
    return CachedPreview(pdf, tuple(warnings))
