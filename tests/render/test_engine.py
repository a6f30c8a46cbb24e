"""WeasyPrint is imported without searching for its libraries in subprocesses."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sonames")


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.process
def test_weasyprint_loads_its_libraries_without_running_any_program() -> None:
    out = _run(
        """
        import subprocess
        started = []
        real = subprocess.Popen.__init__
        def spy(self, args, *a, **k):
            started.append(args)
            real(self, args, *a, **k)
        subprocess.Popen.__init__ = spy
        from slawriter.render.engine import load_weasyprint
        weasyprint = load_weasyprint()
        pdf = weasyprint.HTML(string="<p>Hello</p>").write_pdf()
        import ctypes.util
        print(len(started), pdf[:5].decode(), ctypes.util.find_library.__module__)
        """
    )
    assert out.split() == ["0", "%PDF-", "ctypes.util"]


@pytest.mark.process
def test_weasyprint_is_imported_the_usual_way_when_a_soname_does_not_open() -> None:
    out = _run(
        """
        import slawriter.render.engine as engine
        def fails():
            import weasyprint.urls  # half an import left behind
            raise OSError("cannot open shared object file")
        engine._import_with_sonames = fails
        weasyprint = engine.load_weasyprint()
        print(weasyprint.HTML(string="<p>Hello</p>").write_pdf()[:5].decode())
        """
    )
    assert out.strip() == "%PDF-"
