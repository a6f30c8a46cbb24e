"""Section 8 — Sign-off: signatories, approvals, status and revisions."""

from __future__ import annotations

from ...model import Section
from ...model.agreement import SignOff
from ..forms import Form
from .base import SectionPage


class SignOffPage(SectionPage):
    section = Section.SIGNOFF
    intro = (
        "Who signs for each party, internal approvals, the status of the agreement and its "
        "revision history."
    )

    def build_forms(self) -> list[Form]:
        return [Form(self.document, SignOff, lambda: ("signoff",))]
