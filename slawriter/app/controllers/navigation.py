"""Navigation and the wizard: the numbered section list, which page shows, going to a field, the
guided wizard's Back and Next for a new agreement, and each section's state from the findings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem

# Only the outline, which has no pydantic: the list is painted before the model is imported.
from ...model.outline import Section
from ..icons import icon

if TYPE_CHECKING:
    from ...model.findings import Finding
    from ...model.sections import Loc
    from ..main_window import MainWindow
    from ..pages import SectionPage


class SectionState:
    COMPLETE = "complete"
    WARNINGS = "warning"
    ERRORS = "error"


def section_title(section: Section) -> str:
    """The section's title in the UI language.

    The same as ``i18n.model_tr(section.label)``, without importing :mod:`..i18n`, which imports
    the model: the section list is painted before the model is imported.
    """
    return QCoreApplication.translate("model", section.label)


def _review() -> str:
    return QCoreApplication.translate("MainWindow", "Review")


class NavigationController(QObject):
    """Where the user is among the sections, and in the wizard."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guided = True
        """A new agreement: Back/Next through the sections, then the review."""
        self.reached = 0
        """In guided mode, the furthest step the user has got to."""

    def section_list(self) -> QListWidget:
        """The numbered sections and the review, before the model is imported (no states yet)."""
        sections = QListWidget()
        sections.setObjectName("sections")
        sections.setAccessibleName(QCoreApplication.translate("MainWindow", "Sections"))
        # No state yet (it needs the model): a transparent icon that, like the state icons (SVG),
        # is as big as the list asks, so that the rows do not move when the states arrive.
        blank = QPixmap(64, 64)
        blank.fill(QColor(0, 0, 0, 0))
        no_state = QIcon(blank)
        for number, section in enumerate(Section, start=1):
            item = QListWidgetItem(no_state, f"{number}. {section_title(section)}")
            item.setData(Qt.ItemDataRole.UserRole, section.value)
            item.setToolTip(item.text())
            sections.addItem(item)
        review = QListWidgetItem(icon("info"), f"{len(Section) + 1}. " + _review())
        review.setData(Qt.ItemDataRole.UserRole, "review")
        sections.addItem(review)
        sections.setMinimumWidth(200)
        # Narrowed by the user, a long name ends in "…" (its tooltip has it whole), never in a
        # horizontal scroll bar.
        sections.setTextElideMode(Qt.TextElideMode.ElideRight)
        sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sections.setCurrentRow(0)
        return sections

    def start(self, guided: bool) -> None:
        """A document is shown: guided from the first section, or free."""
        self.guided = guided
        self.reached = 0

    # -- where the user is -------------------------------------------------------------------

    def revisited(self, loc: tuple[str | int, ...]) -> None:
        """Undo or redo changed ``loc``: show that place, even in another section."""
        self.go_to(tuple(loc))

    def go_to(self, loc: Loc) -> None:
        """Show the section of ``loc`` and focus its editor."""
        from ...model import section_of

        section = section_of(loc)
        row = list(Section).index(section)
        if self.guided and row > self.reached:
            self.reached = row
            self.update_wizard()
        self.window.section_list.setCurrentRow(row)
        page = self.window.pages[section]
        if page.dirty:
            page.refresh()
        page.focus_loc(loc)

    def current_section(self) -> Section | None:
        """The section shown, or ``None`` on the review step."""
        row = max(0, self.window.section_list.currentRow())
        return list(Section)[row] if row < len(Section) else None

    def current_page(self) -> SectionPage | None:
        from ..pages import SectionPage

        widget = self.window.stack.currentWidget()
        return widget if isinstance(widget, SectionPage) else None

    def show_section(self, row: int) -> None:
        window = self.window
        if row < 0 or row >= window.stack.count():
            return
        if self.guided and row > self.reached:
            # Sections ahead of the wizard are reached with Next (the list items are disabled;
            # this catches keyboard navigation in the list).
            window.section_list.setCurrentRow(self.reached)
            return
        page = window.pages[list(Section)[row]] if row < len(Section) else window.review_page
        window.stack.setCurrentIndex(row)
        if page is not None and page.dirty:
            page.refresh(force=True)
        self.update_wizard()

    def step_section(self, step: int) -> None:
        if self.guided:
            self.wizard_next() if step > 0 else self.wizard_back()
            return
        sections = self.window.section_list
        sections.setCurrentRow((sections.currentRow() + step) % sections.count())

    def focus_page(self) -> None:
        page = self.current_page()
        review = self.window.review_page
        if page is not None and page.forms:
            page.forms[0].focus_first()
        elif review is not None and self.window.stack.currentWidget() is review:
            review.findings_label.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the guided wizard -------------------------------------------------------------------

    def wizard_back(self) -> None:
        row = self.window.section_list.currentRow()
        if row > 0:
            self.window.section_list.setCurrentRow(row - 1)
            self.focus_page()

    def wizard_next(self) -> bool:
        """Go on to the next section if this one is complete enough; say whether it moved."""
        sections = self.window.section_list
        row = sections.currentRow()
        if row >= sections.count() - 1 or not self.window.wizard_bar.next.isEnabled():
            return False
        self.reached = max(self.reached, row + 1)
        self.update_wizard()
        sections.setCurrentRow(row + 1)
        self.focus_page()
        return True

    def finish_guided(self) -> None:
        """Leave the wizard: every section is open in any order from now on."""
        self.guided = False
        self.update_wizard()
        message = QCoreApplication.translate(
            "MainWindow", "Guided set-up finished: choose any section on the left to edit it."
        )
        self.window.statusBar().showMessage(message, 6000)

    def update_wizard(self) -> None:
        """Next enabled once the section has no errors; later sections locked until reached."""
        from ..wizard import blocking_findings

        window = self.window
        window.wizard_bar.setVisible(self.guided)
        self.update_section_flags()
        if not self.guided:
            return
        row = max(0, window.section_list.currentRow())
        sections = list(Section)
        document = window.document
        blocking = blocking_findings(document, sections[row]) if row < len(sections) else []
        title = section_title(sections[row]) if row < len(sections) else _review()
        count = window.section_list.count()
        window.wizard_bar.show_step(row, count, title, blocking, document)

    def update_section_flags(self) -> None:
        """In guided mode, the sections after the furthest one reached are disabled."""
        sections = self.window.section_list
        for row in range(sections.count()):
            item = sections.item(row)
            flags = item.flags()
            enabled = not self.guided or row <= self.reached
            wanted = (
                flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags & ~Qt.ItemFlag.ItemIsEnabled
            )
            if wanted != flags:
                item.setFlags(wanted)

    # -- the sections' states ----------------------------------------------------------------

    def section_state(self, section: Section, findings: list[Finding] | None = None) -> str:
        from ...model import Severity
        from ..library import findings_with_libraries

        if findings is None:
            findings = findings_with_libraries(self.window.document)
        severities = {f.severity for f in findings if f.section is section}
        if Severity.ERROR in severities:
            return SectionState.ERRORS
        if Severity.WARNING in severities:
            return SectionState.WARNINGS
        return SectionState.COMPLETE

    def update_section_states(self) -> None:
        from ...model import Severity
        from ..library import findings_with_libraries

        window = self.window
        findings = findings_with_libraries(window.document)
        errors = sum(f.severity is Severity.ERROR for f in findings)
        warnings = sum(f.severity is Severity.WARNING for f in findings)
        words = {
            SectionState.ERRORS: QCoreApplication.translate("MainWindow", "has errors"),
            SectionState.WARNINGS: QCoreApplication.translate("MainWindow", "has warnings"),
            SectionState.COMPLETE: QCoreApplication.translate("MainWindow", "complete"),
        }
        for row, section in enumerate(Section):
            state = self.section_state(section, findings)
            item = window.section_list.item(row)
            item.setIcon(icon(state))
            mine = [f for f in findings if f.section is section]
            counts = words[state]
            item.setToolTip(
                f"{section_title(section)}: {counts}" + (f" ({len(mine)})" if mine else "")
            )
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, counts)
        if errors or warnings:
            window.summary.setText(
                QCoreApplication.translate(
                    "MainWindow", "{0} errors, {1} warnings before this can be sent."
                ).format(errors, warnings)
            )
        else:
            window.summary.setText(
                QCoreApplication.translate("MainWindow", "Ready to send: no errors or warnings.")
            )
