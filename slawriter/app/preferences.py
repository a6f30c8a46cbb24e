"""The user's preferences, kept in QSettings: UI language and default export folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGES = ("system", "en", "es")
"""``system`` follows the desktop's locale; the others force English or Spanish."""

_LANGUAGE_KEY = "ui/language"
_EXPORT_KEY = "export/folder"


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str = "system"
    export_folder: Path | None = None

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        language = str(settings.value(_LANGUAGE_KEY, "system") or "system")
        if language not in LANGUAGES:
            language = "system"
        folder = str(settings.value(_EXPORT_KEY, "") or "")
        return cls(language, Path(folder) if folder else None)

    def save(self, settings: QSettings) -> None:
        settings.setValue(_LANGUAGE_KEY, self.language)
        settings.setValue(_EXPORT_KEY, str(self.export_folder) if self.export_folder else "")
        settings.sync()
