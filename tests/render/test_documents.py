"""One output pipeline (issue 12 §1): the contract, the redline and the compliance report are each
a context builder plus its templates, rendered in the one sandboxed environment with the one set
of catalogs and printed by the one printer. What a person typed is printed, never run."""

from __future__ import annotations

import gettext
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

from slawriter.bundled import templates_dir
from slawriter.model.agreement import Agreement
from slawriter.model.types import Language
from slawriter.render import formatting, render_html
from slawriter.render import html as environment
from slawriter.render.documents import Document, document_html, print_document, print_job
from slawriter.render.documents.redline import redline_document
from slawriter.render.documents.report import report_document
from slawriter.services import redline
from slawriter.services.compliance import compliance_report, report_html
from slawriter.storage import load_agreement
from tests.factories import agreement as make_agreement

ROOT = Path(__file__).resolve().parents[2]
SUPPORT = ROOT / "resources" / "presets" / "customer-support.sla.json"
TICKETS = ROOT / "tests" / "data" / "compliance" / "support-tickets.csv"

# What a person might type that a template engine would run if it ever compiled it.
INJECTIONS = (
    "{{ ''.__class__.__mro__ }}",
    "{{ 7 * 7 }}",
    "{% for x in range(3) %}loop{% endfor %}",
    "<script>alert(1)</script>",
)


def _support(language: str = "en", name: str | None = None) -> Agreement:
    agreement = load_agreement(SUPPORT)
    agreement.agreement.language = Language(language)
    if name is not None:
        agreement.service_levels.objectives[0].name = name
        agreement.agreement.title = name
    return agreement


def _text(page: str) -> str:
    page = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _comparison(language: str, name: str = "Acme") -> redline.Comparison:
    old = make_agreement()
    old.agreement.language = Language(language)
    new = old.model_copy(deep=True)
    new.parties[0].name = name
    new.scope.out_of_scope = []
    return redline.compare(old, new)


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[Environment, str]]]:
    """(environment, template name) of every template rendered, from no environment built."""
    seen: list[tuple[Environment, str]] = []
    real = Environment.get_template

    def spy(self: Environment, name: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append((self, str(name)))
        return real(self, name, *args, **kwargs)

    monkeypatch.setattr(Environment, "get_template", spy)
    environment._environment.cache_clear()
    yield seen
    environment._environment.cache_clear()


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_document_renders_in_the_one_sandboxed_environment(
    rendered: list[tuple[Environment, str]], language: str
) -> None:
    agreement = _support(language)
    render_html(agreement)
    comparison = _comparison(language)
    rendered.clear()  # compare() renders both contracts; the redline itself is next
    redline.report_html(comparison)
    report_html(compliance_report(agreement, "2026-03", tickets=TICKETS), agreement)
    render_html(agreement)
    the_one = environment._environment(None, language)
    assert isinstance(the_one, SandboxedEnvironment)
    assert the_one.autoescape is True
    assert [name for env, name in rendered if env is not the_one] == []
    names = [name for _, name in rendered]  # the documents' templates and what they include
    assert names[:2] == ["redline/redline.html", "report/report.html"]
    assert "contract.html" in names and "partials/title.html" in names


def test_the_compliance_report_prints_what_was_typed_as_it_was_typed() -> None:
    for typed in INJECTIONS:
        agreement = _support(name=typed)
        report = compliance_report(agreement, "2026-03", tickets=TICKETS)
        page = report_html(report, agreement)
        assert typed not in page or "<" not in typed  # markup is escaped…
        assert html.escape(typed, quote=False) in page.replace("&#39;", "'").replace("&#34;", '"')
        assert typed in _text(page)  # …and reads exactly as typed
        assert "<class 'object'>" not in page and "loop loop" not in _text(page)
        assert " 49 " not in f" {_text(page)} "


def test_the_redline_prints_what_was_typed_as_it_was_typed() -> None:
    for typed in INJECTIONS:
        comparison = _comparison("en", name=typed)
        page = redline.report_html(comparison)
        assert any(typed in change for change in comparison.change_texts)
        assert typed in _text(page)
        assert "<script>" not in page
        assert "<class 'object'>" not in page and "loop loop" not in _text(page)


@pytest.fixture
def no_spanish_catalog(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The catalogs without their Spanish: what is still Spanish did not come from them."""

    def empty(language: str) -> gettext.NullTranslations:
        return gettext.NullTranslations()

    monkeypatch.setattr(formatting, "translations", empty)
    monkeypatch.setattr(environment, "translations", empty)
    environment._environment.cache_clear()
    yield
    environment._environment.cache_clear()


def test_the_redline_and_the_report_have_no_spanish_but_the_catalogs(
    no_spanish_catalog: None,
) -> None:
    """The hand-written Spanish of the change list and the report went into the catalogs."""
    comparison = _comparison("es")
    # English words (the catalog's msgids); only the quotation marks are still Spanish's.
    assert comparison.change_texts == [
        "Party «Acme» — Legal name or department: «Acme Hosting S.L.» → «Acme»",
        "Out of scope: “«Application code»” removed",
    ]
    assert [group.title for group in comparison.changes] == ["Agreement & parties", "Scope"]
    agreement = _support("es")
    page = _text(report_html(compliance_report(agreement, "2026-03", tickets=TICKETS), agreement))
    for english in ("Service level report", "Summary", "tickets counted", "Service credits"):
        assert english in page
    for spanish in ("Informe de niveles", "Resumen", "computados", "Créditos de servicio"):
        assert spanish not in page
    assert "marzo de 2026" in page  # the month is Babel's, in the agreement's locale


def test_a_document_is_printed_as_the_one_printer_prints_every_document() -> None:
    comparison = _comparison("en")
    agreement = _support()
    report = compliance_report(agreement, "2026-03", tickets=TICKETS)
    for document, folder in [
        (redline_document(comparison), "redline"),
        (report_document(report, agreement), "report"),
    ]:
        job = print_job(document)
        assert job.html == document_html(document)
        assert job.base_url == (templates_dir() / folder).as_uri() + "/"
        assert job.attachment is None and job.pdf_variant is None  # a plain PDF, as before
        assert str(templates_dir()) in job.roots


@pytest.mark.pdf
def test_the_report_and_the_redline_print_through_the_printer(
    caplog: pytest.LogCaptureFixture,
) -> None:
    agreement = _support("es")
    report = compliance_report(agreement, "2026-03", tickets=TICKETS)
    for document in (report_document(report, agreement), redline_document(_comparison("es"))):
        printed = print_document(document)
        assert printed.pdf.startswith(b"%PDF-")
    # WeasyPrint's messages are the print's warnings, not log records.
    assert not [r for r in caplog.records if r.name.startswith("weasyprint")]


def test_a_template_error_names_the_document_template(tmp_path: Path) -> None:
    from slawriter.render import RenderError

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "contract.html").write_text("{{ missing.value }}", encoding="utf-8")
    broken = Document("contract.html", "en", {}, template_dir=folder)
    with pytest.raises(RenderError) as refused:
        document_html(broken)
    assert str(refused.value) == "contract.html: 'missing' is undefined"


def test_the_change_list_keeps_its_own_words_where_the_contract_says_otherwise() -> None:
    old = make_agreement()
    old.agreement.language = Language.ES
    new = old.model_copy(deep=True)
    new.agreement.document_id = "SLA-2027-002"
    comparison = redline.compare(old, new)
    assert comparison.change_texts == [
        "Identificador del documento: «SLA-2027-001» → «SLA-2027-002»"
    ]
    # The redline's own header says it as the contract does (context "change list" above).
    assert '<th scope="row">Referencia del documento</th>' in redline.report_html(comparison)
