"""Shared renders: WeasyPrint takes a second or two per contract, so each is made once."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from slawriter.model import Agreement
from slawriter.model.types import Language
from slawriter.render import RenderResult, render_pdf
from slawriter.services.export import export_pdf
from slawriter.services.presets import Preset

from .sample import full_agreement


def pdf_text(pdf: bytes) -> str:
    """All page text, whitespace collapsed (line breaks in the PDF do not matter)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.fixture(scope="session")
def full_en() -> Agreement:
    return full_agreement("en")


@pytest.fixture(scope="session")
def full_es() -> Agreement:
    return full_agreement("es")


@pytest.fixture(scope="session")
def pdf_en(full_en: Agreement) -> RenderResult:
    return render_pdf(full_en)


@pytest.fixture(scope="session")
def pdf_es(full_es: Agreement) -> RenderResult:
    return render_pdf(full_es, style="internal")


@pytest.fixture(scope="session")
def text_en(pdf_en: RenderResult) -> str:
    return pdf_text(pdf_en.pdf)


@pytest.fixture(scope="session")
def text_es(pdf_es: RenderResult) -> str:
    return pdf_text(pdf_es.pdf)


PresetExport = Callable[[Preset, str], tuple[Agreement, Path]]


@pytest.fixture(scope="session")
def preset_export(tmp_path_factory: pytest.TempPathFactory) -> PresetExport:
    """``preset`` with its contract language set to ``language``, exported as the app and the
    command line export it (once per session: the language and the tagging tests read it)."""
    folder = tmp_path_factory.mktemp("preset-exports")
    done: dict[tuple[str, str], tuple[Agreement, Path]] = {}

    def export(preset: Preset, language: str) -> tuple[Agreement, Path]:
        if (preset.name, language) not in done:
            agreement = preset.load()
            agreement.agreement.language = Language(language)
            out = folder / f"{preset.name}.{language}.pdf"
            assert export_pdf(agreement, out) == []
            done[preset.name, language] = (agreement, out)
        return done[preset.name, language]

    return export
