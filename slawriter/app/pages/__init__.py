"""One module per section of an agreement; :data:`PAGES` lists their page classes in order and
:class:`SectionPages` builds a document's pages when first shown."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

from ...model import Section
from ..document import Document
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


class SectionPages(Mapping[Section, SectionPage]):
    """The section pages of one document, each built the first time it is needed.

    Building every page's forms costs about half a second, so a window starts with only the
    page it shows; the stack holds a placeholder for each page not built yet.
    """

    def __init__(self, stack: QStackedWidget, document: Document) -> None:
        self._stack = stack
        self._document = document
        self._built: dict[Section, SectionPage] = {}
        for _ in Section:
            stack.addWidget(QWidget())

    def __getitem__(self, section: Section) -> SectionPage:
        page = self._built.get(section)
        if page is None:
            page = PAGES[section](self._document)
            index = list(Section).index(section)
            placeholder = self._stack.widget(index)
            current = self._stack.currentIndex()
            self._stack.insertWidget(index, page)
            if placeholder is not None:
                self._stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._stack.setCurrentIndex(current)
            self._built[section] = page
        return page

    def __iter__(self) -> Iterator[Section]:
        return iter(Section)

    def __len__(self) -> int:
        return len(Section)

    def built(self) -> list[SectionPage]:
        """The pages built so far (the others are built fresh when shown)."""
        return list(self._built.values())


__all__ = ["PAGES", "SectionPage", "SectionPages"]
