"""slawriter.bundled: the command that starts slawriter in a child process, from a Python
installation and from the self-contained app (PyInstaller)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from slawriter import bundled

ROOT = Path(__file__).resolve().parent.parent


def test_module_command_runs_a_child_module() -> None:
    assert bundled.module_command("slawriter") == [sys.executable, "-m", "slawriter"]
    assert bundled.module_command("slawriter.worker.render_worker") == [
        sys.executable,
        "-m",
        "slawriter.worker.render_worker",
    ]


def test_module_command_in_the_bundle_is_the_bundles_executable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/slawriter/slawriter")
    assert bundled.is_frozen()
    assert bundled.module_command("slawriter") == ["/opt/slawriter/slawriter", "-m", "slawriter"]


def test_module_command_refuses_other_modules() -> None:
    with pytest.raises(ValueError, match="not one of slawriter's child modules"):
        bundled.module_command("os")


def test_child_environment_puts_the_checkout_first_on_pythonpath() -> None:
    environment = bundled.child_environment({"PYTHONPATH": "/elsewhere", "HOME": "/h"})
    assert environment["PYTHONPATH"] == str(ROOT) + os.pathsep + "/elsewhere"
    assert environment["HOME"] == "/h"
    assert bundled.child_environment({})["PYTHONPATH"] == str(ROOT)


def test_child_environment_in_the_bundle_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    given = {"PYTHONPATH": "/elsewhere", "HOME": "/h"}
    assert bundled.child_environment(given) == given


@pytest.mark.process
def test_the_command_really_starts_slawriter(tmp_path: Path) -> None:
    """From another folder, with the environment the app gives its children."""
    done = subprocess.run(
        [*bundled.module_command("slawriter"), "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=bundled.child_environment(os.environ),
        timeout=60,
        check=True,
    )
    assert done.stdout.startswith("slawriter ")
