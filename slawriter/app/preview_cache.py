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

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.entry_store import EntryStore

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
    """Previews by key (:func:`preview_key`) in a private folder of the user's cache (an
    :class:`~slawriter.storage.entry_store.EntryStore` named ``previews``)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    def _store(self) -> EntryStore:
        # not at import: the storage package brings pydantic, not wanted at the first paint
        from ..storage.entry_store import EntryStore

        return EntryStore(
            name="previews",
            magic=MAGIC,
            max_entry_bytes=MAX_ENTRY_BYTES,
            max_entries=MAX_ENTRIES,
            max_total_bytes=MAX_TOTAL_BYTES,
            suffix=SUFFIX,
            folder_override=self._folder,
        )

    @property
    def folder(self) -> Path:
        """The folder (read at each use, so that it follows ``XDG_CACHE_HOME``)."""
        return self._store().folder

    def _entry(self, key: str) -> Path:
        return self._store()._entry(key)

    def load(self, key: str) -> CachedPreview | None:
        """The preview stored under ``key``, or None: none, unreadable, damaged or not a PDF."""
        store = self._store()
        payload = store.load(key)
        if payload is None:
            return None
        preview = _parse(payload)
        if preview is None:  # damaged: never shown, and made again by the next render
            store.discard(key)
        return preview

    def store(self, key: str, pdf: bytes, warnings: list[str] | tuple[str, ...]) -> bool:
        """Keep ``pdf`` under ``key``; False if the folder cannot be used (nothing else fails)."""
        header = json.dumps({"warnings": list(warnings)}, ensure_ascii=True).encode("ascii")
        return self._store().store(key, header + b"\n" + pdf)


def _parse(payload: bytes) -> CachedPreview | None:
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


def _decode(data: bytes) -> CachedPreview | None:
    """A whole entry file's preview, or None (what :meth:`PreviewCache.load` checks)."""
    payload = PreviewCache()._store()._payload(data)
    return None if payload is None else _parse(payload)
