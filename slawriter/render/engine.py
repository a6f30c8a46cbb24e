"""Importing WeasyPrint: once per process, and without a quarter of a second of library hunting.

WeasyPrint 70 opens Pango, HarfBuzz, fontconfig and GObject by trying a list of names meant for
every platform (``libgobject-2.0-0``, ``gobject-2.0-0``, ``gobject-2.0``,
``libgobject-2.0.so.0``…). cffi hands each name without a usable file name to
``ctypes.util.find_library``, which on Linux runs ``ldconfig -p`` and ``gcc`` in subprocesses:
about twenty of them, 0.2–0.4 s of every export and of every preview worker's start. On Linux
each list also holds the library's soname (``libgobject-2.0.so.0``), which the dynamic loader
opens directly; so while WeasyPrint is imported, :func:`load_weasyprint` makes
``find_library`` answer "not found" at once and lets the loader open the sonames. Should that
fail on some unusual system, WeasyPrint is imported again the usual way.

Every module that renders calls :func:`load_weasyprint` before its own ``from weasyprint
import …``.
"""

from __future__ import annotations

import contextlib
import io
import sys
import threading
from types import ModuleType

from ..system import require
from ..workarounds import sonames_only

_lock = threading.Lock()


def _forget_weasyprint() -> None:
    for name in [n for n in sys.modules if n == "weasyprint" or n.startswith("weasyprint.")]:
        del sys.modules[name]


def _import_with_sonames() -> ModuleType:
    """The fast import; raises ``OSError`` when a library cannot be opened by its soname."""
    # WeasyPrint prints installation advice to stdout before it gives up on a library; the
    # fallback below gives it its say if the libraries really are missing.
    with sonames_only(), contextlib.redirect_stdout(io.StringIO()):
        import weasyprint
    return weasyprint


def load_weasyprint() -> ModuleType:
    """The ``weasyprint`` module, imported on first use."""
    loaded = sys.modules.get("weasyprint")
    if loaded is not None:
        return loaded
    with _lock:
        loaded = sys.modules.get("weasyprint")
        if loaded is not None:
            return loaded
        if sys.platform.startswith("linux"):
            try:
                return _import_with_sonames()
            except OSError:
                _forget_weasyprint()
        advice = io.StringIO()
        try:
            with contextlib.redirect_stdout(advice):
                import weasyprint
        except OSError:
            # A library WeasyPrint opens is missing: one line naming the package that brings
            # it, instead of WeasyPrint's advice and a traceback.
            _forget_weasyprint()
            require("export", "printing a PDF")
            sys.stderr.write(advice.getvalue())
            raise
        return weasyprint
