"""Application-wide set-up: names (for QSettings), icon and translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import resources_dir
from .icons import icon


def configure_application(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Set the organisation and application names, the icon, and load UI translations."""
    app.setOrganizationName("slawriter")
    app.setApplicationName("slawriter")
    app.setApplicationDisplayName("slawriter")
    app.setDesktopFileName("slawriter")
    app.setWindowIcon(icon("slawriter"))
    return install_translations(app, locale or QLocale.system())


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings (standard buttons) and slawriter's, for ``locale`` when available."""
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "slawriter", "_", str(resources_dir() / "i18n")):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
