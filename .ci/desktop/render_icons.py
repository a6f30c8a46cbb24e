"""Render the desktop icons in resources/desktop/share/icons/hicolor/ from their SVG sources.

Run as ``make desktop-icons`` after changing ``resources/icons/slawriter.svg`` (the app's icon)
or ``resources/desktop/share/icons/hicolor/scalable/mimetypes/*.svg`` (the agreement files'
icon), and commit what changes. Uses Qt's SVG renderer from the project's own dependencies, so
it needs no image tool; the same Qt renders the same pixels.

- ``scalable/apps/<app id>.svg``: a copy of the app's icon;
- ``<N>x<N>/apps/<app id>.png`` for every size in ``APP_SIZES``;
- ``<N>x<N>/mimetypes/<icon>.png`` for every size in ``MIME_SIZES``, from each SVG in
  ``scalable/mimetypes/``.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from slawriter.app.application import APP_ID  # noqa: E402

APP_ICON = ROOT / "resources" / "icons" / "slawriter.svg"
HICOLOR = ROOT / "resources" / "desktop" / "share" / "icons" / "hicolor"
APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int, target: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(target)):
        raise SystemExit(f"{target}: could not be written")


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt wants one
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(APP_ICON, scalable)
    written = [scalable]
    for size in APP_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(APP_ICON, size, target)
        written.append(target)
    for svg in sorted((HICOLOR / "scalable" / "mimetypes").glob("*.svg")):
        for size in MIME_SIZES:
            target = HICOLOR / f"{size}x{size}" / "mimetypes" / f"{svg.stem}.png"
            render(svg, size, target)
            written.append(target)
    for path in written:
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
