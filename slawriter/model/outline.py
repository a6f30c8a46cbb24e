"""The eight sections of an agreement and their titles, without pydantic.

Kept apart from :mod:`.sections` (which re-exports them) so that the app can list the sections in
its window before the model — pydantic building its validators — is imported.
"""

from __future__ import annotations

from enum import StrEnum


class Section(StrEnum):
    """The wizard's sections (PRODUCT.md), in order."""

    PARTIES = "parties"
    SCOPE = "scope"
    RESPONSIBILITIES = "responsibilities"
    OBJECTIVES = "objectives"
    LIMITATIONS = "limitations"
    CONSEQUENCES = "consequences"
    GOVERNANCE = "governance"
    SIGNOFF = "signoff"

    @property
    def label(self) -> str:
        return SECTION_TITLES[self]


SECTION_TITLES: dict[Section, str] = {
    Section.PARTIES: "Agreement & parties",
    Section.SCOPE: "Scope",
    Section.RESPONSIBILITIES: "Responsibilities",
    Section.OBJECTIVES: "Service level objectives",
    Section.LIMITATIONS: "Limitations & exclusions",
    Section.CONSEQUENCES: "Breach consequences",
    Section.GOVERNANCE: "Reporting, review & change",
    Section.SIGNOFF: "Sign-off",
}
