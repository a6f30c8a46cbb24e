"""The command line's export prints in a child process that imported WeasyPrint meanwhile."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from slawriter.bundled import resources_dir
from slawriter.render import agreement_from_pdf, render_pdf
from slawriter.storage import load_agreement

from .conftest import pdf_text

ROOT = Path(__file__).resolve().parents[2]
PRESET = resources_dir() / "presets" / "customer-support.sla.json"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork on Linux")


def _run(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


_EXPORT = """
    import os, sys
    from slawriter.render.forked import forked_printer
    with forked_printer() as printer:
        child = getattr(printer, "__self__", None)
        {before}
        from slawriter.services.export import export_pdf
        warnings = export_pdf(sys.argv[1], sys.argv[2], printer=printer)
    print("forked" if child else "in-process", "weasyprint" in sys.modules, warnings)
"""


@pytest.mark.process
def test_the_child_prints_the_same_contract(tmp_path: Path) -> None:
    out = tmp_path / "forked.pdf"
    said = _run(_EXPORT.format(before="pass"), str(PRESET), str(out))
    assert said.split()[:2] == ["forked", "False"], "the parent never imported WeasyPrint"
    agreement = load_agreement(PRESET)
    expected = render_pdf(agreement)
    assert pdf_text(out.read_bytes()) == pdf_text(expected.pdf)
    assert agreement_from_pdf(out) == agreement


@pytest.mark.process
def test_a_child_that_dies_leaves_the_printing_to_the_caller(tmp_path: Path) -> None:
    out = tmp_path / "fallback.pdf"
    before = "import signal; os.kill(child.pid, signal.SIGKILL); os.waitpid(child.pid, 0)"
    said = _run(_EXPORT.format(before=before), str(PRESET), str(out))
    assert said.split()[:2] == ["forked", "True"], "printed in the calling process instead"
    assert agreement_from_pdf(out) == load_agreement(PRESET)


@pytest.mark.process
def test_a_bad_file_ends_the_child_too(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sla.json"
    bad.write_text('{"schema_version": 1, "parties": "two"}', encoding="utf-8")
    said = _run(
        """
        import os, sys
        from slawriter.render.forked import forked_printer
        from slawriter.storage import DocumentError, load_agreement
        try:
            with forked_printer() as printer:
                pid = printer.__self__.pid
                load_agreement(sys.argv[1])
        except DocumentError:
            pass
        try:
            os.waitpid(pid, os.WNOHANG)
            print("child still there")
        except ChildProcessError:
            print("child gone")
        """,
        str(bad),
    )
    assert said.strip() == "child gone"


@pytest.mark.process
def test_the_command_line_reports_a_bad_file_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sla.json"
    bad.write_text('{"schema_version": 1, "parties": "two"}', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "slawriter", "export", str(bad), "-o", str(tmp_path / "o.pdf")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and str(bad) in done.stderr
    assert not (tmp_path / "o.pdf").exists()


def _ended(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status  # a zombie has ended; only its exit status is left


@pytest.mark.process
def test_the_child_ends_when_its_parent_is_killed(tmp_path: Path) -> None:
    """Review finding: a killed export left its child printing on, holding the pipes of
    whatever read the command's output."""
    import signal
    import time

    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import sys, time
                from slawriter.render import printer as printing
                from slawriter.render.forked import forked_printer
                from slawriter.render.printer import PrintJob

                def slow(job):  # a print that takes a minute, in the child
                    time.sleep(60)

                printing.print_pdf = slow
                with forked_printer() as printer:
                    print(printer.__self__.pid, flush=True)
                    printer(PrintJob(html="", base_url="", roots=(), attachment=b""))
                """
            ),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    with parent.stdout:
        child = int(parent.stdout.readline())
        parent.kill()
        parent.wait(timeout=10)
    deadline = time.monotonic() + 10
    while not _ended(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    if not _ended(child):
        os.kill(child, signal.SIGKILL)
        pytest.fail("the child outlived its parent")
