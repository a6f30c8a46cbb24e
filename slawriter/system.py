"""The system packages slawriter needs, what each is for, and a check that names what is missing.

This is the one list: ``.ci/run`` installs from it, ``make run`` and ``make test`` check it before
they start, the README shows it (a test keeps the README's table equal to :func:`markdown_table`),
and ``slawriter`` itself consults it when a library fails to load at run time, so that a missing
library is one line naming the package and the ``apt-get install`` that brings it — not a
traceback or a wall of test errors.

Package names are Debian's and Ubuntu's. A package is found by what it provides — a shared library
the dynamic loader can open, a command on ``PATH``, a font file — never by asking the package
manager, so the check also holds on other distributions and inside the app bundle (where some
libraries travel with the app). Only Linux is checked: on Windows and macOS the libraries come
with the app bundle or Homebrew, not from apt.

Standard library only, and nothing of slawriter's: ``python3 -m slawriter.system`` runs from a
checkout before the virtual environment exists.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

#: What each group of packages serves.
GROUPS: dict[str, str] = {
    "export": "printing contracts, redlines and compliance reports (WeasyPrint)",
    "app": "the desktop app (Qt)",
    "x11": "the desktop app on an X server (Qt's xcb platform)",
    "sign": "visible signature stamps",
    "test": "the tests, the bundle's smoke test and the screenshots",
    "word": "opening the exported Word documents in a real word processor (CI; tests skip "
    "without it)",
    "bench": "the benchmarks in bench/ only (never slawriter itself, nor its tests or CI)",
}

#: The groups each use needs. ``run`` is ``make run`` (the app and everything it does), ``test``
#: is ``make test`` (Qt offscreen, so no X libraries), ``ci`` is everything ``.ci/run`` does;
#: ``bench`` is the yardstick the benchmarks compare with, which they skip, saying so, when it
#: is missing (so ``ci`` leaves it out).
USES: dict[str, tuple[str, ...]] = {
    "run": ("export", "app", "x11", "sign"),
    "test": ("export", "app", "sign", "test"),
    "ci": ("export", "app", "x11", "sign", "test", "word"),
    "bundle": ("export",),
    "export": ("export",),
    "app": ("app",),
    "x11": ("x11",),
    "word": ("word",),
    "bench": ("bench",),
}


@dataclass(frozen=True)
class Package:
    """One system package: its name, what slawriter needs it for, and how to tell it is there."""

    name: str
    purpose: str
    groups: tuple[str, ...]
    libraries: tuple[str, ...] = ()
    commands: tuple[str, ...] = ()
    #: Any one of these files (a font the package installs, at its usual places).
    files: tuple[str, ...] = ()

    def present(self) -> bool:
        """Every library opens, every command is on ``PATH`` and one of the files exists."""
        return (
            all(_library_opens(name) for name in self.libraries)
            and all(shutil.which(command) for command in self.commands)
            and (not self.files or any(Path(path).is_file() for path in self.files))
        )


PACKAGES: tuple[Package, ...] = (
    # -- printing -----------------------------------------------------------------------------
    Package(
        "libpango-1.0-0",
        "Pango lays out the contract's text",
        ("export",),
        libraries=("libpango-1.0.so.0",),
    ),
    Package(
        "libpangoft2-1.0-0",
        "Pango's FreeType and fontconfig fonts",
        ("export",),
        libraries=("libpangoft2-1.0.so.0",),
    ),
    Package(
        "libharfbuzz0b",
        "HarfBuzz shapes the text into glyphs",
        ("export",),
        libraries=("libharfbuzz.so.0",),
    ),
    Package(
        "libharfbuzz-subset0",
        "HarfBuzz's subsetter, so a PDF embeds only the glyphs it uses; without it WeasyPrint "
        "warns and falls back to a much slower one",
        ("export",),
        libraries=("libharfbuzz-subset.so.0",),
    ),
    Package(
        "libfontconfig1",
        "fontconfig finds fonts, for the contract and the app",
        ("export", "app"),
        libraries=("libfontconfig.so.1",),
    ),
    Package(
        "fonts-dejavu-core",
        "a font for the window's text (the contract's DejaVu faces ship in resources/fonts)",
        ("app",),
        files=("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",),
    ),
    # -- the desktop app ----------------------------------------------------------------------
    Package("libegl1", "EGL, which Qt's GUI module links to", ("app",), libraries=("libEGL.so.1",)),
    Package(
        "libgl1", "OpenGL, which Qt's GUI module links to", ("app",), libraries=("libGL.so.1",)
    ),
    Package(
        "libxkbcommon0",
        "keyboard layouts for Qt",
        ("app",),
        libraries=("libxkbcommon.so.0",),
    ),
    Package(
        "libglib2.0-0",
        "GLib, used by Qt's event loop and by Pango",
        ("app", "export"),
        libraries=("libglib-2.0.so.0", "libgobject-2.0.so.0"),
    ),
    Package(
        "libdbus-1-3",
        "D-Bus, which Qt's GUI module links to",
        ("app",),
        libraries=("libdbus-1.so.3",),
    ),
    # -- the desktop app on X11 ---------------------------------------------------------------
    Package(
        "libx11-xcb1",
        "Xlib over XCB for Qt's xcb platform",
        ("x11",),
        libraries=("libX11.so.6", "libX11-xcb.so.1"),
    ),
    Package(
        "libxkbcommon-x11-0",
        "keyboard layouts from the X server",
        ("x11",),
        libraries=("libxkbcommon-x11.so.0",),
    ),
    Package(
        "libxcb-cursor0",
        "mouse cursors; Qt 6.5 and later refuse to start on X11 without it",
        ("x11",),
        libraries=("libxcb-cursor.so.0",),
    ),
    Package(
        "libxcb-icccm4",
        "window-manager hints for Qt's xcb platform",
        ("x11",),
        libraries=("libxcb-icccm.so.4",),
    ),
    Package(
        "libxcb-keysyms1",
        "key symbols for Qt's xcb platform",
        ("x11",),
        libraries=("libxcb-keysyms.so.1",),
    ),
    Package(
        "libxcb-image0", "images for Qt's xcb platform", ("x11",), libraries=("libxcb-image.so.0",)
    ),
    Package(
        "libxcb-render-util0",
        "rendering helpers for Qt's xcb platform",
        ("x11",),
        libraries=("libxcb-render-util.so.0",),
    ),
    Package(
        "libxcb-randr0",
        "screen sizes and changes for Qt's xcb platform",
        ("x11",),
        libraries=("libxcb-randr.so.0",),
    ),
    Package(
        "libxcb-shape0",
        "window shapes for Qt's xcb platform",
        ("x11",),
        libraries=("libxcb-shape.so.0",),
    ),
    Package(
        "libxcb-xkb1",
        "keyboard events for Qt's xcb platform",
        ("x11",),
        libraries=("libxcb-xkb.so.1",),
    ),
    # -- signing ------------------------------------------------------------------------------
    Package(
        "fonts-urw-base35",
        "URW's Nimbus Sans, the visible signature stamp's font, a CFF font pyHanko embeds well",
        ("sign",),
        files=(
            "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf",
            "/usr/share/fonts/urw-base35/NimbusSans-Regular.otf",
        ),
    ),
    # -- tests --------------------------------------------------------------------------------
    Package(
        "poppler-utils",
        "pdftotext, pdffonts, pdfinfo and pdftoppm read the PDFs the tests and the smoke test make",
        ("test",),
        commands=("pdftotext", "pdffonts", "pdfinfo", "pdftoppm"),
    ),
    Package(
        "xvfb",
        "a virtual X server for the bundle's smoke test and the screenshots",
        ("test",),
        commands=("Xvfb",),
    ),
    Package(
        "x11-utils",
        "xev waits for the app's window under Xvfb",
        ("test",),
        commands=("xev",),
    ),
    Package(
        "xdotool",
        "the bundle's smoke test quits the app with its keyboard shortcut",
        ("test",),
        commands=("xdotool",),
    ),
    Package(
        "imagemagick",
        "import takes the smoke test's and the screenshots' pictures of the window",
        ("test",),
        commands=("import",),
    ),
    Package(
        "desktop-file-utils",
        "desktop-file-validate checks the launcher; update-desktop-database registers it",
        ("test",),
        commands=("desktop-file-validate", "update-desktop-database"),
    ),
    Package(
        "appstream",
        "appstreamcli validates the AppStream metadata",
        ("test",),
        commands=("appstreamcli",),
    ),
    Package(
        "shared-mime-info",
        "update-mime-database registers the agreement file type",
        ("test",),
        commands=("update-mime-database",),
    ),
    Package(
        "xdg-utils",
        "xdg-mime asks which type a *.sla.json file is and which app opens it",
        ("test",),
        commands=("xdg-mime",),
    ),
    Package(
        "libfile-mimeinfo-perl",
        "mimetype, through which xdg-mime reads shared-mime-info outside a known desktop",
        ("test",),
        commands=("mimetype",),
    ),
    Package(
        "libglib2.0-bin",
        "gio opens an agreement with its default app, as a GNOME file manager does",
        ("test",),
        commands=("gio",),
    ),
    Package(
        "libxml2-utils",
        "xmllint reads the desktop files' XML and SVG as libxml2 does",
        ("test",),
        commands=("xmllint",),
    ),
    # -- Word documents in a real client ------------------------------------------------------
    Package(
        "libreoffice-writer-nogui",
        "LibreOffice Writer opens the exported Word documents as a reviewer's word processor "
        "does and prints them (soffice --headless --convert-to pdf) for the tests that compare "
        "its text with the PDF's",
        ("word",),
        commands=("soffice",),
    ),
    Package(
        "openssl",
        "makes the throwaway signing certificate of the bundle's smoke test",
        ("test",),
        commands=("openssl",),
    ),
    # -- benchmarks ---------------------------------------------------------------------------
    Package(
        "chromium",
        "headless Chromium, the yardstick bench/export_bench.py prints the same HTML with",
        ("bench",),
        commands=("chromium",),
    ),
)


class MissingSystemPackages(Exception):
    """Libraries or tools slawriter needs are not installed; the message says which and how."""

    def __init__(self, packages: Sequence[Package], needed_for: str) -> None:
        self.packages = tuple(packages)
        self.needed_for = needed_for
        super().__init__(missing_message(self.packages, needed_for))


def _library_opens(soname: str) -> bool:
    """The loader finds the library (one that fails only for a library it needs is there: the
    missing one is that library's package, which is listed too)."""
    try:
        ctypes.CDLL(soname)
    except OSError as error:
        return not str(error).startswith(soname + ":") and soname + ":" not in str(error)
    return True


def packages(use: str) -> list[Package]:
    """The packages ``use`` needs (a key of :data:`USES`), in the list's order."""
    groups = USES[use]
    return [package for package in PACKAGES if any(group in groups for group in package.groups)]


def checked_here() -> bool:
    """The list describes Linux; elsewhere the libraries come with the bundle or Homebrew."""
    return sys.platform.startswith("linux")


def missing(use: str) -> list[Package]:
    """The packages ``use`` needs that are not installed here (none, off Linux)."""
    if not checked_here():
        return []
    return [package for package in packages(use) if not package.present()]


def install_command(names: Iterable[str]) -> str:
    """The exact ``apt-get install`` line, with ``sudo`` unless this is root."""
    sudo = "" if os.name != "posix" or os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install -y {' '.join(names)}"


def missing_message(missing_packages: Sequence[Package], needed_for: str) -> str:
    """One line: what is missing, what for, and the command that installs it."""
    names = [package.name for package in missing_packages]
    what = "; ".join(f"{package.name} ({package.purpose})" for package in missing_packages)
    count = "a system package" if len(names) == 1 else f"{len(names)} system packages"
    return (
        f"{needed_for} needs {count} that {'is' if len(names) == 1 else 'are'} not installed: "
        f"{what}. Install {'it' if len(names) == 1 else 'them'} with: {install_command(names)}"
    )


def require(use: str, needed_for: str) -> None:
    """Raise :class:`MissingSystemPackages` when ``use`` lacks a package."""
    absent = missing(use)
    if absent:
        raise MissingSystemPackages(absent, needed_for)


def markdown_table() -> str:
    """The README's table of system packages."""
    lines = ["| package | what it is for | needed by |", "|---|---|---|"]
    for package in PACKAGES:
        lines.append(f"| `{package.name}` | {package.purpose} | {', '.join(package.groups)} |")
    return "\n".join(lines)


_USAGE = """usage: python3 -m slawriter.system check|missing|list USE
       python3 -m slawriter.system table

  check USE     exit 1 with one message when a package USE needs is missing
  missing USE   the missing packages' names, one a line
  list USE      every package USE needs, one a line
  table         the README's table

USE is one of: {uses}
"""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else ""
    use = args[1] if len(args) > 1 else ""
    if command == "table" and len(args) == 1:
        print(markdown_table())
        return 0
    if command in {"-h", "--help"}:
        print(_USAGE.format(uses=", ".join(USES)), end="")
        return 0
    wrong = (
        "give a command"
        if not command
        else f"unknown command '{command}'"
        if command not in {"check", "missing", "list", "table"}
        else f"'{command}' takes no USE"
        if command == "table"
        else f"'{command}' needs a USE"
        if not use
        else f"unknown USE '{use}'"
        if use not in USES
        else "one USE at a time"
    )
    if command not in {"check", "missing", "list"} or use not in USES or len(args) != 2:
        sys.stderr.write(f"slawriter.system: {wrong}\n" + _USAGE.format(uses=", ".join(USES)))
        return 2
    if command == "list":
        for package in packages(use):
            print(package.name)
        return 0
    absent = missing(use)
    if command == "missing":
        for package in absent:
            print(package.name)
        return 0
    if absent:
        needed_for = {
            "ci": ".ci/run",
            "export": "printing a PDF",
            "app": "the desktop app",
            "x11": "the desktop app on X11",
            "bench": "the benchmarks",
        }.get(use, f"make {use}")
        sys.stderr.write(f"slawriter: {missing_message(absent, needed_for)}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
