"""The self-contained app's entry point (``make bundle``; ``.ci/bundle/slawriter.spec``).

The bundle's ``slawriter`` executable is the ``slawriter`` command: no arguments (or a file)
open the app, a subcommand does its batch work. The app starts child processes with
:func:`slawriter.bundled.module_command`, ``[sys.executable, "-m", MODULE]``; in the bundle
``sys.executable`` is this executable, so it takes ``-m`` too, for exactly the modules in
:data:`~slawriter.bundled.CHILD_MODULES`.

Before anything else it puts right what PyInstaller's start-up changed in the environment that
programs it starts inherit (see :func:`prepare_environment`).

Nothing here runs outside the bundle but its tests; it imports the command line and the render
worker only when they are asked for.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping, Sequence
from pathlib import Path

from .bundled import CHILD_MODULES

EXIT_USAGE = 2


def prepare_environment(
    environment: MutableMapping[str, str], platform: str, bundle: Path | None
) -> None:
    """Undo or complete what the bundle's start-up did to the environment.

    - Linux: PyInstaller's boot loader puts the bundle's library folder first on
      ``LD_LIBRARY_PATH`` (saving the user's value in ``LD_LIBRARY_PATH_ORIG``). The dynamic
      loader read it when this process started, so this process keeps its libraries; but a
      program it starts — ``xdg-open`` when the app shows a folder, ``fc-match`` when a
      signature needs its font, a shell — would load the bundle's libraries instead of its own
      and may fail. So the user's value comes back (a child that is this executable again
      gets the bundle's path from its own boot loader). The same for Qt's plugin path.
    - Windows and macOS: the bundle's fontconfig (with Pango, from MSYS2 or Homebrew) looks for
      its configuration where it was built; the bundle carries it in ``etc/fonts`` and
      ``FONTCONFIG_PATH`` points there (unless the user set it).
    """
    if platform.startswith("linux"):
        original = environment.pop("LD_LIBRARY_PATH_ORIG", None)
        if original:
            environment["LD_LIBRARY_PATH"] = original
        else:
            environment.pop("LD_LIBRARY_PATH", None)
        # PyInstaller's PySide6 hook points Qt at the bundle's plugins and QML; the bundle's Qt
        # finds them without (PySide6 gives it its prefix), but a Qt program the app starts — a
        # file manager showing an exported PDF's folder — would load the bundle's plugins into
        # its own, different Qt.
        for variable in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
            if bundle is not None and environment.get(variable, "").startswith(str(bundle)):
                del environment[variable]
    elif platform in ("win32", "darwin") and bundle is not None:
        fonts = bundle / "etc" / "fonts"
        if fonts.is_dir():
            environment.setdefault("FONTCONFIG_PATH", str(fonts))


def run(argv: Sequence[str]) -> int:
    """Run the bundle's command line ``argv`` (without the program name)."""
    if argv[:1] == ["-m"]:
        module = argv[1] if len(argv) > 1 else ""
        if module not in CHILD_MODULES:
            sys.stderr.write(
                f"slawriter: -m runs only {', '.join(CHILD_MODULES)}, not '{module}'\n"
            )
            return EXIT_USAGE
        rest = list(argv[2:])
        sys.argv = [sys.argv[0], *rest]
        if module == "slawriter.worker.render_worker":
            from .worker import render_worker

            return render_worker.main()
        argv = rest
    from .cli import main

    return main(list(argv))


def main() -> int:
    """The bundle's ``slawriter`` executable."""
    bundle = getattr(sys, "_MEIPASS", None)
    prepare_environment(os.environ, sys.platform, Path(bundle) if bundle else None)
    if sys.platform == "win32" and bundle:
        # WeasyPrint opens Pango's DLLs from the default directories when it is frozen (its
        # WEASYPRINT_DLL_DIRECTORIES is not read then): make sure the bundle's is one of them.
        os.add_dll_directory(bundle)
    return run(sys.argv[1:])
