"""Shared renders: WeasyPrint takes a second or two per contract, so each is made once."""

from __future__ import annotations

import io

import pytest

from slawriter.model import Agreement
from slawriter.render import RenderResult, render_pdf

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
