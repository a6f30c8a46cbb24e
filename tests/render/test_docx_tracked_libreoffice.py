"""The Word redline in a real word processor: LibreOffice Writer's Accept All gives the newer
contract's text and Reject All the older one's, as LibreOffice reads the plain Word exports of
the two — same paragraphs, same clause numbers and item letters, same order. Skipped where
LibreOffice is not installed (``slawriter/system.py``, group ``word``: CI installs it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from slawriter.render.docx import contract_blocks, render_docx, render_tracked_docx

from .libreoffice import TEXT, convert, resolved_text
from .test_docx_tracked import _preset, edited

pytestmark = [
    pytest.mark.process,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]

# Two presets in each language: a support desk and an availability service, both looks.
# Known defect, not yet fixed (issue 13 §2 stays open for it): where the edit inserts a whole table
# right after a paragraph (it-support's and customer-support's incident response clause),
# LibreOffice shows one extra empty paragraph after Accept All and after Reject All. The text of
# both versions is otherwise the same; the XML's own accept/reject (test_docx_tracked.py) is exact.
# strict: the day it is fixed, these cases say so.
_EXTRA_EMPTY_PARAGRAPH = pytest.mark.xfail(
    strict=True, reason="LibreOffice adds an empty paragraph where a whole table was inserted"
)
PAIRS = [
    pytest.param("it-support", "en", marks=_EXTRA_EMPTY_PARAGRAPH),
    ("saas-availability", "en"),
    pytest.param("customer-support", "es", marks=_EXTRA_EMPTY_PARAGRAPH),
    ("onboarding", "es"),
]


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_libreoffice_accepts_and_rejects_to_each_version(
    name: str, language: str, tmp_path: Path
) -> None:
    old = _preset(name, language)
    new = edited(old)
    look = contract_blocks(new)[1]
    tracked = tmp_path / "redline.docx"
    tracked.write_bytes(render_tracked_docx(old, new, author="Ana García"))
    (tmp_path / "new.docx").write_bytes(render_docx(new, style=look).docx)
    (tmp_path / "old.docx").write_bytes(render_docx(old, style=look).docx)
    profile = tmp_path / "profile"
    convert(profile, tmp_path, TEXT, [tmp_path / "new.docx", tmp_path / "old.docx"])
    accepted = resolved_text(profile, tracked, accept=True)
    rejected = resolved_text(profile, tracked, accept=False)
    assert accepted.splitlines() == (tmp_path / "new.txt").read_text("utf-8-sig").splitlines()
    assert rejected.splitlines() == (tmp_path / "old.txt").read_text("utf-8-sig").splitlines()
