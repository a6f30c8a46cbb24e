"""System packages: one list, shown in the README, checked by make, named when one is missing."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from io import StringIO
from pathlib import Path
from types import ModuleType

import pytest

from slawriter import cli, system


def _without(monkeypatch: pytest.MonkeyPatch, *sonames: str) -> None:
    """Make these libraries fail to open, as on a machine that lacks them."""
    real = system._library_opens
    monkeypatch.setattr(system, "_library_opens", lambda name: name not in sonames and real(name))


def test_the_readme_shows_the_list(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    assert system.markdown_table() in readme, (
        "README.md's table of system packages is not the list in slawriter/system.py: "
        "paste the output of 'python3 -m slawriter.system table'"
    )


def test_every_package_says_what_it_is_for_and_how_it_is_found() -> None:
    names = [package.name for package in system.PACKAGES]
    assert len(names) == len(set(names))
    for package in system.PACKAGES:
        assert package.purpose and package.groups
        assert set(package.groups) <= set(system.GROUPS)
        assert package.libraries or package.commands or package.files, package.name
    # The ones a fresh machine lacked: HarfBuzz's subsetter (every PDF test failed without it).
    assert "libharfbuzz-subset0" in {p.name for p in system.packages("test")}
    assert "libxcb-cursor0" in {p.name for p in system.packages("run")}


def test_ci_installs_everything_make_run_and_make_test_need() -> None:
    ci = set(system.packages("ci"))
    assert set(system.packages("run")) <= ci
    assert set(system.packages("test")) <= ci


def test_the_benchmarks_yardstick_is_declared_but_not_installed_by_ci() -> None:
    # bench/export_bench.py compares with headless Chromium and skips it when it is missing;
    # nothing slawriter does or tests needs it, so CI's clean machine does not install it.
    bench = {package.name for package in system.packages("bench")}
    assert bench == {"chromium"}
    assert not bench & {package.name for package in system.packages("ci")}


def test_make_stops_with_one_message_naming_the_package_and_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _without(monkeypatch, "libharfbuzz-subset.so.0")
    assert system.main(["check", "test"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("slawriter: make test needs a system package that is not installed: ")
    assert "libharfbuzz-subset0 (HarfBuzz's subsetter" in err
    assert re.search(r"Install it with: (sudo )?apt-get install -y libharfbuzz-subset0\n$", err)


def test_missing_lists_only_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _without(monkeypatch, "libxcb-cursor.so.0", "libpango-1.0.so.0")
    monkeypatch.setattr(system.shutil, "which", lambda command: f"/usr/bin/{command}")
    monkeypatch.setattr(system.Path, "is_file", lambda path: True)
    assert system.main(["missing", "ci"]) == 0
    assert capsys.readouterr().out.split() == ["libpango-1.0-0", "libxcb-cursor0"]
    assert system.main(["missing", "test"]) == 0
    assert capsys.readouterr().out.split() == ["libpango-1.0-0"]


def test_a_wrong_use_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert system.main(["check", "everything"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("slawriter.system: unknown USE 'everything'\n")
    assert "USE is one of: run, test, ci" in err


def test_off_linux_nothing_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, "libpango-1.0.so.0")
    monkeypatch.setattr(system.sys, "platform", "darwin")
    assert system.missing("run") == []


class _NoWeasyPrint(MetaPathFinder):
    """WeasyPrint's import fails the way it does when Pango cannot be opened."""

    def find_spec(
        self, fullname: str, path: object, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open")
        return None


@pytest.fixture
def no_pango(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in [n for n in sys.modules if n == "weasyprint" or n.startswith("weasyprint.")]:
        monkeypatch.delitem(sys.modules, name)
    _without(monkeypatch, "libpango-1.0.so.0", "libpangoft2-1.0.so.0")
    finder = _NoWeasyPrint()
    sys.meta_path.insert(0, finder)
    yield
    sys.meta_path.remove(finder)


@pytest.mark.process  # export forks its printer
def test_export_without_pango_says_which_package_in_one_line(
    no_pango: None, tmp_path: Path
) -> None:
    source = tmp_path / "a.sla.json"
    out, err = StringIO(), StringIO()
    assert cli.main(["new", "--preset", "saas-availability", "-o", str(source)], out, err) == 0
    target = tmp_path / "a.pdf"
    assert cli.main(["export", str(source), "-o", str(target)], out, err) == 2
    lines = err.getvalue().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("slawriter: printing a PDF needs 2 system packages")
    assert "libpango-1.0-0 (Pango lays out the contract's text)" in lines[0]
    assert "apt-get install -y libpango-1.0-0 libpangoft2-1.0-0" in lines[0]
    assert not target.exists()


def test_the_app_on_x11_without_xcb_cursor_says_so_before_qt_aborts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    _without(monkeypatch, "libxcb-cursor.so.0")
    err = StringIO()
    assert cli.main([], StringIO(), err) == 2
    assert err.getvalue() == (
        "slawriter: the desktop app on X11 needs a system package that is not installed: "
        "libxcb-cursor0 (mouse cursors; Qt 6.5 and later refuse to start on X11 without it). "
        f"Install it with: {system.install_command(['libxcb-cursor0'])}\n"
    )


@pytest.mark.parametrize(
    ("environment", "uses_x11"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
        ({}, False),
    ],
)
def test_which_platform_qt_will_use(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], uses_x11: bool
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert cli._qt_uses_x11() is uses_x11


def test_a_library_that_fails_for_one_it_needs_is_not_called_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without Pango, PangoFT2 fails to open too: only Pango's package is missing."""

    def cdll(name: str) -> object:
        if name in ("libpango-1.0.so.0", "libpangoft2-1.0.so.0"):
            raise OSError("libpango-1.0.so.0: cannot open shared object file: No such file")
        return object()

    monkeypatch.setattr(system.ctypes, "CDLL", cdll)
    assert [p.name for p in system.missing("export") if p.libraries] == ["libpango-1.0-0"]


def test_wrong_arguments_say_what_is_wrong(capsys: pytest.CaptureFixture[str]) -> None:
    assert system.main(["check"]) == 2
    assert capsys.readouterr().err.startswith("slawriter.system: 'check' needs a USE\n")
    assert system.main(["frob", "run"]) == 2
    assert capsys.readouterr().err.startswith("slawriter.system: unknown command 'frob'\n")
    assert system.main(["--help"]) == 0
    assert "USE is one of" in capsys.readouterr().out


def test_the_app_without_a_display_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    err = StringIO()
    assert cli.main([], StringIO(), err) == 2
    assert err.getvalue().startswith("slawriter: the desktop app needs a display")
    assert err.getvalue().count("\n") == 1
