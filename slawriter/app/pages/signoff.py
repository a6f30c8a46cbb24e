"""Section 8 — Sign-off: signatories, approvals, status and revisions.

Above the generated forms, a lifecycle bar moves the status on, records approvals and sign-offs,
starts a new revision, signs a PDF and compares with an earlier revision. Every lifecycle step is
one undoable edit through the document (a macro over ``signoff`` and ``agreement``). A signed or
superseded agreement shows its forms read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...model import Agreement, Section
from ...model import lifecycle as rules
from ...model.agreement import AgreementStatus, SignOff, SignOffMethod
from ...services import lifecycle
from .. import dialogs
from ..document import Document
from ..error_presenter import present
from ..forms import Form
from ..i18n import message_tr
from ..render_service import OperationHandle
from .base import SectionPage

_STATUS_WORDS = {
    AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("SignOffPage", "Draft"),
    AgreementStatus.IN_REVIEW: QT_TRANSLATE_NOOP("SignOffPage", "In review"),
    AgreementStatus.APPROVED: QT_TRANSLATE_NOOP("SignOffPage", "Approved"),
    AgreementStatus.SIGNED: QT_TRANSLATE_NOOP("SignOffPage", "Signed"),
    AgreementStatus.SUPERSEDED: QT_TRANSLATE_NOOP("SignOffPage", "Superseded"),
}
_MOVE_WORDS = {
    AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("SignOffPage", "Back to draft"),
    AgreementStatus.IN_REVIEW: QT_TRANSLATE_NOOP("SignOffPage", "Send for review"),
    AgreementStatus.APPROVED: QT_TRANSLATE_NOOP("SignOffPage", "Approve"),
    AgreementStatus.SIGNED: QT_TRANSLATE_NOOP("SignOffPage", "Mark signed"),
    AgreementStatus.SUPERSEDED: QT_TRANSLATE_NOOP("SignOffPage", "Mark superseded"),
}


class SignOffPage(SectionPage):
    section = Section.SIGNOFF
    intro = str(
        QT_TRANSLATE_NOOP(
            "SectionPage",
            "Who signs for each party, internal approvals, the status of the agreement and its "
            "revision history.",
        )
    )

    # The status, the sign-off records and the audit log change only through the lifecycle steps
    # above the form (each one logged and hash-chained); they are shown, never edited directly.
    EDITABLE = ("signatories", "approvals", "revisions")

    def build_forms(self) -> list[Form]:
        self.form = Form(self.document, SignOff, lambda: ("signoff",), fields=self.EDITABLE)
        self._build_lifecycle_bar()
        return [self.form]

    # -- lifecycle bar ---------------------------------------------------------------------------

    def _build_lifecycle_bar(self) -> None:
        box = QGroupBox(self.tr("Status and revision"))
        box.setObjectName("lifecycle")
        layout = QVBoxLayout(box)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        layout.addWidget(self.status_label)
        self.log_view = QPlainTextEdit()
        self.log_view.setObjectName("auditLog")
        self.log_view.setReadOnly(True)
        self.log_view.setAccessibleName(self.tr("Audit log, newest first"))
        self.log_view.setMaximumHeight(90)
        layout.addWidget(self.log_view)
        self.move_row = QHBoxLayout()
        layout.addLayout(self.move_row)
        self.move_buttons: dict[AgreementStatus, QPushButton] = {}
        for status, words in _MOVE_WORDS.items():
            button = QPushButton(self.tr(str(words)))
            button.setObjectName(f"move_{status.value}")
            button.clicked.connect(lambda _=False, s=status: self.move_to(s))
            self.move_row.addWidget(button)
            self.move_buttons[status] = button
        self.move_row.addStretch(1)
        actions = QHBoxLayout()
        layout.addLayout(actions)
        self.approval_button = QPushButton(self.tr("Record approval…"))
        self.approval_button.clicked.connect(self.record_approval)
        self.signatory_box = QComboBox()
        self.method_box = QComboBox()
        for method, words in (
            (SignOffMethod.INK, self.tr("signed in ink")),
            (SignOffMethod.DIGITAL, self.tr("signed digitally")),
            (SignOffMethod.APPROVAL, self.tr("recorded approval")),
        ):
            self.method_box.addItem(words, method)
        self.sign_off_button = QPushButton(self.tr("Record sign-off"))
        self.sign_off_button.clicked.connect(self.record_sign_off)
        self.revision_button = QPushButton(self.tr("New revision…"))
        self.revision_button.clicked.connect(self.start_new_revision)
        self.sign_pdf_button = QPushButton(self.tr("Sign PDF…"))
        self.sign_pdf_button.clicked.connect(self.sign_pdf)
        self.compare_button = QPushButton(self.tr("Compare with…"))
        self.compare_button.clicked.connect(self.compare)
        for widget in (
            self.approval_button,
            self.signatory_box,
            self.method_box,
            self.sign_off_button,
            self.revision_button,
            self.sign_pdf_button,
            self.compare_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.lifecycle_box = box

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        body = self.widget()
        layout = body.layout() if body is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.findings_label) + 1, self.lifecycle_box)

    def refresh(self, force: bool = False) -> None:
        super().refresh(force)
        a = self.document.agreement
        status = a.signoff.status
        locked = rules.is_locked(a)
        version = self.tr("Version %1").replace("%1", str(a.agreement.version))
        text = f"<b>{version}</b> — {self.tr(str(_STATUS_WORDS[status]))}"
        if locked:
            text += " " + self.tr("(read-only: start a new revision to change it)")
        missing = rules.missing_sign_offs(a)
        if status is AgreementStatus.APPROVED and missing:
            text += " — " + self.tr("sign-offs missing: %1").replace("%1", ", ".join(missing))
        self.status_label.setText(text)
        self.log_view.setPlainText(
            "\n".join(
                f"{event.at:%Y-%m-%d %H:%M} UTC · {event.by} · {event.detail or event.action.value}"
                for event in reversed(a.signoff.history)
            )
            or self.tr("No lifecycle steps recorded yet.")
        )
        allowed = rules.allowed_transitions(a)
        for target, button in self.move_buttons.items():
            button.setVisible(target in allowed)
        self.form.setEnabled(not locked)
        self.approval_button.setEnabled(not locked)
        self.signatory_box.clear()
        for person in a.signoff.signatories:
            self.signatory_box.addItem(person.name or person.id, person.id)
        can_sign_off = status is AgreementStatus.APPROVED and bool(a.signoff.signatories)
        for widget in (self.signatory_box, self.method_box, self.sign_off_button):
            widget.setEnabled(can_sign_off)
        self.revision_button.setEnabled(status in rules.REVISABLE)
        self.sign_pdf_button.setEnabled(status is AgreementStatus.SIGNED)

    # -- steps -------------------------------------------------------------------------------

    def _who(self, title: str) -> str | None:
        name = dialogs.ask_text(self, title, self.tr("Your name (recorded in the audit log):"))
        if name is None or not name.strip():
            return None
        return name.strip()

    def _apply(self, text: str, step: Callable[[Agreement], Agreement]) -> bool:
        """Run one lifecycle step and push its result as one undoable edit."""
        try:
            changed = step(self.document.agreement)
        except rules.LifecycleError as exc:
            present(self, self.tr("Not possible"), exc)
            return False
        with self.document.history.group(text):
            self.document.set_value(
                ("agreement",),
                changed.agreement.model_dump(mode="python"),
                merge=False,
                text=text,
                lifecycle=True,
            )
            self.document.set_value(
                ("signoff",),
                changed.signoff.model_dump(mode="python"),
                merge=False,
                text=text,
                lifecycle=True,
            )
        self.refresh(force=True)
        return True

    def move_to(self, status: AgreementStatus) -> bool:
        who = self._who(self.tr(str(_MOVE_WORDS[status])))
        if who is None:
            return False
        return self._apply(
            self.tr(str(_MOVE_WORDS[status])), lambda a: lifecycle.set_status(a, status, by=who)
        )

    def record_approval(self) -> bool:
        role = dialogs.ask_text(
            self, self.tr("Record approval"), self.tr("What was approved (e.g. Legal review):")
        )
        if not role:
            return False
        name = dialogs.ask_text(self, self.tr("Record approval"), self.tr("Approved by:"))
        if not name:
            return False
        note = rules.earlier_approvals_note(self.document.agreement)
        if note is not None and not dialogs.confirm_approval_of_changed_text(
            self, message_tr(note)
        ):
            return False
        who = self._who(self.tr("Record approval"))
        if who is None:
            return False
        return self._apply(
            "Record approval", lambda a: lifecycle.record_approval(a, role=role, name=name, by=who)
        )

    def record_sign_off(self) -> bool:
        signatory = self.signatory_box.currentData()
        method = SignOffMethod(self.method_box.currentData())
        if not signatory:
            return False
        who = self._who(self.tr("Record sign-off"))
        if who is None:
            return False
        return self._apply(
            "Record sign-off",
            lambda a: lifecycle.record_sign_off(a, signatory, method=method, by=who),
        )

    def start_new_revision(self) -> bool:
        summary = dialogs.ask_text(
            self, self.tr("New revision"), self.tr("What will this revision change?")
        )
        if summary is None:
            return False
        who = self._who(self.tr("New revision"))
        if who is None:
            return False
        return self._apply(
            "New revision", lambda a: lifecycle.new_revision(a, by=who, summary=summary)
        )

    def sign_pdf(self) -> OperationHandle | None:
        """Sign a contract PDF in the worker process; the button waits until it is done."""
        from ..signing_dialogs import sign_pdf_interactively

        person = self.signatory_box.currentData() if self.signatory_box.count() else None

        def done(target: Path | None) -> None:
            self.sign_pdf_button.setEnabled(True)
            if target is not None:
                dialogs.show_info(
                    self,
                    self.tr("Signed"),
                    self.tr("Signed PDF written to %1").replace("%1", str(target)),
                )

        job = sign_pdf_interactively(self, person, done)
        if job is not None:
            self.sign_pdf_button.setEnabled(False)
        return job

    def compare(self) -> OperationHandle | None:
        """Write a redline against an earlier revision in the worker process."""
        from ..compare import compare_with

        def done(target: Path | None) -> None:
            self.compare_button.setEnabled(True)
            if target is not None:
                dialogs.show_info(
                    self,
                    self.tr("Redline"),
                    self.tr("Redline written to %1").replace("%1", str(target)),
                )

        job = compare_with(self, self.document.agreement, done)
        if job is not None:
            self.compare_button.setEnabled(False)
        return job
