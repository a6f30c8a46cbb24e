"""Application-wide set-up: names (for QSettings), icon and translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..bundled import resources_dir
from .icons import icon
from .preferences import Preferences

UI_LANGUAGES = ("en", "es")

APP_ID = "io.github.slawriter.slawriter"
"""The reverse-DNS application ID: the name of the .desktop file (without ``.desktop``), of the
AppStream component, and of the icons in resources/desktop/share/. Qt reports it as the
Wayland ``app_id`` and on X11 (``_GTK_APPLICATION_ID``, ``_KDE_NET_WM_DESKTOP_FILE``), so the
desktop shows the window under its launcher. ``tests/test_desktop_files.py`` checks the files
use it."""
_ui_language = "en"


def ui_language() -> str:
    """The language the UI is shown in (``en`` or ``es``), for text the app composes itself."""
    return _ui_language


def chosen_locale(settings: QSettings | None = None) -> QLocale:
    """The locale for the UI: the Preferences choice, else the system's."""
    language = Preferences.load(settings if settings is not None else QSettings()).language
    if language in UI_LANGUAGES:
        return QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English)
    return QLocale.system()


def configure_application(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Set the organisation and application names, the icon, and load UI translations."""
    app.setOrganizationName("slawriter")
    app.setApplicationName("slawriter")
    app.setApplicationDisplayName("slawriter")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("slawriter"))
    return install_translations(app, locale or chosen_locale())


def install_translations(
    app: QApplication, locale: QLocale, folder: Path | None = None
) -> list[QTranslator]:
    """Qt's own strings (standard buttons) and slawriter's, for ``locale`` when available.

    Reads ``resources/i18n/slawriter_<lang>.qm`` (built by ``pyside6-lrelease``) and Qt's
    ``qtbase_<lang>.qm`` from PySide6's translations folder.
    """
    global _ui_language
    language = locale.name().split("_")[0]
    _ui_language = language if language in UI_LANGUAGES else "en"
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "slawriter", "_", str(folder or resources_dir() / "i18n")):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
