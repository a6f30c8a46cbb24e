"""What every section page has: a heading, the section's findings, and generated forms."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...model import Finding, Section, Severity
from ...model.lifecycle import is_locked
from ...model.sections import Loc, section_of
from ..document import Document
from ..forms import Form, problems_by_loc
from ..i18n import message_tr, model_tr, place_tr

if TYPE_CHECKING:
    from ..library import Outdated

_SEVERITY_COLOURS = {
    Severity.ERROR: "#b3261e",
    Severity.WARNING: "#b26a00",
    Severity.INFO: "#1565c0",
}


class SectionPage(QScrollArea):
    """One section of the agreement: a scrollable page of forms."""

    section: Section = Section.PARTIES
    intro: str = ""

    jumpRequested = Signal(tuple)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.dirty = True
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName(f"page_{self.section.value}")
        body = QWidget()
        body.setObjectName("pageBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        heading = QLabel(model_tr(self.section.label))
        heading.setObjectName("pageHeading")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(heading)
        if self.intro:
            intro = QLabel(QCoreApplication.translate("SectionPage", self.intro))
            intro.setWordWrap(True)
            intro.setStyleSheet("color: palette(dark);")
            layout.addWidget(intro)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("findings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setStyleSheet(
            "QLabel#findings { background: #fbf7ee; border: 1px solid #e6dcc3;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.findings_label.linkActivated.connect(self._link)
        layout.addWidget(self.findings_label)
        self.lock_label = QLabel(
            self.tr(
                "This agreement is signed (or superseded) and cannot be changed. "
                "To change it, start a new revision in Sign-off."
            )
        )
        self.lock_label.setObjectName("locked")
        self.lock_label.setWordWrap(True)
        self.lock_label.hide()
        layout.addWidget(self.lock_label)
        self._findings: list[Finding] = []
        self._outdated: list[Outdated] = []
        from ..library import store

        store().changed.connect(self._libraries_changed)
        self.forms = self.build_forms()
        for form in self.forms:
            layout.addWidget(form)
        layout.addStretch(1)
        self.setWidget(body)

    def build_forms(self) -> list[Form]:
        """The forms of this section (one module per section overrides this)."""
        raise NotImplementedError

    def refresh(self, force: bool = False) -> None:
        """Show the document's current values, errors and findings."""
        problems = problems_by_loc(self.document)
        locked = is_locked(self.document.agreement)
        for form in self.forms:
            form.refresh(problems, force)
            form.setEnabled(not locked)
        self.lock_label.setVisible(locked)
        self._show_findings()
        self.dirty = False

    def _show_findings(self) -> None:
        from ..library import other_findings, outdated_items, outdated_message

        agreement = self.document.agreement
        found = [*self.document.findings(), *other_findings(self.document)]
        self._findings = [f for f in found if f.section is self.section]
        # Items that use an older version of their library entry (issue 15), each with the
        # difference field by field and "Update from library": nothing changes by itself.
        self._outdated = [
            o for o in outdated_items(self.document) if section_of(o.loc) is self.section
        ]
        if not self._findings and not self._outdated:
            self.findings_label.hide()
            return
        lines = []
        for i, outdated in enumerate(self._outdated):
            colour = _SEVERITY_COLOURS[Severity.WARNING]
            where = html.escape(place_tr(outdated.loc, agreement))
            update = html.escape(self.tr("Update from library"))
            lines.append(
                f'<span style="color:{colour}">●</span> <a href="item:{i}">{where}</a>: '
                f"{html.escape(outdated_message(outdated))} "
                f'<a href="update:{i}"><b>{update}</b></a>'
            )
        for i, finding in enumerate(self._findings[:12]):
            colour = _SEVERITY_COLOURS[finding.severity]
            where = html.escape(place_tr(finding.loc, agreement))
            lines.append(
                f'<span style="color:{colour}">●</span> <a href="{i}">{where}</a>: '
                f"{html.escape(message_tr(finding))}"
            )
        if len(self._findings) > 12:
            lines.append(self.tr("… and {0} more").format(len(self._findings) - 12))
        self.findings_label.setText("<br>".join(lines))
        self.findings_label.show()

    def _link(self, target: str) -> None:
        kind, _, number = target.rpartition(":")
        if kind == "update":
            self.update_from_library(int(number))
            return
        if kind == "item":
            self.focus_loc(self._outdated[int(number)].loc)
            return
        finding = self._findings[int(target)]
        self.focus_loc(finding.loc)

    def update_from_library(self, index: int) -> bool:
        """The ``index``-th outdated item brought up to its library entry (one undo step)."""
        from ..library import update_from_library

        if not 0 <= index < len(self._outdated):
            return False
        return update_from_library(self, self.document, self._outdated[index].loc)

    def _libraries_changed(self) -> None:
        self.dirty = True
        if self.isVisible():
            self._show_findings()

    def focus_loc(self, loc: Loc) -> bool:
        """Show and focus the editor for ``loc`` (or the nearest one that contains it)."""
        loc = tuple(loc)
        while loc:
            for form in self.forms:
                if form.focus_loc(loc):
                    focused = self.window().focusWidget() if self.window() else None
                    if focused is not None and self.isAncestorOf(focused):
                        self.ensureWidgetVisible(focused, 40, 80)
                    return True
            loc = loc[:-1]
        return False
