"""slawriter.frozen, the bundle's entry point: ``-m`` for exactly the child modules, the command
line otherwise, and the environment its children inherit put right."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slawriter import frozen
from slawriter.bundled import CHILD_MODULES
from slawriter.worker import render_worker

ROOT = Path(__file__).resolve().parent.parent
ENTRY = ROOT / ".ci" / "bundle" / "entry.py"


@pytest.fixture(autouse=True)
def _keep_argv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/opt/slawriter/slawriter"])


def test_a_command_runs_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert frozen.run(["--version"]) == 0
    assert capsys.readouterr().out.startswith("slawriter ")


def test_minus_m_slawriter_is_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert frozen.run(["-m", "slawriter", "--version"]) == 0
    assert capsys.readouterr().out.startswith("slawriter ")
    assert sys.argv == ["/opt/slawriter/slawriter", "--version"]


def test_minus_m_render_worker_runs_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def fake_main() -> int:
        calls.append(list(sys.argv))
        return 0

    monkeypatch.setattr(render_worker, "main", fake_main)
    assert frozen.run(["-m", "slawriter.worker.render_worker"]) == 0
    assert calls == [["/opt/slawriter/slawriter"]]


@pytest.mark.parametrize("argv", [["-m"], ["-m", "os"], ["-m", "slawriter.cli"], ["-m", ""]])
def test_minus_m_refuses_other_modules(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert frozen.run(argv) == frozen.EXIT_USAGE
    message = capsys.readouterr().err
    assert message.startswith("slawriter: -m runs only ")
    assert all(module in message for module in CHILD_MODULES)


def test_linux_gives_programs_the_users_library_path_back() -> None:
    environment = {
        "LD_LIBRARY_PATH": "/opt/slawriter/_internal:/mine",
        "LD_LIBRARY_PATH_ORIG": "/mine",
    }
    frozen.prepare_environment(environment, "linux", Path("/opt/slawriter/_internal"))
    assert environment == {"LD_LIBRARY_PATH": "/mine"}
    environment = {"LD_LIBRARY_PATH": "/opt/slawriter/_internal", "HOME": "/h"}
    frozen.prepare_environment(environment, "linux", Path("/opt/slawriter/_internal"))
    assert environment == {"HOME": "/h"}


def test_linux_gives_programs_no_qt_plugin_path_into_the_bundle() -> None:
    bundle = Path("/opt/slawriter/_internal")
    environment = {
        "QT_PLUGIN_PATH": f"{bundle}/PySide6/Qt/plugins",
        "QML2_IMPORT_PATH": f"{bundle}/PySide6/Qt/qml",
    }
    frozen.prepare_environment(environment, "linux", bundle)
    assert environment == {}
    mine = {"QT_PLUGIN_PATH": "/usr/lib/qt6/plugins"}
    frozen.prepare_environment(mine, "linux", bundle)
    assert mine == {"QT_PLUGIN_PATH": "/usr/lib/qt6/plugins"}


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_fontconfig_reads_the_bundles_configuration(tmp_path: Path, platform: str) -> None:
    environment: dict[str, str] = {}
    frozen.prepare_environment(environment, platform, tmp_path)
    assert environment == {}  # the bundle has no etc/fonts: nothing to point at
    (tmp_path / "etc" / "fonts").mkdir(parents=True)
    frozen.prepare_environment(environment, platform, tmp_path)
    assert environment == {"FONTCONFIG_PATH": str(tmp_path / "etc" / "fonts")}
    mine = {"FONTCONFIG_PATH": "/mine"}
    frozen.prepare_environment(mine, platform, tmp_path)
    assert mine == {"FONTCONFIG_PATH": "/mine"}


@pytest.mark.process
def test_the_entry_script_runs_the_render_worker(tmp_path: Path) -> None:
    """The spec's entry script, run by Python: the worker answers the app's protocol."""
    out = tmp_path / "x.pdf"
    done = subprocess.run(
        [sys.executable, str(ENTRY), "-m", "slawriter.worker.render_worker"],
        input=json.dumps({"id": 1, "agreement": "{", "out": str(out)}) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=True,
    )
    ready, reply = (json.loads(line) for line in done.stdout.splitlines())
    assert ready["ready"] is True
    assert reply["id"] == 1 and reply["ok"] is False  # "{" is no agreement, and says so
