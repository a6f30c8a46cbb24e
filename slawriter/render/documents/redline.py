"""The redline: a :class:`~slawriter.model.comparison.Comparison` through
``templates/redline/redline.html`` to one self-contained HTML page and a PDF.

Also the change list's words (:class:`ChangeWords`): ``slawriter.services.redline`` walks the
two agreements and says each change with them, in the newer agreement's language. They are the
contract catalogs' words — field titles such as “Name” or “Address” where the contract uses
them — plus the words marked below; where the change list says a word otherwise than the
contract does, its entry has the context :data:`CHANGE_LIST`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from ...model.agreement import AgreementInfo, MeasurementWindow, Target
from ...model.comparison import Comparison
from ...model.types import Duration
from ..formatting import LABELS, NONE, Formatter
from ..html import stylesheet
from ..i18n import N_, NC_
from ..printer import PDF_VARIANT
from . import Document

TEMPLATE = "redline/redline.html"
STYLESHEET = "redline/redline.css"

CHANGE_LIST = "change list"
"""The catalogs' context of the change list's own word for something the contract names
otherwise (“Document ID” is the contract's “Referencia del documento”, the change list's
“Identificador del documento”). The ``NC_`` markers spell it out: the extractor reads only
literal strings."""

# ---------------------------------------------------------------------------------------------
# Words

# What a list item is called, by its model class.
NOUNS: dict[str, str] = {
    "Party": N_("Party"),
    "Service": N_("Service"),
    "Objective": N_("Objective"),
    "Priority": N_("Priority"),
    "BusinessCalendar": N_("Calendar"),
    "Responsibility": N_("Responsibility"),
    "Exclusion": N_("Exclusion"),
    "CreditTier": N_("Tier"),
    "EscalationLevel": N_("Level"),
    "Clause": N_("Clause"),
    "Definition": N_("Definition"),
    "Signatory": N_("Signatory"),
    "Contact": N_("Contact"),
    "SupportChannel": N_("Channel"),
    "Approval": N_("Approval"),
    "Revision": N_("Revision"),
    "PriorityTarget": N_("Row"),
    "WorkingPeriod": N_("Period"),
}
ITEM = N_("Item")

# How a change is said.
ADDED = N_("%(thing)s added")
REMOVED = N_("%(thing)s removed")
TEXT_CHANGED = N_("%(where)s: text changed")
VALUE_ADDED = N_("%(where)s: “%(item)s” added")
VALUE_REMOVED = N_("%(where)s: “%(item)s” removed")
SET_TO = N_("%(where)s: set to %(new)s")
CLEARED = N_("%(where)s: %(old)s removed")
_YES, _NO = N_("yes"), N_("no")

# The words of the change list the contract does not use (or not as they are): the section
# titles (slawriter.model.outline) and the model's field titles, which the change list names.
VOCABULARY = (
    # sections
    N_("Agreement & parties"),
    N_("Scope"),
    N_("Responsibilities"),
    N_("Service level objectives"),
    N_("Limitations & exclusions"),
    N_("Breach consequences"),
    N_("Reporting, review & change"),
    NC_("change list", "Sign-off"),
    # field titles
    N_("Title"),
    NC_("change list", "Document ID"),
    N_("Version"),
    N_("Language"),
    N_("Currency"),
    N_("Time zone"),
    N_("Effective date"),
    N_("Term and renewal"),
    N_("Initial term (months)"),
    N_("Renewal"),
    N_("Renewal period (months)"),
    N_("Notice to terminate or not renew (days)"),
    N_("Purpose"),
    N_("Master agreement"),
    N_("Order of precedence"),
    N_("Legal name or department"),
    N_("Kind of party"),
    N_("Role"),
    N_("Registration number"),
    N_("Address"),
    N_("Representatives"),
    N_("Contacts"),
    N_("Name"),
    N_("Job title"),
    N_("Email"),
    N_("Phone"),
    N_("Description"),
    N_("Components"),
    N_("Services in scope"),
    N_("Out of scope"),
    N_("Service hours"),
    N_("Support channels"),
    N_("Hours"),
    N_("Dependencies"),
    N_("Users and locations served"),
    N_("Owners"),
    N_("Kind"),
    N_("What a request must contain"),
    N_("Metric"),
    NC_("change list", "Target"),
    N_("Targets per priority"),
    N_("Share that must meet the target (%)"),
    N_("Measured over"),
    N_("Clock rules"),
    N_("Clock starts"),
    N_("Clock pauses"),
    N_("Clock stops"),
    N_("Data source"),
    N_("Measurement method"),
    N_("Downtime definition"),
    N_("Reported"),
    N_("Responsible party"),
    N_("Internal target"),
    N_("Meaning"),
    N_("Working hours"),
    N_("Public holidays of"),
    N_("Region"),
    N_("Extra closure days"),
    N_("Scheduled maintenance"),
    N_("Maintenance window"),
    N_("Notice period"),
    N_("Most per month"),
    N_("Not counted as downtime"),
    N_("Usage limits"),
    N_("Norms, standards and procedures"),
    N_("Service credit tiers"),
    N_("Attainment below (%)"),
    N_("Attainment at least (%)"),
    N_("Credit (% of monthly fee)"),
    N_("Credit cap (% of monthly fee)"),
    N_("Monthly fee"),
    N_("Claim procedure"),
    N_("Claim deadline (days after the period)"),
    N_("A claim must include"),
    N_("How credits are paid"),
    N_("Credits are the sole remedy"),
    N_("Escalation path"),
    N_("Escalate after"),
    NC_("change list", "For objectives"),
    N_("Remediation plan"),
    N_("Chronic failure"),
    N_("Missed periods"),
    N_("Out of consecutive periods"),
    N_("Remedy"),
    N_("Other consequences"),
    N_("Reporting"),
    N_("Report every"),
    N_("Report contents"),
    N_("Sent to"),
    N_("Review meetings"),
    N_("Review every"),
    N_("Participants"),
    N_("Agenda"),
    N_("Change control"),
    N_("Definitions"),
    N_("Additional clauses"),
    N_("Heading"),
    N_("Text"),
    N_("Signatories"),
    N_("Internal approvals"),
    N_("Status"),
    N_("Approved by"),
    N_("Date"),
    N_("Note"),
    N_("Comparator"),
    N_("Value"),
    N_("Unit"),
    N_("Priorities"),
    N_("Business calendars"),
    N_("Objectives"),
    N_("Exclusions"),
    N_("Parties"),
)


def item_name(item: BaseModel) -> str:
    """What a list item is called in a change: its name, term, title, role, text or ID."""
    role: Any = getattr(item, "role", None)
    if type(item).__name__ == "Approval" and isinstance(role, str) and role.strip():
        return " ".join(role.split())
    for key in ("name", "term", "title", "role", "text", "id", "priority", "weekday"):
        value: Any = getattr(item, key, None)
        if isinstance(value, Enum):
            value = value.value
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 60 else text[:57] + "…"
    return ""


class ChangeWords:
    """The change list's words and values in an agreement's language and locale."""

    def __init__(self, info: AgreementInfo) -> None:
        self.fmt = Formatter.for_agreement(info)

    def __call__(self, text: str) -> str:
        """``text`` (a section or field title, a noun) in the agreement's language."""
        said = self.fmt.pgettext(CHANGE_LIST, text)
        return said if said != text else self.fmt.gettext(text)

    def phrase(self, template: str, **values: str) -> str:
        """A change said with one of the templates above (``ADDED``…)."""
        return self(template) % values

    def thing(self, item: BaseModel) -> str:
        """A list item as a change names it: “Objective “P1 first response””."""
        noun = self(NOUNS.get(type(item).__name__, ITEM))
        name = item_name(item)
        return f"{noun} {self.fmt.quote(name)}" if name else noun

    def value(self, value: Any) -> str:
        """A field's value as the change list shows it (“at least 99.9%”, “yes”, “—”)."""
        fmt = self.fmt
        if value is None or value == [] or value == "":
            return NONE
        if isinstance(value, bool):
            return self(_YES) if value else self(_NO)
        if isinstance(value, Enum):
            if (type(value), value.value) in LABELS:
                return fmt.label(value)
            return str(value.value).replace("_", " ")
        if isinstance(value, Target):
            return fmt.target(value)
        if isinstance(value, Duration):
            return fmt.duration(value)
        if isinstance(value, MeasurementWindow):
            return fmt.window(value)
        if isinstance(value, int | Decimal):
            return fmt.number(value)
        if isinstance(value, dt.date):
            return fmt.date(value)
        if isinstance(value, dt.time):
            return fmt.time(value)
        if isinstance(value, BaseModel):
            return item_name(value) or "…"
        if isinstance(value, list):
            return fmt.join([self.value(v) for v in value])
        return fmt.quote(str(value))


# ---------------------------------------------------------------------------------------------
# The document


def redline_context(comparison: Comparison) -> dict[str, Any]:
    """What ``templates/redline/redline.html`` sees."""
    old_info, new_info = comparison.old.agreement, comparison.new.agreement
    fmt = Formatter.for_agreement(new_info)
    language = new_info.language.value
    return {
        "c": comparison,
        "lang": language,
        # Text, not Markup, as the redline has always had it: autoescape escapes the sheet's
        # quotes, so WeasyPrint drops every rule that has any (the sans headings, the page
        # numbers, the list markers). Applied as written, its `li::marker { content: … }`
        # crashes WeasyPrint 70 ("min-content width for TextBox"): a fix of its own.
        "css": str(stylesheet(STYLESHEET, language=language).text),
        "title": new_info.title.strip() or fmt.label(new_info.kind),
        "document_id": new_info.document_id,
        "old_version": fmt.number(old_info.version),
        "new_version": fmt.number(new_info.version),
        "old_status": fmt.label(comparison.old.signoff.status),
        "old_commit": comparison.old_origin.commit if comparison.old_origin else "",
        "old_commit_date": (
            fmt.date(comparison.old_origin.date)
            if comparison.old_origin and comparison.old_origin.date
            else ""
        ),
        "new_status": fmt.label(comparison.new.signoff.status),
        "today": fmt.date(dt.date.today()),
        "count": len(comparison.change_texts),
    }


def redline_document(comparison: Comparison) -> Document:
    """The redline as a document in the newer agreement's language, printed as a tagged
    PDF/A-3a (without an attachment)."""
    language = comparison.new.agreement.language.value
    return Document(TEMPLATE, language, redline_context(comparison), pdf_variant=PDF_VARIANT)
