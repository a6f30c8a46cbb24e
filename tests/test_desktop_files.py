"""The Linux desktop integration in resources/desktop/: the launcher, the icons, the AppStream
metainfo, the file type of agreements and the script that installs them.

What can be checked in Python is checked always; the freedesktop tools (desktop-file-validate,
appstreamcli, update-mime-database, update-desktop-database, xdg-mime) run when installed and
the tests that need them are skipped, with the Debian package to install, when not.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from slawriter.app.application import APP_ID
from slawriter.bundled import resources_dir

DESKTOP = resources_dir() / "desktop"
SHARE = DESKTOP / "share"
INSTALLER = DESKTOP / "install-desktop-integration"
DESKTOP_FILE = SHARE / "applications" / f"{APP_ID}.desktop"
METAINFO = SHARE / "metainfo" / f"{APP_ID}.metainfo.xml"
MIME_PACKAGE = SHARE / "mime" / "packages" / f"{APP_ID}.xml"
HICOLOR = SHARE / "icons" / "hicolor"
MIME_TYPE = "application/x-slawriter-agreement+json"
MIME_ICON = MIME_TYPE.replace("/", "-")
APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_SIZES = (16, 24, 32, 48, 64, 128, 256)
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's IHDR chunk."""
    head = path.read_bytes()[:26]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height, head[25]


def _tool(name: str, package: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        shutil.which(name) is None, reason=f"{name} is not installed (Debian: {package})"
    )


def test_the_launcher_opens_agreement_files_in_slawriter() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "slawriter %f"  # the installer names the bundle's executable
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;"
    for key in ("Name", "GenericName", "Comment"):
        assert entry[key]
    for key in ("GenericName[es]", "Comment[es]", "Keywords[es]"):
        assert entry[key]


@pytest.mark.process
def test_qt_names_the_window_after_the_launcher() -> None:
    """Wayland's app_id and X11's _GTK_APPLICATION_ID are the desktop file name; X11's
    WM_CLASS class is the application name, which StartupWMClass must match."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from slawriter.app.application import configure_application\n"
        "app = QApplication([])\n"
        "configure_application(app)\n"
        "print(app.desktopFileName(), app.applicationName())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=True,
    )
    desktop_file_name, application_name = done.stdout.split()
    assert desktop_file_name == APP_ID
    assert _entry()["StartupWMClass"] == application_name == "slawriter"


def test_the_metainfo_names_the_same_app_file_type_and_release() -> None:
    from slawriter import __version__

    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert [m.text for m in root.iterfind("provides/mediatype")] == [MIME_TYPE]
    assert root.findtext("provides/binary") == "slawriter"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.find("content_rating") is not None
    assert root.find("releases/release[1]").get("version") == __version__  # type: ignore[union-attr]
    for tag in ("summary", "description/p"):
        assert {e.get(XML_LANG) for e in root.iterfind(tag)} == {None, "es"}, tag


def test_the_file_type_is_json_named_sla_json() -> None:
    (mime,) = ET.parse(MIME_PACKAGE).getroot().iterfind(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"  # type: ignore[union-attr]
    (glob,) = mime.iterfind(f"{MIME_NS}glob")
    assert glob.get("pattern") == "*.sla.json"
    assert int(glob.get("weight", "50")) > 50  # above *.json's
    assert {c.get(XML_LANG) for c in mime.iterfind(f"{MIME_NS}comment")} == {None, "es"}


def test_every_icon_is_there_at_its_size() -> None:
    for size in APP_SIZES:
        assert _png_size(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size, 6)
    for size in MIME_SIZES:
        icon = HICOLOR / f"{size}x{size}" / "mimetypes" / f"{MIME_ICON}.png"
        assert _png_size(icon) == (size, size, 6)
    assert (HICOLOR / "scalable" / "mimetypes" / f"{MIME_ICON}.svg").is_file()
    # A stale copy means the PNGs are stale too: run `make desktop-icons`.
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (resources_dir() / "icons" / "slawriter.svg").read_bytes()
    names = {p.name for p in HICOLOR.rglob("*.*")}
    assert names == {f"{APP_ID}.png", f"{APP_ID}.svg", f"{MIME_ICON}.png", f"{MIME_ICON}.svg"}


@pytest.mark.process
def test_the_installer_uses_the_same_names() -> None:
    script = INSTALLER.read_text(encoding="utf-8")
    assert script.startswith("#!/bin/sh\n")
    assert f"\nAPP_ID={APP_ID}\n" in script
    assert f"\nMIME_TYPE={MIME_TYPE}\n" in script
    assert f"\nMIME_ICON={MIME_ICON}\n" in script
    if sys.platform != "win32":
        assert os.access(INSTALLER, os.X_OK)
        subprocess.run(["sh", "-n", str(INSTALLER)], check=True, timeout=30)


@pytest.mark.process
@_tool("desktop-file-validate", "desktop-file-utils")
def test_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.process
@_tool("xmllint", "libxml2-utils")
def test_the_xml_files_and_drawings_are_well_formed() -> None:
    """libxml2's own reader: the metainfo, the file type and every SVG icon."""
    files = sorted({METAINFO, MIME_PACKAGE, *SHARE.rglob("*.xml"), *SHARE.rglob("*.svg")})
    assert len(files) >= 4
    done = subprocess.run(
        ["xmllint", "--noout", *map(str, files)], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.process
@_tool("appstreamcli", "appstream")
def test_appstreamcli_validate() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # AppStream before 1.0 does not know <developer> (it knows the older <developer_name>);
    # anything else is a finding.
    findings = [
        line
        for line in done.stdout.splitlines()
        if line[:2] in ("E:", "W:", "I:", "P:") and "unknown-tag developer" not in line
    ]
    assert findings == [], done.stdout


@pytest.mark.process
@_tool("update-mime-database", "shared-mime-info")
def test_update_mime_database_reads_the_file_type(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_PACKAGE, packages)
    done = subprocess.run(
        ["update-mime-database", str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},
        timeout=60,
    )
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"60:{MIME_TYPE}:*.sla.json" in globs


def _fake_bundle(tmp_path: Path) -> Path:
    """A folder with spaces and quotes in its name and a `slawriter` that records its arguments."""
    bundle = tmp_path / 'my "slawriter" $bundle'
    bundle.mkdir()
    exe = bundle / "slawriter"
    exe.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$HOME/launched.txt"\n', encoding="utf-8")
    exe.chmod(0o755)
    return exe


def _installer(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    return subprocess.run(
        ["sh", str(INSTALLER), *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.process
@pytest.mark.skipif(sys.platform != "linux", reason="the desktop integration is for Linux")
def test_the_installer_installs_and_uninstalls_again(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    exe = _fake_bundle(tmp_path)
    data = home / ".local" / "share"
    done = _installer(home, "--exec", str(exe))
    assert done.returncode == 0, done.stderr
    installed = data / "applications" / DESKTOP_FILE.name
    lines = installed.read_text(encoding="utf-8").splitlines()
    # Quoted for the Exec key, then each backslash doubled as in every string value.
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in str(exe)).replace("\\", "\\\\")
    assert f'Exec="{quoted}" %f' in lines
    assert f"TryExec={exe}" in lines
    assert (data / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    package = data / "mime" / "packages" / MIME_PACKAGE.name
    assert package.read_bytes() == MIME_PACKAGE.read_bytes()
    for size in APP_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    again = _installer(home, "--exec", str(exe))  # idempotent
    assert again.returncode == 0, again.stderr
    assert installed.read_text(encoding="utf-8").splitlines() == lines
    gone = _installer(home, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    left = {p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file()}
    assert not [p for p in left if APP_ID in p or MIME_ICON in p or "metainfo" in p]


@_tool("gio", "libglib2.0-bin")
@_tool("xdg-mime", "xdg-utils")
@_tool("update-desktop-database", "desktop-file-utils")
@_tool("update-mime-database", "shared-mime-info")
@pytest.mark.parametrize(
    "desktop",
    [
        # No known desktop: xdg-mime asks File::MimeInfo's `mimetype` (without it, `file`, which
        # knows no shared-mime-info type) and reads the desktop database itself.
        pytest.param("", marks=_tool("mimetype", "libfile-mimeinfo-perl")),
        pytest.param("GNOME"),  # xdg-mime asks gio
    ],
)
@pytest.mark.process
def test_after_installing_agreements_open_in_slawriter(tmp_path: Path, desktop: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    exe = _fake_bundle(tmp_path)
    assert _installer(home, "--exec", str(exe)).returncode == 0
    agreement = home / "hosting.sla.json"
    shutil.copy(resources_dir() / "presets" / "it-support.sla.json", agreement)
    plain = home / "plain.json"
    plain.write_text("{}", encoding="utf-8")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    if desktop:
        env["XDG_CURRENT_DESKTOP"] = desktop

    def run(*argv: str) -> str:
        done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert run("xdg-mime", "query", "filetype", str(agreement)) == MIME_TYPE
    assert run("xdg-mime", "query", "filetype", str(plain)) == "application/json"
    assert run("xdg-mime", "query", "default", MIME_TYPE) == DESKTOP_FILE.name
    # Launch it as a desktop does: the fake slawriter gets the file.
    installed = home / ".local" / "share" / "applications" / DESKTOP_FILE.name
    run("gio", "launch", str(installed), str(agreement))
    launched = home / "launched.txt"
    for _ in range(100):
        if launched.exists() and launched.read_text(encoding="utf-8"):
            break
        time.sleep(0.05)
    assert launched.read_text(encoding="utf-8").splitlines() == [str(agreement)]
    assert _installer(home, "--uninstall").returncode == 0
    assert run("xdg-mime", "query", "filetype", str(agreement)) == "application/json"
