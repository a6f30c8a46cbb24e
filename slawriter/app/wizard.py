"""The guided mode for a new agreement: Back and Next through the sections, then a review.

Not :class:`QWizard`: it hides itself on Esc and Finish and can push focus out of the page when
``completeChanged`` fires. Here the pages stay the main window's section pages; the wizard is a
bar of buttons under them and a rule for when Next is allowed.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..model import Finding, Section, Severity
from ..model.sections import Loc
from .document import Document
from .i18n import message_tr, model_tr, place_tr
from .icons import icon

if TYPE_CHECKING:
    from .library import Outdated

SEVERITY_COLOURS = {
    Severity.ERROR: "#b3261e",
    Severity.WARNING: "#b26a00",
    Severity.INFO: "#1565c0",
}


def blocking_findings(document: Document, section: Section) -> list[Finding]:
    """What keeps Next disabled on ``section``: the section's error findings.

    Errors are the rule violations and the readiness checks a contract cannot go out with (no
    title, fewer than two parties, no service, no objective…); warnings and notes do not block.
    """
    return [f for f in document.findings() if f.section is section and f.severity is Severity.ERROR]


def section_complete_enough(document: Document, section: Section) -> bool:
    return not blocking_findings(document, section)


class WizardBar(QFrame):
    """Step, Back, Next and Finish under the page while a new agreement is being written."""

    backRequested = Signal()
    nextRequested = Signal()
    finishRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizardBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QFrame#wizardBar { border-top: 1px solid palette(mid); }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 8)
        layout.setSpacing(4)
        self.blocked = QLabel()
        self.blocked.setObjectName("wizardBlocked")
        self.blocked.setWordWrap(True)
        self.blocked.setTextFormat(Qt.TextFormat.PlainText)  # reasons quote what the user typed
        self.blocked.setStyleSheet(f"color: {SEVERITY_COLOURS[Severity.ERROR]};")
        self.blocked.hide()
        layout.addWidget(self.blocked)
        row = QHBoxLayout()
        self.step = QLabel()
        self.step.setObjectName("wizardStep")
        row.addWidget(self.step, 1)
        self.back = QPushButton(self.tr("&Back"))
        self.back.setObjectName("wizardBack")
        self.back.setAccessibleName(self.tr("Back to the previous section"))
        self.next = QPushButton(self.tr("&Next"))
        self.next.setObjectName("wizardNext")
        self.next.setAccessibleName(self.tr("Next section"))
        self.finish = QPushButton(icon("complete"), self.tr("&Finish"))
        self.finish.setObjectName("wizardFinish")
        self.finish.setAccessibleName(
            self.tr("Finish the guided set-up and edit the sections freely")
        )
        for button in (self.back, self.next, self.finish):
            button.setAutoDefault(False)
            row.addWidget(button)
        layout.addLayout(row)
        self.back.clicked.connect(self.backRequested)
        self.next.clicked.connect(self.nextRequested)
        self.finish.clicked.connect(self.finishRequested)

    def show_step(
        self, row: int, count: int, title: str, blocking: list[Finding], document: Document
    ) -> None:
        """Show step ``row`` of ``count``; Next is enabled when nothing blocks it."""
        self.step.setText(self.tr("Step {0} of {1}: {2}").format(row + 1, count, title))
        last = row == count - 1
        self.back.setEnabled(row > 0)
        self.next.setVisible(not last)
        self.finish.setVisible(last)
        self.next.setText(self.tr("&Review") if row == count - 2 else self.tr("&Next"))
        self._set_next_enabled(not blocking and not last)
        if blocking and not last:
            reasons = "; ".join(message_tr(f) for f in blocking[:3])
            more = len(blocking) - 3
            if more > 0:
                reasons += self.tr(" (and {0} more)").format(more)
            sentence = self.tr("To continue: {0}.").format(reasons)
            if reasons[-1:] in ("?", "!", ".", "…") and sentence.endswith("."):
                sentence = sentence[:-1]  # "…does it apply?" is not followed by a full stop
            self.blocked.setText(sentence)
            self.next.setToolTip(self.tr("Complete this section first: {0}").format(reasons))
            self.blocked.show()
        else:
            self.blocked.hide()
            self.next.setToolTip("")

    def _set_next_enabled(self, enabled: bool) -> None:
        # A button losing its enabled state while it has focus hands focus to the next widget in
        # the chain, which can be outside the page; keep focus where the user is instead.
        if not enabled and self.next.hasFocus():
            self.back.setFocus(Qt.FocusReason.OtherFocusReason)
        self.next.setEnabled(enabled)


class ReviewPage(QScrollArea):
    """Every finding of the agreement, by section, each with a link to its field."""

    jumpRequested = Signal(tuple)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("page_review")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        heading = QLabel(self.tr("Review"))
        heading.setObjectName("pageHeading")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(heading)
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("reviewFindings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.findings_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.findings_label.setAccessibleName(self.tr("Findings"))
        self.findings_label.linkActivated.connect(self._link)
        layout.addWidget(self.findings_label)
        layout.addStretch(1)
        self.setWidget(body)
        self.findings: list[Finding] = []
        self.outdated: list[Outdated] = []
        self.dirty = True

    def refresh(self, force: bool = False) -> None:
        from .library import other_findings, outdated_items, outdated_message

        agreement = self.document.agreement
        self.findings = list(self.document.findings())
        # Items from libraries (issue 15): an older version of their entry (the section offers
        # "Update from library"), an entry no library holds, a clause without this language.
        outdated = outdated_items(self.document)
        self.findings += other_findings(self.document)
        self.findings.sort(key=lambda f: list(Section).index(f.section))
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        warnings = sum(f.severity is Severity.WARNING for f in self.findings)
        notes = len(self.findings) - errors - warnings
        if not self.findings:
            self.summary.setText(
                self.tr("Nothing to fix: the agreement is ready to send. Save it and export it.")
            )
        else:
            self.summary.setText(
                self.tr(
                    "{0} errors, {1} warnings and {2} notes. Follow a link to go to the field."
                ).format(errors, warnings, notes)
            )
        parts: list[str] = []
        if outdated:
            heading = self.tr("From the libraries")
            parts.append(f"<h4>{html.escape(heading)}</h4>")
        for number, item in enumerate(outdated):
            colour = SEVERITY_COLOURS[Severity.WARNING]
            where = html.escape(place_tr(item.loc, agreement))
            parts.append(
                f'<p style="margin:2px 0"><span style="color:{colour}">●</span> '
                f'<a href="item:{number}">{where}</a>: {html.escape(outdated_message(item))}</p>'
            )
        self.outdated = outdated
        current: Section | None = None
        for index, finding in enumerate(self.findings):
            if finding.section is not current:
                current = finding.section
                parts.append(f"<h4>{html.escape(model_tr(current.label))}</h4>")
            colour = SEVERITY_COLOURS[finding.severity]
            where = html.escape(place_tr(finding.loc, agreement))
            message = html.escape(message_tr(finding))
            parts.append(
                f'<p style="margin:2px 0"><span style="color:{colour}">●</span> '
                f'<a href="{index}">{where}</a>: {message}</p>'
            )
        self.findings_label.setText("".join(parts))
        self.dirty = False

    def link_for(self, loc: Loc) -> str:
        """The link target of the first finding at ``loc`` (for tests and keyboard users)."""
        for index, finding in enumerate(self.findings):
            if tuple(finding.loc) == tuple(loc):
                return str(index)
        raise KeyError(loc)

    def _link(self, target: str) -> None:
        if target.startswith("item:"):
            self.jumpRequested.emit(tuple(self.outdated[int(target[5:])].loc))
            return
        self.jumpRequested.emit(tuple(self.findings[int(target)].loc))
