"""The PyInstaller spec's platform branches (.ci/bundle/slawriter.spec) and the Windows/macOS
workflow, checked here on whatever machine runs the tests: the build itself is `make bundle`
(Linux) and .github/workflows/bundle.yml (Windows, macOS), which no test can run."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / ".ci" / "bundle"

LDCONFIG = """\
1234 libs found in cache `/etc/ld.so.cache'
	libpangoft2-1.0.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libpangoft2-1.0.so.0
	libpangoft2-1.0.so.0 (libc6) => /lib/i386-linux-gnu/libpangoft2-1.0.so.0
	libpango-1.0.so.0 (libc6,AArch64) => /lib/aarch64-linux-gnu/libpango-1.0.so.0
	libpango-1.0.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libpango-1.0.so.0
	libharfbuzz.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libharfbuzz.so.0
	libharfbuzz-subset.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libharfbuzz-subset.so.0
"""


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The spec's functions: PyInstaller's Analysis is not defined, so nothing is built."""
    return runpy.run_path(str(BUNDLE / "slawriter.spec"), init_globals={"SPECPATH": str(BUNDLE)})


def test_linux_takes_pango_from_the_library_cache_for_this_machine(spec: dict[str, Any]) -> None:
    binaries, datas = spec["linux_native"](LDCONFIG, "x86_64")
    assert binaries == [
        ("/lib/x86_64-linux-gnu/libpango-1.0.so.0", "."),
        ("/lib/x86_64-linux-gnu/libpangoft2-1.0.so.0", "."),
        ("/lib/x86_64-linux-gnu/libharfbuzz.so.0", "."),
        ("/lib/x86_64-linux-gnu/libharfbuzz-subset.so.0", "."),
    ]
    assert datas == []
    with pytest.raises(SystemExit, match=r"libharfbuzz\.so\.0"):
        spec["linux_native"](LDCONFIG, "aarch64")


def test_linux_leaves_the_desktops_libraries_to_the_system(spec: dict[str, Any]) -> None:
    system = "/usr/lib/x86_64-linux-gnu/"
    kept = [
        ("libpango-1.0.so.0", system + "libpango-1.0.so.0", "BINARY"),
        ("libharfbuzz.so.0", system + "libharfbuzz.so.0", "BINARY"),
        ("libfribidi.so.0", system + "libfribidi.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/root/.pyenv/lib/libpython3.11.so.1.0", "BINARY"),
        # Pillow's own copies keep their hashed names and are the bundle's
        ("libxcb-9065bb12.so.1.1.0", "/venv/pillow.libs/libxcb-9065bb12.so.1.1.0", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/venv/PySide6/libqxcb.so", "BINARY"),
    ]
    dropped = [
        (name, system + name, "BINARY")
        for name in (
            "libglib-2.0.so.0",
            "libgobject-2.0.so.0",
            "libfontconfig.so.1",
            "libfreetype.so.6",
            "libX11.so.6",
            "libxcb-cursor.so.0",
            "libxkbcommon.so.0",
            "libstdc++.so.6",
            "libz.so.1",
            "libcairo.so.2",
        )
    ] + [("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/venv/libqgtk3.so", "BINARY")]
    assert spec["linux_binaries"](kept + dropped) == kept
    datas = [("etc/fonts/fonts.conf", "/etc/fonts/fonts.conf", "DATA"), ("a/b", "/a/b", "DATA")]
    assert spec["linux_datas"](datas) == [("a/b", "/a/b", "DATA")]


def test_windows_takes_msys2s_pango_dlls(spec: dict[str, Any], tmp_path: Path) -> None:
    bin_folder = tmp_path / "mingw64" / "bin"
    bin_folder.mkdir(parents=True)
    (tmp_path / "mingw64" / "etc" / "fonts").mkdir(parents=True)
    environ = {"WEASYPRINT_DLL_DIRECTORIES": str(bin_folder), "PATH": "C:\\Windows"}
    with pytest.raises(SystemExit, match="mingw-w64-x86_64-pango"):
        spec["windows_native"](environ)
    for dll in spec["WINDOWS_DLLS"]:
        (bin_folder / dll).write_bytes(b"")
    binaries, datas = spec["windows_native"](environ)
    assert binaries == [(str(bin_folder / dll), ".") for dll in spec["WINDOWS_DLLS"]]
    assert datas == [(str(tmp_path / "mingw64" / "etc" / "fonts"), "etc/fonts")]
    assert environ["PATH"] == f"{bin_folder};C:\\Windows"


def test_macos_takes_homebrews_pango(spec: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    environ: dict[str, str] = {}
    with pytest.raises(SystemExit, match="brew install pango"):
        spec["mac_native"](environ, brew_prefix=str(tmp_path))
    for name in spec["MAC_DYLIBS"]:
        (tmp_path / "lib" / name).write_bytes(b"")
    (tmp_path / "etc" / "fonts").mkdir(parents=True)
    binaries, datas = spec["mac_native"](environ, brew_prefix=str(tmp_path))
    assert binaries == [(str(tmp_path / "lib" / name), ".") for name in spec["MAC_DYLIBS"]]
    assert datas == [(str(tmp_path / "etc" / "fonts"), "etc/fonts")]
    assert environ["DYLD_FALLBACK_LIBRARY_PATH"] == str(tmp_path / "lib")


def test_package_data_is_the_wheels_and_needs_the_translations(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    for name in (
        "resources/i18n/slawriter_es.ts",
        "resources/presets/a.sla.json",
        "resources/desktop/share/applications/slawriter.desktop",
        "resources/desktop/install-desktop-integration",
        "templates/contract.html",
        "templates/css/__pycache__/x.pyc",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    with pytest.raises(SystemExit, match="make translations"):
        spec["package_data"](tmp_path)
    for language in ("en", "es"):
        (tmp_path / f"resources/i18n/slawriter_{language}.qm").write_bytes(b"")
    assert sorted(spec["package_data"](tmp_path)) == sorted(
        [
            (str(tmp_path / "resources/i18n/slawriter_en.qm"), "slawriter/resources/i18n"),
            (str(tmp_path / "resources/i18n/slawriter_es.qm"), "slawriter/resources/i18n"),
            (str(tmp_path / "resources/presets/a.sla.json"), "slawriter/resources/presets"),
            (str(tmp_path / "templates/contract.html"), "slawriter/templates"),
        ]
    )
    bundle = tmp_path / "dist" / "slawriter"
    spec["copy_desktop_files"](tmp_path, bundle)
    assert (bundle / "share/applications/slawriter.desktop").is_file()
    assert (bundle / "install-desktop-integration").is_file()


def test_the_qt_plugins_the_app_needs_are_checked(spec: dict[str, Any]) -> None:
    plugins = [
        (f"PySide6/Qt/plugins/{name}.so", "/src", "BINARY") for name in spec["QT_PLUGINS_NEEDED"]
    ]
    spec["check_qt_plugins"](plugins, "linux")
    with pytest.raises(SystemExit, match="libqsvgicon"):
        spec["check_qt_plugins"]([p for p in plugins if "iconengines" not in p[0]], "linux")
    spec["check_qt_plugins"]([], "win32")  # the hooks' business there


def test_the_workflow_builds_windows_and_macos_and_runs_the_smoke_test() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/bundle.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["bundle"]
    assert job["strategy"]["matrix"]["os"] == ["windows-latest", "macos-latest"]
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert ".ci/bundle/slawriter.spec" in runs
    assert ".ci/bundle/smoke dist/slawriter" in runs
    assert "mingw-w64-x86_64-pango" in str(job["steps"])
    assert "brew install pango" in runs


@pytest.mark.process
def test_the_smoke_script_is_valid_bash() -> None:
    import shutil
    import subprocess

    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    subprocess.run([bash, "-n", str(BUNDLE / "smoke")], check=True)
