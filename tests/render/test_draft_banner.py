"""A draft that breaks the rules still renders (the preview), with its problems on page one."""

from __future__ import annotations

import io

import pytest

from slawriter.model import Agreement
from slawriter.model.types import Language
from slawriter.render import render_html, render_pdf
from tests import factories
from tests.services.test_refusal import one_party


def _in(language: Language, agreement: Agreement) -> Agreement:
    info = agreement.agreement.model_copy(update={"language": language})
    return agreement.model_copy(update={"agreement": info})


def test_a_valid_agreement_has_no_banner() -> None:
    html = render_html(factories.agreement()).html
    assert "draft-problems" not in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        (Language.EN, "This draft has 3 problems to fix before it can be exported:"),
        (Language.ES, "Este borrador tiene 3 problemas que corregir antes de poder exportarse:"),
    ],
)
def test_the_banner_lists_every_problem_in_the_contract_language(
    language: Language, heading: str
) -> None:
    html = render_html(_in(language, one_party())).html
    assert heading in html
    assert "Parties: an agreement needs at least two parties; it has 1" in html
    assert html.count("refers to party &#39;shop&#39;, which does not exist") == 2
    other = "Este borrador" if language is Language.EN else "This draft has"
    assert other not in html


@pytest.mark.pdf
def test_the_banner_is_on_the_first_page_of_the_preview_with_the_watermark() -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(render_pdf(one_party()).pdf))
    first = " ".join(reader.pages[0].extract_text().split())
    assert "This draft has 3 problems to fix before it can be exported" in first
    assert "DRAFT" in first
    assert "at least two parties" in first
