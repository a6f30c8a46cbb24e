"""One module per section of an agreement; :data:`PAGES` lists their page classes in order."""

from __future__ import annotations

from ...model import Section
from .base import SectionPage
from .consequences import ConsequencesPage
from .governance import GovernancePage
from .limitations import LimitationsPage
from .objectives import ObjectivesPage
from .parties import PartiesPage
from .responsibilities import ResponsibilitiesPage
from .scope import ScopePage
from .signoff import SignOffPage

PAGES: dict[Section, type[SectionPage]] = {
    Section.PARTIES: PartiesPage,
    Section.SCOPE: ScopePage,
    Section.RESPONSIBILITIES: ResponsibilitiesPage,
    Section.OBJECTIVES: ObjectivesPage,
    Section.LIMITATIONS: LimitationsPage,
    Section.CONSEQUENCES: ConsequencesPage,
    Section.GOVERNANCE: GovernancePage,
    Section.SIGNOFF: SignOffPage,
}

__all__ = ["PAGES", "SectionPage"]
