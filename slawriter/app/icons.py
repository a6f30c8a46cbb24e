"""The app's SVG icons from ``resources/icons/``."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..bundled import resources_dir


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as an icon (an empty icon if the file is missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
