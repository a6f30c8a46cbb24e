"""Autosave copies of unsaved work, and finding the ones a crashed session left behind.

Each window's session writes ``<id>.sla.json`` (the agreement) and ``<id>.meta.json`` (where it
came from) into the recovery folder and holds ``<id>.lock`` while it runs. A copy whose lock
nobody holds belongs to a session that ended without cleaning up — a crash — and is offered
for restore on the next start.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QLockFile, Qt

from ..model import Agreement
from ..storage import atomic_write_bytes, load_agreement, save_agreement
from .document import untitled

log = logging.getLogger(__name__)


def recovery_dir() -> Path:
    """``platformdirs`` user state folder / ``recovery``."""
    return Path(platformdirs.user_state_dir("slawriter", appauthor=False)) / "recovery"


@dataclass(frozen=True, slots=True)
class RecoveredCopy:
    """An autosave left behind by a session that did not end cleanly."""

    key: str
    folder: Path
    original: Path | None
    title: str
    saved_at: str
    original_digest: str

    @property
    def agreement_file(self) -> Path:
        return self.folder / f"{self.key}.sla.json"

    def describe(self) -> str:
        """The copy's file name (or title) and when it was saved, in the UI language."""
        name = self.original.name if self.original else (self.title or untitled())
        saved = QDateTime.fromString(self.saved_at, Qt.DateFormat.ISODate)
        when = (
            QLocale().toString(saved, QLocale.FormatType.ShortFormat)
            if saved.isValid()
            else self.saved_at
        )
        return QCoreApplication.translate("RecoveredCopy", "{0} (autosaved {1})").format(name, when)

    def load(self) -> Agreement:
        """Raises :class:`~slawriter.storage.DocumentError` if the copy is damaged."""
        return load_agreement(self.agreement_file)

    def discard(self) -> None:
        for suffix in (".sla.json", ".meta.json"):
            (self.folder / f"{self.key}{suffix}").unlink(missing_ok=True)


class RecoverySession:
    """The autosave copy of one window's document."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_dir()
        self.key = uuid.uuid4().hex
        self._lock: QLockFile | None = None
        self.written = False

    def _ensure_lock(self) -> None:
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            lock = QLockFile(str(self.folder / f"{self.key}.lock"))
            lock.setStaleLockTime(0)
            lock.tryLock(0)
            self._lock = lock

    def write(self, agreement: Agreement, original: Path | None, original_digest: str) -> None:
        """Save the autosave copy (atomically, like a real save)."""
        self._ensure_lock()
        save_agreement(agreement, self.folder / f"{self.key}.sla.json")
        meta = {
            "original": str(original) if original else None,
            "title": agreement.agreement.title,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "original_digest": original_digest,
        }
        atomic_write_bytes(
            self.folder / f"{self.key}.meta.json", json.dumps(meta, indent=2).encode("utf-8")
        )
        self.written = True

    def clear(self) -> None:
        """The work is saved or deliberately discarded: remove the copy."""
        for suffix in (".sla.json", ".meta.json"):
            (self.folder / f"{self.key}{suffix}").unlink(missing_ok=True)
        self.written = False

    def close(self) -> None:
        """The session ends cleanly."""
        self.clear()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def left_behind(folder: Path | None = None) -> list[RecoveredCopy]:
    """Autosave copies whose session is no longer running, newest first."""
    folder = folder or recovery_dir()
    if not folder.is_dir():
        return []
    copies: list[RecoveredCopy] = []
    for meta_file in folder.glob("*.meta.json"):
        key = meta_file.name.removesuffix(".meta.json")
        lock = QLockFile(str(folder / f"{key}.lock"))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # another running window owns it
        lock.unlock()
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            log.info("ignoring unreadable recovery entry %s: %s", meta_file, error)
            continue
        if not (folder / f"{key}.sla.json").is_file():
            meta_file.unlink(missing_ok=True)
            continue
        original = meta.get("original")
        copies.append(
            RecoveredCopy(
                key=key,
                folder=folder,
                original=Path(original) if original else None,
                title=str(meta.get("title", "")),
                saved_at=str(meta.get("saved_at", "")),
                original_digest=str(meta.get("original_digest", "")),
            )
        )
    copies.sort(key=lambda c: c.saved_at, reverse=True)
    return copies
