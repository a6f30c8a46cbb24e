"""Every bundled preset exports to a complete PDF/A that gives its agreement back."""

from __future__ import annotations

import difflib
import io
from functools import cache
from pathlib import Path

import pytest

from slawriter.bundled import resources_dir
from slawriter.render import RenderResult, agreement_from_pdf, render_pdf
from slawriter.storage import dumps_agreement, load_agreement

from .conftest import pdf_text
from .snapshots import dumps, snapshot, snapshot_path
from .test_contents import _missing

PRESETS = sorted((resources_dir() / "presets").glob("*.sla.json"))


@cache
def _exported(path: Path) -> RenderResult:
    return render_pdf(load_agreement(path))


@pytest.mark.pdf
@pytest.mark.skipif(not PRESETS, reason="no presets bundled yet")
@pytest.mark.parametrize("path", PRESETS, ids=[p.name for p in PRESETS])
def test_preset_exports_completely(path: Path) -> None:
    from pypdf import PdfReader

    agreement = load_agreement(path)
    result = _exported(path)
    assert result.warnings == []
    assert dumps_agreement(agreement_from_pdf(result.pdf)) == path.read_text(encoding="utf-8")
    reader = PdfReader(io.BytesIO(result.pdf))
    total = len(reader.pages)
    page_word = "Página" if agreement.agreement.language.value == "es" else "Page"
    of_word = "de" if agreement.agreement.language.value == "es" else "of"
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join((page.extract_text() or "").split())
        assert f"{page_word} {number} {of_word} {total}" in text
    assert _missing(agreement, pdf_text(result.pdf)) == []
    assert set(result.signature_anchors) == {s.id for s in agreement.signoff.signatories}


@pytest.mark.pdf
@pytest.mark.parametrize("path", PRESETS, ids=[p.name for p in PRESETS])
def test_preset_contract_reads_as_its_snapshot(path: Path) -> None:
    """Every page's text and every bookmark (title, level, page) as the snapshot has them: a
    change made for speed must not move a word to another page or a heading in the outline."""
    expected = snapshot_path(path).read_text(encoding="utf-8")
    actual = dumps(snapshot(_exported(path).pdf))
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                str(snapshot_path(path)),
                "this export",
                n=2,
            )
        )
        pytest.fail(
            f"{path.name}'s contract no longer reads as its snapshot (pages' text or bookmarks); "
            "if that is meant, write the snapshots again with "
            "'.venv/bin/python -m tests.render.snapshots --write' and review their diff:\n"
            + diff[:6000]
        )
