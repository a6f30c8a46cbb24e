"""Helpers shown beside fields: an availability objective's downtime budget, and the sentence a
credit tier becomes in the contract. Registered in :data:`slawriter.app.forms.EXTRAS`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ..model.agreement import CreditTier, Objective
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
        return "In the contract: " + credit_tier_sentence(tier, objectives.get(tier.objective))


def register() -> None:
    EXTRAS[(Objective, "target")] = DowntimeBudget
    EXTRAS[(CreditTier, "credit_percent")] = CreditSentence


register()
