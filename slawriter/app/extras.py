"""Helpers shown beside fields: an availability objective's downtime budget, and the sentence a
credit tier becomes in the contract. Registered in :data:`slawriter.app.forms.EXTRAS`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ..model.agreement import Agreement, Clause, CreditTier, Objective
from ..model.business_time import CalendarError, clock_for, sample_opening, worked_example
from .application import ui_language
from .document import Document
from .forms import EXTRAS, Extra, LocFn
from .helpers import credit_tier_sentence, downtime_budget_text

HINT_STYLE = "color: #1f3a5f; background: #eef3f9; border-radius: 4px; padding: 4px 6px;"


class _Sentence(Extra):
    def __init__(self, document: Document, loc_fn: LocFn) -> None:
        super().__init__(document, loc_fn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the user typed
        self.label.setWordWrap(True)
        self.label.setStyleSheet(HINT_STYLE)
        self.label.setTextInteractionFlags(self.label.textInteractionFlags())
        layout.addWidget(self.label)

    def text(self) -> str:
        return ""

    def refresh(self) -> None:
        loc = self.loc_fn()
        text = self.text() if loc is not None and self.document.exists(loc) else ""
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setVisible(bool(text))


class DowntimeBudget(_Sentence):
    """Allowed downtime per 30-day month and per quarter for an availability objective."""

    def text(self) -> str:
        loc = self.loc_fn()
        assert loc is not None
        objective = self.document.value_at(loc)
        return downtime_budget_text(objective) if isinstance(objective, Objective) else ""


class CreditSentence(_Sentence):
    """The contract sentence for a credit tier."""

    def text(self) -> str:
        loc = self.loc_fn()
        assert loc is not None
        tier = self.document.value_at(loc)
        if not isinstance(tier, CreditTier):
            return ""
        objectives = {o.id: o for o in self.document.agreement.service_levels.objectives}
        return QCoreApplication.translate("CreditSentence", "In the contract: {0}").format(
            credit_tier_sentence(tier, objectives.get(tier.objective))
        )


def worked_examples(
    agreement: Agreement, objective: Objective, today: dt.date, language: str = "en"
) -> list[str]:
    """What a business-hours target means for a ticket opened just before the weekend.

    One line for the target and one per priority target, e.g. "a P2 ticket opened Friday
    17:30 is due Monday 12:30". Empty unless the objective runs on a calendar and its targets
    are times.
    """
    if objective.calendar is None:
        return []
    try:
        clock = clock_for(agreement, objective)
        opened = sample_opening(clock, today)
    except (CalendarError, ValueError):
        return []
    names = {p.id: (p.name.strip() or p.id) for p in agreement.service_levels.priorities}
    lines: list[str] = []
    targets = [("", objective.target)] + [
        (names.get(t.priority, t.priority), t.target) for t in objective.priority_targets
    ]
    for priority, target in targets:
        if target is None or not target.unit.is_time or target.value <= 0:
            continue
        try:
            text = worked_example(
                clock, opened, target.value, target.unit, priority=priority, language=language
            )
        except (ValueError, OverflowError):
            continue
        lines.append(text[:1].upper() + text[1:] + ".")
    return lines


class WorkedExample(_Sentence):
    """Under the target and priority rows: when a ticket opened before the weekend is due."""

    def __init__(self, document: Document, loc_fn: LocFn) -> None:
        super().__init__(document, loc_fn)
        self.setObjectName("workedExample")

    def text(self) -> str:
        loc = self.loc_fn()
        assert loc is not None
        objective = self.document.value_at(loc)
        if not isinstance(objective, Objective) or objective.calendar is None:
            return ""
        lines = worked_examples(self.document.agreement, objective, dt.date.today(), ui_language())
        if not lines:
            return ""
        heading = QCoreApplication.translate(
            "WorkedExample", "On the calendar “{0}”, for example:"
        ).format(objective.calendar)
        return heading + "\n" + "\n".join(f"• {line}" for line in lines)


class ClausePlaceholders(_Sentence):
    """Under a clause's "placeholders" switch, when it is on: the placeholders a clause may use,
    and the clause as the contract prints it with this agreement's values."""

    def __init__(self, document: Document, loc_fn: LocFn) -> None:
        super().__init__(document, loc_fn)
        self.setObjectName("clausePlaceholders")

    def text(self) -> str:
        from .library_window import PLACEHOLDER_HELP, filled, placeholder_help, placeholder_token

        loc = self.loc_fn()
        assert loc is not None
        clause = self.document.value_at(loc)
        if not isinstance(clause, Clause) or not clause.placeholders:
            return ""
        agreement = self.document.agreement
        title, text = filled(agreement, clause, agreement.agreement.language)
        known = "\n".join(
            f"• {placeholder_token(name)} — {placeholder_help(name)}" for name in PLACEHOLDER_HELP
        )
        shown = " — ".join(part for part in (title, text[:400]) if part)
        return (
            QCoreApplication.translate("ClausePlaceholders", "Placeholders a clause may use:")
            + "\n"
            + known
            + "\n\n"
            + QCoreApplication.translate("ClausePlaceholders", "In the contract: {0}").format(
                shown or "—"
            )
        )


def register() -> None:
    EXTRAS[(Clause, "placeholders")] = ClausePlaceholders
    EXTRAS[(Objective, "target")] = DowntimeBudget
    EXTRAS[(Objective, "priority_targets")] = WorkedExample
    EXTRAS[(CreditTier, "credit_percent")] = CreditSentence


register()
