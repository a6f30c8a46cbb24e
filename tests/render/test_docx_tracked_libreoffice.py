"""The Word redline in a real word processor: LibreOffice Writer's Accept All gives the newer
contract's text and Reject All the older one's, as LibreOffice reads the plain Word exports of
the two — same paragraphs, same clause numbers and item letters, same order. Skipped where
LibreOffice is not installed (``slawriter/system.py``, group ``word``: CI installs it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from slawriter.model import Agreement
from slawriter.render.docx import contract_blocks, render_docx, render_tracked_docx

from .libreoffice import TEXT, convert, resolved_text
from .test_docx_tracked import _preset, edited

pytestmark = [
    pytest.mark.process,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]

# Two presets in each language: a support desk and an availability service, both looks — every
# edit at once ("all"). A whole clause with its table added right after a clause like it
# (it-support, customer-support) was where LibreOffice used to leave an empty paragraph: it
# cannot take away a paragraph whose mark is inserted or deleted right before a table. Then the
# two redlines where the paragraph before inserted (customer-support en) or deleted
# (saas-subscription en) paragraphs is a heading: the mark moves to the heading, and the layout
# change with it.
#
# Not resolved: two clauses with tables added (or removed) one after the other. LibreOffice needs
# a paragraph kept by both versions right before each table; between the two inserted tables
# there are only inserted paragraphs, and the older version has no paragraph there to keep
# (a kept paragraph mark is one paragraph of each version). Reject All leaves one empty
# paragraph (Accept All, for two removed). Making one would mean showing a clause that did not
# change as deleted and inserted again. strict: the day LibreOffice or the writer does better,
# these cases say so.
_TWO_TABLES = pytest.mark.xfail(
    strict=True,
    reason="LibreOffice leaves an empty paragraph between two inserted (deleted) tables",
)
PAIRS = [
    ("it-support", "en", "all"),
    ("saas-availability", "en", "all"),
    ("customer-support", "es", "all"),
    ("onboarding", "es", "all"),
    ("customer-support", "en", "clause-added"),
    ("saas-subscription", "en", "all"),
    pytest.param("it-support", "en", "two-clauses-added", marks=_TWO_TABLES),
    pytest.param("it-support", "en", "two-clauses-removed", marks=_TWO_TABLES),
]


def _two_clauses_added(agreement: Agreement) -> Agreement:
    data = agreement.model_dump(mode="python")
    objectives = data["service_levels"]["objectives"]
    for index, name in enumerate(["First added objective", "Second added objective"]):
        objectives.insert(1 + index, {**objectives[0], "id": f"added-{index}", "name": name})
    return Agreement.model_validate(data)


@pytest.mark.parametrize(("name", "language", "edit"), PAIRS)
def test_libreoffice_accepts_and_rejects_to_each_version(
    name: str, language: str, edit: str, tmp_path: Path
) -> None:
    old = _preset(name, language)
    if edit == "two-clauses-added":
        new = _two_clauses_added(old)
    elif edit == "two-clauses-removed":
        old, new = _two_clauses_added(old), old
    else:
        new = edited(old) if edit == "all" else edited(old, edit)
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
