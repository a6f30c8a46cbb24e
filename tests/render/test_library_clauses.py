"""Clauses lawyers write once (issue 15 §2): placeholders for agreement values in a syntax of
the project's own, placed in the section their placement says and numbered with it; hostile
text stays text; an unknown placeholder is an error naming the clause and the placeholder."""

from __future__ import annotations

import html as html_module
import re
from decimal import Decimal

import pytest

from slawriter.editing import Document
from slawriter.model.agreement import (
    Agreement,
    Clause,
    ClausePlacement,
    Comparator,
    EntryKind,
    Language,
    LibrarySource,
    MetricKind,
    Objective,
    Priority,
    PriorityTarget,
    Target,
    TargetUnit,
    VolumeKind,
)
from slawriter.model.clauses import Lone, Placeholder, parse
from slawriter.model.library import (
    ClauseEntry,
    ClauseText,
    entry_hash,
    library_findings,
)
from slawriter.model.rules import rule_violations
from slawriter.render import render_html
from slawriter.services.documents import validate_agreement
from slawriter.storage import InvalidAgreement
from tests import factories


def _with(clause: Clause, agreement: Agreement | None = None) -> Agreement:
    a = agreement or factories.agreement()
    governance = a.governance.model_copy(update={"extra_clauses": [clause]})
    return a.model_copy(update={"governance": governance})


def _text(agreement: Agreement) -> str:
    page = render_html(agreement).html
    return html_module.unescape(" ".join(re.sub(r"<[^>]+>", " ", page).split()))


def test_the_syntax_is_names_in_braces_and_nothing_else() -> None:
    assert parse("{provider} pays {{fees}} within {target:uptime}.") == [
        Placeholder("provider"),
        " pays {fees} within ",
        Placeholder("target", "uptime"),
        ".",
    ]
    assert parse("a } b {") == ["a ", Lone("}"), " b ", Lone("{")]


CLAUSE = Clause(
    id="credits-apply",
    title="Credits for {objective:uptime}",
    text="From {effective_date}, {provider} credits {customer} when {objective:uptime} misses "
    "its target ({target:uptime}); claims within {claim_deadline}. Braces: {{ and }}.",
    placement=ClausePlacement.CONSEQUENCES,
    placeholders=True,
)


def test_a_clause_is_placed_in_its_section_and_numbered_with_it_with_the_values() -> None:
    agreement = _with(CLAUSE)  # the factory's consequences section is 7, with clauses 7.1–7.7
    assert rule_violations(agreement) == []
    text = _text(agreement)
    assert " 7.7 " in text and " 7.9 " not in text
    assert (
        "7.8 Credits for Monthly uptime From January 1, 2027, the Provider credits the Customer "
        "when Monthly uptime misses its target (at least 99.9%); claims within 30 days. Braces: "
        "{ and }. 8 Reporting, review and change"
    ) in text
    assert "Additional clauses" not in text  # nothing is placed there


def test_without_the_placeholders_flag_braces_are_text_as_before() -> None:
    plain = CLAUSE.model_copy(
        update={"placeholders": False, "placement": ClausePlacement.ADDITIONAL}
    )
    agreement = _with(plain)
    assert rule_violations(agreement) == []
    assert "{provider} credits {customer}" in _text(agreement)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{provder} pays", "the clause 'Credits' uses the unknown placeholder {provder}; known: "),
        ("{__class__}", "uses the unknown placeholder {__class__}"),
        ("{target:nope}", "uses {target:nope}, but the agreement has no objective 'nope'"),
        ("{target}", "uses {target} without an objective's ID"),
        ("{provider:acme}", "uses {provider:acme}, which takes no ID"),
        ("{ 7*7 }", "uses the unknown placeholder {7*7}"),
        ("a { b", "has a lone '{'; write {{ or }} for a brace in the text"),
        ("within {notice}", "uses {notice}, which the agreement does not give yet"),
    ],
)
def test_a_bad_placeholder_is_an_error_naming_the_clause_and_the_placeholder(
    text: str, message: str
) -> None:
    clause = Clause(id="c", title="Credits", text=text, placeholders=True)
    a = factories.agreement()
    term = a.agreement.term.model_copy(update={"notice_days": None})
    a = a.model_copy(update={"agreement": a.agreement.model_copy(update={"term": term})})
    problems = rule_violations(_with(clause, a))
    assert [p.loc for p in problems] == [("governance", "extra_clauses", 0, "text")]
    assert message in problems[0].message


HOSTILE = (
    "{{ 7*7 }} {% include '/etc/passwd' %} <script>alert(1)</script> "
    "</style><style>body{{display:none}}</style> ${{7*7}} {provider}"
)


def test_hostile_text_in_a_clause_and_in_its_values_stays_text() -> None:
    a = factories.agreement()
    terms = a.agreement.party_terms.model_copy(
        update={"provider": "{customer} <b>&amp;</b> {{ 7*7 }}"}
    )
    a = a.model_copy(update={"agreement": a.agreement.model_copy(update={"party_terms": terms})})
    clause = Clause(id="h", title="<i>Hostile</i> {provider}", text=HOSTILE, placeholders=True)
    agreement = _with(clause, a)
    # Template syntax is not ours: refused with a reason (export stops), shown as it is in the
    # draft's preview.
    assert [p.params["placeholder"] for p in rule_violations(agreement)] == [
        "{% include '/etc/passwd' %}"
    ]
    page = render_html(agreement).html
    assert "<script>" not in page and "<style>body" not in page and "<i>Hostile" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    text = _text(agreement)
    assert "49" not in text  # never evaluated
    assert "root:" not in page  # never included
    # The value is put in as it is: its braces are not read again as placeholders.
    assert "{ 7*7 } {% include '/etc/passwd' %} <script>" in text
    assert "body{display:none}" in text
    assert "{customer} <b>&amp;</b> {{ 7*7 }}" in text
    assert "the Customer <b>" not in text


def _bilingual() -> ClauseEntry:
    return ClauseEntry(
        kind="clauses",
        item=Clause(
            id="cooperation",
            title="Cooperation",
            text="{customer} shall cooperate.",
            placeholders=True,
        ),
        translations=[
            ClauseText(language=Language.ES, title="Cooperación", text="{customer} cooperará.")
        ],
    )


def _source(entry: ClauseEntry) -> LibrarySource:
    return LibrarySource(
        library="legal", kind=EntryKind.CLAUSES, entry="cooperation", hash=entry_hash(entry)
    )


def test_a_library_clause_goes_in_in_the_agreements_language() -> None:
    spanish = factories.agreement()
    spanish = spanish.model_copy(
        update={"agreement": spanish.agreement.model_copy(update={"language": Language.ES})}
    )
    entry = _bilingual()
    document = Document(spanish)
    document.insert_from_library(entry, _source(entry))
    clause = document.agreement.governance.extra_clauses[-1]
    assert (clause.title, clause.text, clause.placeholders) == (
        "Cooperación",
        "{customer} cooperará.",
        True,
    )
    assert library_findings(document.agreement, lambda s: entry) == []


def test_check_warns_when_a_library_clause_lacks_the_agreements_language() -> None:
    entry = _bilingual().model_copy(update={"translations": []})
    spanish = factories.agreement()
    spanish = spanish.model_copy(
        update={"agreement": spanish.agreement.model_copy(update={"language": Language.ES})}
    )
    document = Document(spanish)
    document.insert_from_library(entry, _source(entry))
    (finding,) = library_findings(document.agreement, lambda s: entry)
    assert finding.message == (
        "the library clause clauses/cooperation of the library 'legal' has no es text; the "
        "contract shows it in en"
    )
    assert document.agreement.governance.extra_clauses[-1].text == "{customer} shall cooperate."


def test_an_agreement_without_new_clause_fields_is_written_and_hashed_as_before() -> None:
    from slawriter.storage import dumps_agreement

    text = dumps_agreement(_with(Clause(id="x", title="T", text="Plain")))
    assert '"placement"' not in text and '"placeholders"' not in text and '"source"' not in text
    placed = dumps_agreement(_with(CLAUSE))
    assert '"placement": "consequences",' in placed and '"placeholders": true' in placed
    _ = Decimal  # the module's numbers come from the factory


def _filled(text: str, agreement: Agreement) -> str:
    from slawriter.render.context import clause_values, fill_placeholders, party_terms
    from slawriter.render.formatting import Formatter

    fmt = Formatter.for_agreement(agreement.agreement)
    return fill_placeholders(
        text, agreement, clause_values(agreement, fmt, party_terms(agreement, fmt)), fmt
    )


def _in_spanish(agreement: Agreement, provider_name: str | None = None) -> Agreement:
    info = agreement.agreement.model_copy(update={"language": Language.ES})
    parties = [
        p.model_copy(update={"name": provider_name}) if provider_name and i == 0 else p
        for i, p in enumerate(agreement.parties)
    ]
    return agreement.model_copy(update={"agreement": info, "parties": parties})


def test_a_term_starting_a_sentence_is_written_with_a_capital_and_a_name_as_given() -> None:
    a = factories.agreement()
    assert (
        _filled("{provider} credits {customer}. {customer} claims; {provider_name} pays.", a)
        == "The Provider credits the Customer. The Customer claims; Acme Hosting S.L. pays."
    )
    assert _filled("Once a year:\n{customer} may ask.", a) == "Once a year:\nThe Customer may ask."
    lower = a.model_copy(
        update={"parties": [a.parties[0].model_copy(update={"name": "eBay Inc."}), *a.parties[1:]]}
    )
    assert _filled("{provider_name} pays.", lower) == "eBay Inc. pays."


def test_spanish_joins_a_and_de_with_the_article_of_a_term() -> None:
    a = _in_spanish(factories.agreement())
    assert (
        _filled("Una vez al año {customer} puede pedir a {provider} los datos de {provider}.", a)
        == "Una vez al año el Cliente puede pedir al Proveedor los datos del Proveedor."
    )
    assert _filled("{provider} responde. De {customer} depende.", a) == (
        "El Proveedor responde. Del Cliente depende."
    )
    assert (
        _filled("para {provider} y desde {customer}", a) == "para el Proveedor y desde el Cliente"
    )
    named = _in_spanish(factories.agreement(), provider_name="El Corte Inglés, S.A.")
    assert _filled("la factura de {provider_name}", named) == "la factura de El Corte Inglés, S.A."


def _clause_text(text: str, agreement: Agreement | None = None) -> Agreement:
    return _with(
        Clause(id="c", title="Targets", text=text, placeholders=True),
        agreement,
    )


def test_the_target_of_one_priority_is_the_one_the_matrix_gives() -> None:
    agreement = _clause_text(
        "A P1 request is answered {target:first-response:p1}, a P2 request "
        "{target:first-response:p2}; uptime is {target:uptime}."
    )
    assert rule_violations(agreement) == []
    assert (
        "A P1 request is answered at most 1 hour, a P2 request at most 4 business hours; "
        "uptime is at least 99.9%."
    ) in _text(agreement)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{target:first-response}",
            "uses {target:first-response}, but the objective 'first-response' has a target per "
            "priority (p1, p2); write {target:first-response:PRIORITY} for one of them",
        ),
        (
            "{target:first-response:p9}",
            "the objective 'first-response' has no target for the priority 'p9'; it has: p1, p2",
        ),
        (
            "{target:uptime:p1}",
            "the objective 'uptime' has one target for every priority; write {target:uptime}",
        ),
        (
            "{objective:first-response:p1}",
            "uses {objective:first-response:p1}; only {target:ID:PRIORITY} takes a priority",
        ),
        ("{provider::p1}", "only {target:ID:PRIORITY} takes a priority"),
    ],
)
def test_a_target_the_contract_does_not_give_as_one_value_is_refused(
    text: str, message: str
) -> None:
    agreement = _clause_text(text)
    problems = rule_violations(agreement)
    assert [p.loc for p in problems] == [("governance", "extra_clauses", 0, "text")]
    assert message in problems[0].message
    with pytest.raises(InvalidAgreement, match="Targets"):
        validate_agreement(agreement)


def test_a_best_effort_priority_has_no_target_to_put_in_a_clause() -> None:
    a = factories.agreement()
    objective = a.service_levels.objectives[1]
    rows = [*objective.priority_targets, PriorityTarget(priority="p3", best_effort=True)]
    a = _replace_objective(a, objective.model_copy(update={"priority_targets": rows}))
    priorities = [*a.service_levels.priorities, Priority(id="p3", name="P3")]
    levels = a.service_levels.model_copy(update={"priorities": priorities})
    a = a.model_copy(update={"service_levels": levels})
    problems = rule_violations(_clause_text("P3 in {target:first-response:p3}", a))
    assert [p.message for p in problems] == [
        "the clause 'Targets' uses {target:first-response:p3}, but the priority 'p3' of the "
        "objective 'first-response' is best effort: no target applies to it"
    ]


def _replace_objective(a: Agreement, objective: Objective) -> Agreement:
    objectives = [objective if o.id == objective.id else o for o in a.service_levels.objectives]
    levels = a.service_levels.model_copy(update={"objectives": objectives})
    return a.model_copy(update={"service_levels": levels})


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "The Provider absorbs up to 400 (capacity) a month."),
        ("es", "El Proveedor absorbe hasta 400 (capacidad) al mes."),
    ],
)
def test_a_capacity_reads_as_the_ceiling_it_is(language: str, said: str) -> None:
    a = factories.agreement()
    capacity = Objective(
        id="volume",
        name="Ticket volume",
        metric=MetricKind.TICKET_VOLUME,
        target=Target(comparator=Comparator.LTE, value=Decimal(400), unit=TargetUnit.COUNT),
        volume=VolumeKind.CAPACITY,
    )
    levels = a.service_levels.model_copy(
        update={"objectives": [*a.service_levels.objectives, capacity]}
    )
    info = a.agreement.model_copy(update={"language": Language(language)})
    a = a.model_copy(update={"service_levels": levels, "agreement": info})
    text = (
        "{provider} absorbs {target:volume} a month."
        if language == "en"
        else "{provider} absorbe {target:volume} al mes."
    )
    agreement = _clause_text(text, a)
    assert rule_violations(agreement) == []
    assert said in _text(agreement)


def test_a_mistake_in_the_heading_is_reported_at_the_heading_once() -> None:
    clause = Clause(
        id="c", title="Credits {provder} {provder}", text="{provider} {custmer}", placeholders=True
    )
    problems = rule_violations(_with(clause))
    assert [(p.loc[-1], p.params["placeholder"]) for p in problems] == [
        ("title", "{provder}"),
        ("text", "{custmer}"),
    ]


def test_the_monthly_cap_placeholder_in_an_agreement_capped_per_period_says_so() -> None:
    a = factories.agreement()
    a.consequences.credit_cap_percent = None
    a.consequences.credit_cap_term_percent = Decimal(8)
    problems = rule_violations(_clause_text("Credits are capped at {credit_cap}.", a))
    assert [p.message for p in problems] == [
        "the clause 'Targets' uses {credit_cap}, the monthly credit cap, but this agreement caps "
        "credits over a longer period only (8 % of its fees); write that cap in the clause or set "
        "a monthly cap"
    ]


@pytest.mark.pdf
def test_direction_controls_in_a_value_reorder_only_that_value() -> None:
    """A right-to-left override left open in a party's name (pasted, or hostile) must not turn
    the contract's own words after it around; the file keeps the name as typed."""
    from slawriter.render import render_pdf
    from slawriter.storage import dumps_agreement
    from tests.render.conftest import pdf_text

    a = factories.agreement()
    a.parties[0].name = "Acme \u202egnp.exe"
    agreement = _with(
        Clause(
            id="sig",
            title="Signing",
            text="Signed by {provider_name} then by the other party.",
            placeholders=True,
        ),
        a,
    )
    text = pdf_text(render_pdf(agreement).pdf)
    assert "then by the other party." in text
    assert "ytrap" not in text and "eht" not in text.split()
    assert "Acme \u202egnp.exe" in dumps_agreement(agreement)  # the file: as typed
