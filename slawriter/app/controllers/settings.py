"""Settings: the window's geometry, splitter and preview kept between sessions, and Edit ›
Preferences (logo and accent colour of the contract, export folder, language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject

from .. import dialogs
from ..preferences import Preferences

if TYPE_CHECKING:
    from ..main_window import MainWindow


class SettingsController(QObject):
    """The window's settings (``QSettings``) and preferences."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def restore_window(self) -> None:
        """Size, toolbars, splitter and preview as the last session left them."""
        window, settings = self.window, self.window.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            window.restoreGeometry(QByteArray(geometry))
        else:
            window.resize(1280, 800)
        state = settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            window.restoreState(QByteArray(state))
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            window.splitter.restoreState(QByteArray(splitter))
        visible = settings.value("window/preview", True)
        window.preview_action.setChecked(visible not in (False, "false", "0", 0))

    def save_window(self) -> None:
        window, settings = self.window, self.window.settings
        settings.setValue("window/geometry", window.saveGeometry())
        settings.setValue("window/state", window.saveState())
        settings.setValue("window/splitter", window.splitter.saveState())
        settings.setValue("window/preview", window.preview_action.isChecked())
        settings.sync()

    def edit_preferences(self) -> bool:
        """Edit › Preferences; ``True`` when something changed."""
        window = self.window
        current = Preferences.load(window.settings)
        chosen = dialogs.edit_preferences(window, current)
        if chosen is None or chosen == current:
            return False
        chosen.save(window.settings)
        if (chosen.logo, chosen.accent) != (current.logo, current.accent):
            self.apply_branding(chosen)
            window.preview.schedule()
        if chosen.language != current.language:
            message = QCoreApplication.translate(
                "MainWindow", "The new language takes effect when you restart slawriter."
            )
            window.statusBar().showMessage(message, 8000)
        return True

    def apply_branding(self, preferences: Preferences | None = None) -> None:
        """The contract's logo and accent colour, for the preview and the exports."""
        chosen = preferences if preferences is not None else Preferences.load(self.window.settings)
        self.window.render_service.set_branding(chosen.logo, chosen.accent)
