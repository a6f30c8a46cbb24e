"""The fonts slawriter ships (``resources/fonts/``), declared to WeasyPrint for every print.

The contract, the redline and the compliance report name "DejaVu Serif", "DejaVu Sans" and
"DejaVu Sans Mono". ``resources/fonts/fonts.css`` declares the faces they use with ``@font-face``
under those same names, pointing at the font files beside it, so that a PDF prints in DejaVu on a
machine that has no DejaVu fonts installed (a frozen bundle, say). Each print parses that style
sheet with a fresh ``FontConfiguration`` — as WeasyPrint makes one per print anyway — and
renders with it: ``@font-face`` rules only take effect through the font configuration of the
print that uses them, so this sheet, unlike the contract's own, is not parsed once per process.
Its URLs are relative to the sheet itself, which works wherever the ``resources/`` folder is
and whatever the document's base URL (a user's template folder included).

This module imports neither the model nor Jinja2 (the printer uses it).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from ..bundled import resources_dir
from .engine import load_weasyprint

FONTS_CSS = "fonts.css"


def fonts_folder() -> Path:
    """``resources/fonts``: the font files, their licence and ``fonts.css``."""
    return resources_dir() / "fonts"


@cache
def _fonts_css() -> tuple[str, str]:
    path = fonts_folder() / FONTS_CSS
    return path.read_text(encoding="utf-8"), path.resolve().as_uri()


@contextmanager
def bundled_fonts(warnings: list[str]) -> Iterator[tuple[Any, Any]]:
    """A new ``weasyprint.text.fonts.FontConfiguration`` that knows the bundled fonts, and the
    parsed ``fonts.css`` that declared them, for one print: pass both to ``HTML.render`` or
    ``write_pdf`` (``font_config=``, and the sheet among ``stylesheets=``) inside the block.

    The font files are read by a fetcher of their own that allows only :func:`fonts_folder`
    (a refusal would be appended to ``warnings``; WeasyPrint's own messages, such as a face
    that cannot be loaded, go to its logger as usual). WeasyPrint copies each face into a
    temporary folder that it removes only when the configuration is garbage-collected, which a
    reference cycle can put off until after the process has ended (a forked printer ends with
    ``os._exit``): the folder is removed when the block ends.
    """
    load_weasyprint()
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    from .fetcher import make_fetcher

    text, url = _fonts_css()
    fetcher = make_fetcher([fonts_folder()], warnings)
    font_config = FontConfiguration()
    try:
        sheet = CSS(string=text, base_url=url, url_fetcher=fetcher, font_config=font_config)
        yield font_config, sheet
    finally:
        folder = getattr(font_config, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


_kept: tuple[Any, Any] | None = None


def kept_fonts() -> tuple[Any, Any]:
    """One font configuration and its ``fonts.css`` for every interim print of the process's
    live preview (:mod:`.interim`): making them costs about 0.1 s, a third of a one-page print.
    Their temporary folder is removed when the process ends."""
    global _kept
    if _kept is None:
        import atexit

        load_weasyprint()
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        from .fetcher import make_fetcher

        text, url = _fonts_css()
        font_config = FontConfiguration()
        sheet = CSS(
            string=text,
            base_url=url,
            url_fetcher=make_fetcher([fonts_folder()], []),
            font_config=font_config,
        )
        folder = getattr(font_config, "_folder", None)
        if folder is not None:
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _kept = (font_config, sheet)
    return _kept
