"""Every value that is set in the agreement is in the contract, where a reader looks for it."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from enum import Enum
from typing import Any

import pytest
from pydantic import BaseModel

from slawriter.model import Agreement
from slawriter.model.agreement import AgreementKind, AgreementStatus, ExclusionKind, VolumeKind
from slawriter.render import RenderResult, fingerprint
from slawriter.render.context import country_name, party_terms
from slawriter.render.formatting import Formatter

# Fields that hold IDs (references between parts of the agreement) rather than reader text.
ID_FIELDS = {
    "id",
    "owners",
    "objective",
    "party",
    "priority",
    "calendar",
    "coverage_calendar",
    "responsible_party",
    "objectives",
    "schema_version",
}


def _norm(text: str) -> str:
    return " ".join(text.split())


def _walk(node: Any, path: str, fmt: Formatter, out: list[tuple[str, str]]) -> None:
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if name in ID_FIELDS:
                continue
            _walk(getattr(node, name), f"{path}.{name}", fmt, out)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _walk(item, f"{path}[{index}]", fmt, out)
    elif isinstance(node, Enum | bool) or node is None:
        return
    elif isinstance(node, str):
        for line in node.splitlines():
            if line.strip():
                out.append((path, _norm(line)))
    elif isinstance(node, dt.date):
        out.append((path, fmt.date(node)))


def expected_values(a: Agreement) -> list[tuple[str, str]]:
    """(where, text) for every set value, numbers and units formatted as the contract does."""
    fmt = Formatter.for_agreement(a.agreement)
    out: list[tuple[str, str]] = []
    _walk(a, "", fmt, out)
    # Codes are shown as names.
    out = [
        (p, country_name(v, a.agreement.language.value) if p.endswith("holidays_country") else v)
        for p, v in out
        if not p.endswith((".time_zone", ".currency", ".language", ".region"))
        # A party's own term is printed as it is defined, split at its article: the “Hiring
        # Team” (checked below as "party … term").
        and not re.fullmatch(r"\.parties\[\d+\]\.term", p)
    ]
    info = a.agreement
    out += [
        ("agreement.time_zone", info.time_zone),
        ("agreement.currency", info.currency),
        ("agreement.version", fmt.number(info.version)),
    ]
    term = info.term
    out += [("agreement.term.months", fmt.months(term.months))] if term.months else []
    out += [("term.renewal_months", fmt.months(term.renewal_months))] if term.renewal_months else []
    out += (
        [("term.notice_days", fmt.days(term.notice_days))] if term.notice_days is not None else []
    )
    for cal in a.service_levels.calendars:
        out.append(("calendar.time_zone", cal.time_zone))
    terms = party_terms(a, fmt)
    for o in a.service_levels.objectives:
        # A capacity reads "up to 400", not as a comparison.
        shown = fmt.quantity(o.target) if o.volume is VolumeKind.CAPACITY else fmt.target(o.target)
        out.append((f"objective {o.id} target", shown))
        out.append((f"objective {o.id} window", fmt.window(o.window)))
        out.append((f"objective {o.id} metric", fmt.label(o.metric)))
        out.append((f"objective {o.id} reported", fmt.label(o.reporting_frequency)))
        for pt in o.priority_targets:
            shown = (
                fmt.gettext("best effort: no target applies")
                if pt.best_effort
                else fmt.target(pt.target)
            )
            out.append((f"objective {o.id} priority {pt.priority}", shown))
        if o.internal_target:
            out.append((f"objective {o.id} internal", fmt.target(o.internal_target)))
    m = a.limitations.maintenance
    if m:
        out += [("maintenance.notice", fmt.duration(m.notice))] if m.notice else []
        out += [("maintenance.max", fmt.duration(m.max_per_month))] if m.max_per_month else []
    for e in a.limitations.exclusions:
        kind = fmt.label(e.kind)
        if e.kind is ExclusionKind.CUSTOMER_CAUSED:  # names the receiving side by its term
            kind = fmt.gettext("Caused by %(customer)s") % {"customer": terms.customer}
        out.append((f"exclusion {e.id} kind", kind))
    con = a.consequences
    for t in con.credit_tiers:
        out.append((f"tier {t.id} below", fmt.percent(t.below)))
        out.append((f"tier {t.id} credit", fmt.percent(t.credit_percent)))
        if t.at_least:
            out.append((f"tier {t.id} at_least", fmt.percent(t.at_least)))
    if con.credit_cap_percent is not None:
        out.append(("credit cap", fmt.percent(con.credit_cap_percent)))
    if con.credit_cap_term_percent is not None:
        out.append(("credit cap over the term", fmt.percent(con.credit_cap_term_percent)))
    if con.claim.applied_within_days is not None:
        out.append(("credit applied within", fmt.days(con.claim.applied_within_days)))
    if con.monthly_fee is not None:
        out.append(("monthly fee", fmt.money(con.monthly_fee)))
    if con.claim.deadline_days:
        out.append(("claim deadline", fmt.days(con.claim.deadline_days)))
    for lvl in con.escalation:
        if lvl.after:
            out.append((f"escalation {lvl.id} after", fmt.duration(lvl.after)))
        if lvl.at_percent is not None:
            out.append((f"escalation {lvl.id} at", fmt.percent(lvl.at_percent)))
    for p in a.parties:
        # Each party is defined by its term: (the “Provider”), (the “New Hire”).
        out.append((f"party {p.id} term", terms.of(p).noun))
    out.append(("status", fmt.label(a.signoff.status)))
    out.append(("kind", fmt.label(info.kind)))
    return out


def _missing(a: Agreement, text: str) -> list[str]:
    # A long word (an email address) may wrap inside a narrow table cell.
    squeezed = "".join(text.split())
    return [
        f"{where}: {value!r}"
        for where, value in expected_values(a)
        if _norm(value) not in text and "".join(value.split()) not in squeezed
    ]


@pytest.mark.pdf
def test_every_set_value_of_the_full_agreement_is_in_the_pdf(
    full_en: Agreement, text_en: str
) -> None:
    assert _missing(full_en, text_en) == []


@pytest.mark.pdf
def test_spanish_contract_has_every_value_in_spanish_formats(
    full_es: Agreement, text_es: str
) -> None:
    assert _missing(full_es, text_es) == []
    assert "4 horas hábiles" in text_es
    assert "99,95 %" in text_es
    assert "12.500,00 €" in text_es
    assert "1 de marzo de 2026" in text_es
    assert "2 de cualesquiera 3" in text_es


@pytest.mark.pdf
def test_values_are_formatted_for_english_readers(text_en: str) -> None:
    for snippet in (
        "at most 4 business hours",
        "at least 99.95%",
        "€12,500.00",
        "March 1, 2026",
        "24 months",
        "90 days",
        "Monday to Friday",
        "Spain (region MD)",
        "rolling period of 28 days",
    ):
        assert snippet in text_en


@pytest.mark.pdf
def test_contract_parts_are_present(pdf_en: RenderResult, text_en: str) -> None:
    for heading in (
        "Contents",
        "At a glance",
        "DEFINITIONS AND INTERPRETATION",
        "SERVICE CREDITS AND REMEDIES",
        "SIGNATURES",
        "Annex A. Revision history",
    ):
        assert heading in text_en
    # Numbered sections, clauses and sub-clauses.
    assert re.search(r"\b3\.1\.1 Order Platform Hosting", text_en)
    assert "DRAFT" in text_en


@pytest.mark.pdf
def test_turned_on_clauses_appear_with_their_values(text_en: str) -> None:
    assert "sole and exclusive remedy" in text_en
    assert "no later than 30 days after the end of the Measurement Period" in text_en
    assert "at least 5 business days before it begins" in text_en
    assert "missed in 2 out of any 3 consecutive Measurement Periods" in text_en
    assert "they prevail in the following order" in text_en
    assert "renews automatically for successive periods of 12 months" in text_en


def test_clauses_that_are_off_do_not_appear(full_en: Agreement) -> None:
    from slawriter.render import render_html

    con = full_en.consequences.model_copy(
        update={"sole_remedy": False, "chronic_failure": None, "credit_tiers": []}
    )
    html = render_html(full_en.model_copy(update={"consequences": con})).html
    assert "sole and exclusive remedy" not in html
    assert "Chronic Failure" not in html
    assert "Service credits." not in html


@pytest.mark.pdf
def test_every_page_has_header_footer_and_fingerprint(
    full_en: Agreement, pdf_en: RenderResult
) -> None:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_en.pdf))
    total = len(reader.pages)
    assert total >= 8
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join((page.extract_text() or "").split())
        assert f"Page {number} of {total}" in text
        assert f"Fingerprint {fingerprint(full_en)}" in text
        assert "DRAFT" in text
        if number > 1:
            assert "SLA-2026-014" in text


@pytest.mark.pdf
def test_toc_has_page_numbers_and_pdf_has_bookmarks(pdf_en: RenderResult, text_en: str) -> None:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_en.pdf))
    titles = [item["/Title"] for item in reader.outline if isinstance(item, dict)]
    assert "1 Definitions and interpretation" in titles
    assert "At a glance" in titles
    assert any(t.startswith("10 Signatures") for t in titles)
    toc = " ".join((reader.pages[1].extract_text() or "").split())
    # A dot leader (spaced dots) runs from each title to its page number.
    assert re.search(r"1 Definitions and interpretation( ?\.){5,} \d+", toc)


@pytest.mark.pdf
def test_signature_anchors_point_at_the_signature_page(
    full_en: Agreement, pdf_en: RenderResult
) -> None:
    anchors = pdf_en.signature_anchors
    assert set(anchors) == {s.id for s in full_en.signoff.signatories}
    for anchor in anchors.values():
        assert anchor.width > 0 and anchor.height > 0
        assert 0 <= anchor.y < anchor.page_height
    assert len({a.page for a in anchors.values()}) == 1


def test_signed_agreement_has_no_watermark(full_en: Agreement) -> None:
    from slawriter.render import render_html

    signoff = full_en.signoff.model_copy(update={"status": AgreementStatus.SIGNED})
    html = render_html(full_en.model_copy(update={"signoff": signoff})).html
    assert 'class="watermark"' not in html


@pytest.mark.parametrize("kind, look", [("customer", "formal"), ("internal", "internal")])
def test_look_follows_kind_and_can_be_overridden(full_en: Agreement, kind: str, look: str) -> None:
    from slawriter.render import render_html

    info = full_en.agreement.model_copy(update={"kind": AgreementKind(kind)})
    a = full_en.model_copy(update={"agreement": info})
    assert f'class="look-{look}"' in render_html(a).html
    other = "internal" if look == "formal" else "formal"
    assert f'class="look-{other}"' in render_html(a, style=other).html


def test_fingerprint_is_sha256_of_canonical_json(full_en: Agreement) -> None:
    import hashlib

    from slawriter.storage import canonical_json

    assert fingerprint(full_en) == hashlib.sha256(canonical_json(full_en)).hexdigest()[:12]
    assert re.fullmatch(r"[0-9a-f]{12}", fingerprint(full_en))


def test_empty_agreement_renders(tmp_path: Any) -> None:
    from slawriter.render import render_html

    html = render_html(Agreement()).html
    assert "[The parties have not been named yet.]" in html


def test_decimal_targets_keep_their_digits() -> None:
    fmt = Formatter("en", "EUR")
    assert fmt.percent(Decimal("99.9995")) == "99.9995%"
