"""A bounded folder of checksummed cache entries in the user's cache folder.

What such a folder holds is used without asking — a cached print is written out as the contract,
a cached preview is shown as it — so every entry is handled with the care of the compiled-template
cache (:mod:`slawriter.render.html`):

- the folder is ``platformdirs``' user cache folder / a name of the cache's own, created private;
  one another user owns or may write to is never used (:mod:`.private`);
- entry names are SHA-256 hashes of the key, so nothing of what was cached is in a file name;
- an entry carries the SHA-256 of its contents: a damaged or truncated entry is ignored (and
  removed), never used; so is one larger than the store's limit;
- the folder is bounded (a number of entries and a number of bytes): the entries used longest ago
  go first.

A store keeps bytes; what they mean (and any further check, such as "this is a PDF") is its
caller's. No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

_DIGEST = 32


@dataclass(frozen=True)
class EntryStore:
    """Entries by key in ``folder`` (or the user cache folder / ``name``), at most
    ``max_entries`` of them and ``max_total_bytes`` in all, each at most ``max_entry_bytes``."""

    name: str
    magic: bytes
    max_entry_bytes: int
    max_entries: int
    max_total_bytes: int
    suffix: str = ".entry"
    folder_override: Path | None = None

    @property
    def folder(self) -> Path:
        """The folder (read at each use, so that it follows ``XDG_CACHE_HOME``)."""
        if self.folder_override is not None:
            return self.folder_override
        import platformdirs

        return Path(platformdirs.user_cache_dir("slawriter", appauthor=False)) / self.name

    def _entry(self, key: str) -> Path:
        return self.folder / f"{hashlib.sha256(key.encode()).hexdigest()}{self.suffix}"

    def load(self, key: str) -> bytes | None:
        """The bytes stored under ``key``, or None: none, unreadable, damaged or too large (a
        damaged entry is removed)."""
        from .private import is_private

        entry = self._entry(key)
        try:
            if not is_private(entry.parent):
                return None
            with entry.open("rb") as stream:
                data = stream.read(self.max_entry_bytes + 1)
        except OSError:
            return None
        payload = self._payload(data)
        if payload is None:
            self.discard(key)
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # used now: the last to go when the folder is trimmed
        return payload

    def discard(self, key: str) -> None:
        """Remove the entry of ``key`` (a caller found it unusable)."""
        with contextlib.suppress(OSError):
            self._entry(key).unlink()

    def store(self, key: str, payload: bytes) -> bool:
        """Keep ``payload`` under ``key``, atomically; False if it is too large or the folder
        cannot be used (nothing else fails)."""
        from .private import private_folder

        data = self.magic + hashlib.sha256(payload).digest() + payload
        if len(data) > self.max_entry_bytes:
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

    def _payload(self, data: bytes) -> bytes | None:
        if len(data) > self.max_entry_bytes or not data.startswith(self.magic):
            return None
        start = len(self.magic)
        digest, payload = data[start : start + _DIGEST], data[start + _DIGEST :]
        if hashlib.sha256(payload).digest() != digest:
            return None
        return payload

    def _trim(self, keep: Path) -> None:
        """At most ``max_entries`` entries and ``max_total_bytes``: the least recently used go
        first (never ``keep``, the one just stored)."""
        entries: list[tuple[int, int, Path]] = []
        try:
            for path in self.folder.glob(f"*{self.suffix}"):
                with contextlib.suppress(OSError):
                    info = path.stat()
                    entries.append((info.st_mtime_ns, info.st_size, path))
        except OSError:
            return
        entries.sort(reverse=True)  # the newest first
        total = 0
        for count, (_, size, path) in enumerate(entries, 1):
            total += size
            if path != keep and (count > self.max_entries or total > self.max_total_bytes):
                with contextlib.suppress(OSError):
                    path.unlink()
