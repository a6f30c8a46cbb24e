"""The user's preferences, kept in QSettings: UI language, export folder, organization branding."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGES = ("system", "en", "es")
"""``system`` follows the desktop's locale; the others force English or Spanish."""

_LANGUAGE_KEY = "ui/language"
_EXPORT_KEY = "export/folder"
_LOGO_KEY = "branding/logo"
_ACCENT_KEY = "branding/accent"


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str = "system"
    export_folder: Path | None = None
    logo: Path | None = None
    """The organization's logo (PNG or SVG) on the contract's title page."""
    accent: str = ""
    """The contract's accent colour as ``#rrggbb`` (empty: the style's own)."""

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        language = str(settings.value(_LANGUAGE_KEY, "system") or "system")
        if language not in LANGUAGES:
            language = "system"
        folder = str(settings.value(_EXPORT_KEY, "") or "")
        logo = str(settings.value(_LOGO_KEY, "") or "")
        accent = str(settings.value(_ACCENT_KEY, "") or "")
        return cls(language, Path(folder) if folder else None, Path(logo) if logo else None, accent)

    def save(self, settings: QSettings) -> None:
        settings.setValue(_LANGUAGE_KEY, self.language)
        settings.setValue(_EXPORT_KEY, str(self.export_folder) if self.export_folder else "")
        settings.setValue(_LOGO_KEY, str(self.logo) if self.logo else "")
        settings.setValue(_ACCENT_KEY, self.accent)
        settings.sync()
