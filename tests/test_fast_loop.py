"""``make test-fast``: the slow tests are left out, and a slow test nobody marked cannot hide."""

from __future__ import annotations

from pathlib import Path

import pytest

SAMPLE = """
import subprocess, sys

import pytest

def test_quick():
    assert True

@pytest.mark.process
def test_marked():
    subprocess.run([sys.executable, "-c", "pass"], check=True)

def test_unmarked():
    subprocess.run([sys.executable, "-c", "pass"], check=True)

def test_prints_a_pdf():
    import weasyprint
"""


@pytest.mark.process
def test_fast_leaves_out_the_marked_and_fails_the_unmarked(
    pytester: pytest.Pytester, repo_root: Path
) -> None:
    pytester.makeconftest((repo_root / "tests" / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(test_sample=SAMPLE)
    fast = pytester.runpytest_subprocess("--fast", "-p", "no:cacheprovider")
    fast.assert_outcomes(passed=1, failed=2, deselected=1)
    fast.stdout.fnmatch_lines(
        [
            "*this test starts a child process but is not marked: add @pytest.mark.process*",
            "*this test prints a PDF (imports WeasyPrint) but is not marked: add @pytest.mark.pdf*",
        ],
        consecutive=False,
    )
    everything = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    everything.assert_outcomes(passed=4)
