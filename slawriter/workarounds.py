"""Where slawriter works around the libraries it uses, each with the release it was written for.

:data:`WORKAROUNDS` lists every one — the library and its release, what goes wrong, what is done
about it, when it can go, and where the code is. ``tests/test_workarounds.py`` fails as soon as
an installed release differs from the one an entry names: an upgrade is the time to check whether
the workaround is still needed (and still works), and then to write down the new release.

The code of a workaround lives here, isolated and explained, unless it belongs inside what it
protects: a Qt class, or code of the renderer (its owners are reshaping ``slawriter.render``;
those entries name their place for now). This module imports nothing of slawriter and no
library at import time — each function imports what it patches — so every layer can use it and
the command line stays quick to start.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

PYSIDE6 = "6.12.0"
WEASYPRINT = "70.0"
PYHANKO = "0.38.0"
PYDYF = "0.13.0"


@dataclass(frozen=True, slots=True)
class Workaround:
    """One way a library does not do what slawriter needs, and what slawriter does instead."""

    package: str
    """The distribution, as ``importlib.metadata.version`` knows it."""
    version: str
    """The release the workaround was written for (and measured with)."""
    problem: str
    remedy: str
    remove_when: str
    where: str
    """``module:name`` of the code."""


WORKAROUNDS = (
    Workaround(
        "PySide6-Essentials",
        PYSIDE6,
        "shiboken6 6.12.0 on CPython 3.11 takes a reference from None on every Qt call that "
        "returns nothing; after a few thousand edits CPython aborts ('none_dealloc').",
        "None gets a reference count it cannot lose, as Python 3.12 gives it.",
        "PySide6 fixes it, or slawriter needs Python 3.12 (None is immortal there).",
        "slawriter.workarounds:keep_none_alive",
    ),
    Workaround(
        "PySide6-Essentials",
        PYSIDE6,
        "A line edit claims Ctrl+Z and Ctrl+Shift+Z (a ShortcutOverride) even with an empty "
        "history of its own, so the document's undo never sees them.",
        "An application event filter refuses the override; the window's actions take the keys.",
        "Qt lets a line edit pass on undo keys it has no use for.",
        "slawriter.app.main_window:UndoShortcuts",
    ),
    Workaround(
        "weasyprint",
        WEASYPRINT,
        "Opening Pango, HarfBuzz, fontconfig and GObject, WeasyPrint tries names for every "
        "platform; cffi hands each to ctypes.util.find_library, which on Linux runs ldconfig and "
        "gcc: some twenty processes, 0.2-0.4 s of every export and preview worker start.",
        "While WeasyPrint is imported, find_library answers 'not found' and the dynamic loader "
        "opens the sonames WeasyPrint also tries; on failure WeasyPrint is imported again as "
        "usual.",
        "WeasyPrint opens the sonames first, or stops calling find_library.",
        "slawriter.workarounds:sonames_only",
    ),
    Workaround(
        "weasyprint",
        WEASYPRINT,
        "A FontConfiguration copies each font face into a temporary folder that it removes only "
        "when it is garbage-collected, which a reference cycle can put off past the end of a "
        "forked printer (os._exit).",
        "The folder (the private FontConfiguration._folder) is removed when the print ends.",
        "WeasyPrint removes the folder itself (a close method or a context manager).",
        "slawriter.render.fonts:bundled_fonts",
    ),
    Workaround(
        "weasyprint",
        WEASYPRINT,
        "A laid-out page gives no public way to its boxes, and the signature blocks' positions "
        "are needed for the signature stamps.",
        "The private Page._page_box is walked for the blocks' anchors.",
        "WeasyPrint offers the boxes (or the anchors' positions) publicly.",
        "slawriter.render.printer:_signature_anchors",
    ),
    Workaround(
        "weasyprint",
        WEASYPRINT,
        "The structure tree of a tagged PDF (pdf/a-3a) falls short of PDF/UA: the running "
        "header and footer are marked as text whose elements are left out of the tree, the "
        "watermark is tagged as content, a lettered list's letters and a definition's term are "
        "no list labels (Lbl), header cells have no Scope, link annotations describe their "
        "target ('#sec-3'), and a numbered box inside a link is a Span with a link annotation.",
        "WeasyPrint's tree builder (weasyprint.pdf.tags._build_box_tree) is wrapped: margin "
        "boxes and aria-hidden elements become artifacts (their marked content is rewritten "
        "before the PDF is written), and the elements it builds are adjusted as they come.",
        "WeasyPrint tags margin boxes as artifacts, writes Lbl for labels it did not generate "
        "itself, and writes Scope and link descriptions.",
        "slawriter.render.tagging:install",
    ),
    Workaround(
        "pyHanko",
        PYHANKO,
        "GlyphAccumulatorFactory opens the stamp's font file and never closes it (a "
        "ResourceWarning, an open file per signature).",
        "A factory of our own reads the font into memory.",
        "pyHanko closes the font file.",
        "slawriter.workarounds:in_memory_font_factory",
    ),
    Workaround(
        "pyHanko",
        PYHANKO,
        "Signing rewrites the XMP metadata's producer with pyHanko's name but appends it to an "
        "existing Info /Producer, and PDF/A wants the two equal.",
        "Info /Producer starts from pyHanko's own name, so both end up the same.",
        "pyHanko keeps Info /Producer and the XMP producer equal.",
        "slawriter.workarounds:align_producer",
    ),
    Workaround(
        "pyHanko",
        PYHANKO,
        "pyHanko (with pyhanko_certvalidator and fontTools) logs validation failures, with "
        "tracebacks, and font notes as warnings, which reach the console and the app's log.",
        "Their loggers are silenced while slawriter signs or verifies; the reports say what "
        "matters.",
        "pyHanko logs what it reports back at debug level.",
        "slawriter.workarounds:quiet_pyhanko",
    ),
    Workaround(
        "pydyf",
        PYDYF,
        "pydyf (WeasyPrint's PDF writer) numbers a PDF's objects from 0 and has no way to start "
        "elsewhere; the live preview's interim pages are appended to the last preview's PDF as "
        "an incremental update, so their objects must be numbered after that PDF's.",
        "While an interim prints, PDF.add_object numbers from the last PDF's size (the objects "
        "are then written by slawriter, not by pydyf's write).",
        "pydyf lets a PDF number its objects from a given start.",
        "slawriter.render.interim:_numbered_from",
    ),
)


# -- PySide6 --------------------------------------------------------------------------------


def keep_none_alive() -> None:
    """Give ``None`` a reference count it can never lose (PySide6 6.12.0 on Python 3.11).

    Measured here: with shiboken6 6.12.0 on CPython 3.11, every call of a Qt method that returns
    nothing (``QLabel.setText``, ``QAction.setText``…) takes one reference from ``None`` and never
    gives it back, so after a few thousand edits CPython aborts with "none_dealloc: deallocating
    None". 6.11.3 does not do it, and from Python 3.12 ``None`` is immortal, so the bug is
    harmless there. PySide6-Pdf exists only for 6.12, so instead of pinning an older Qt, ``None``
    gets a reference count it can never lose — which is what Python 3.12 does.
    """
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value = max(count.value, 1 << 60)


# -- pyHanko --------------------------------------------------------------------------------


@contextlib.contextmanager
def quiet_pyhanko() -> Iterator[None]:
    """pyHanko and fontTools log validation failures (with tracebacks) and font notes as
    warnings; the reports slawriter makes carry what matters, so keep them off the console."""
    loggers = [
        logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator", "fontTools")
    ]
    saved = [(logger.level, logger.propagate) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
        logger.propagate = False
    try:
        yield
    finally:
        for logger, (level, propagate) in zip(loggers, saved, strict=True):
            logger.setLevel(level)
            logger.propagate = propagate


def in_memory_font_factory(path: Path, size: int) -> Any:
    """pyHanko's GlyphAccumulatorFactory, reading the font from memory (its own leaves the font
    file open)."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    class _InMemory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(
                writer=writer,
                font_handle=BytesIO(path.read_bytes()),
                font_size=self.font_size,
                obj_stream=obj_stream,
            )

    return _InMemory(str(path), font_size=size)


def align_producer(writer: Any) -> None:
    """PDF/A wants the Info /Producer equal to the XMP pdf:Producer; pyHanko rewrites the XMP
    with its own name but appends it to an existing Info /Producer. Start Info from the same name.
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.metadata.model import VENDOR

    info_ref = writer.prev.trailer_view.get_value_as_reference("/Info", optional=True)
    if info_ref is None:
        return
    info = info_ref.get_object()
    info["/Producer"] = generic.TextStringObject(VENDOR)
    writer.mark_update(info_ref)


# -- WeasyPrint ------------------------------------------------------------------------------


@contextlib.contextmanager
def sonames_only() -> Iterator[None]:
    """While WeasyPrint is imported: ``find_library`` answers "not found" at once, so cffi lets
    the dynamic loader open the sonames instead of running ldconfig and gcc."""
    import ctypes.util

    real = ctypes.util.find_library

    def not_searched(name: str) -> str | None:
        return None

    ctypes.util.find_library = not_searched
    try:
        yield
    finally:
        ctypes.util.find_library = real
