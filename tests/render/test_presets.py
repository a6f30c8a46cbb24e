"""Every bundled preset exports to a complete PDF/A that gives its agreement back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from slawriter.bundled import resources_dir
from slawriter.render import agreement_from_pdf, render_pdf
from slawriter.storage import dumps_agreement, load_agreement

from .conftest import pdf_text
from .test_contents import _missing

PRESETS = sorted((resources_dir() / "presets").glob("*.sla.json"))


@pytest.mark.pdf
@pytest.mark.skipif(not PRESETS, reason="no presets bundled yet")
@pytest.mark.parametrize("path", PRESETS, ids=[p.name for p in PRESETS])
def test_preset_exports_completely(path: Path) -> None:
    from pypdf import PdfReader

    agreement = load_agreement(path)
    result = render_pdf(agreement)
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
