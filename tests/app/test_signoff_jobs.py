"""Signing and "Compare with…" from the Sign-off page run in the worker process, not the GUI."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from slawriter.app import dialogs
from slawriter.app.document import Document
from slawriter.app.pages.signoff import SignOffPage
from slawriter.model.agreement import AgreementStatus, SignOffMethod
from slawriter.services.lifecycle import record_sign_off, set_status
from slawriter.storage import save_agreement
from tests.factories import agreement as make_agreement
from tests.services.test_signing import PASSPHRASE, _key

S = AgreementStatus


def slawriter(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "slawriter", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def signed_pdf(tmp_path: Path) -> Path:
    a = make_agreement()
    for status in (S.IN_REVIEW, S.APPROVED):
        a = set_status(a, status, by="Ana")
    for person in a.signoff.signatories:
        a = record_sign_off(a, person.id, method=SignOffMethod.DIGITAL, by="Ana")
    a = set_status(a, S.SIGNED, by="Ana")
    save_agreement(a, tmp_path / "signed.sla.json")
    done = slawriter("export", str(tmp_path / "signed.sla.json"), "-o", str(tmp_path / "c.pdf"))
    assert done.returncode == 0, done.stderr
    return tmp_path / "c.pdf"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    given: dict[str, Any] = {"calls": []}

    def fake(name: str) -> Any:
        def answer(*args: Any) -> Any:
            given["calls"].append((name, args))
            value = given[name]
            return value.pop(0) if isinstance(value, list) else value

        return answer

    for name in ("choose_file", "choose_save", "ask_passphrase", "show_error", "show_info"):
        monkeypatch.setattr(dialogs, name, fake(name))
    yield given


def _page(qtbot: QtBot, document: Document) -> SignOffPage:
    page = SignOffPage(document)
    qtbot.addWidget(page)
    page.refresh(force=True)
    return page


@pytest.mark.process
def test_sign_a_pdf_in_the_worker_process(
    qtbot: QtBot, answers: dict[str, Any], signed_pdf: Path, tmp_path: Path
) -> None:
    key = tmp_path / "ana.p12"
    key.write_bytes(_key("Ana Ruiz").p12)
    target = tmp_path / "c-signed.pdf"
    answers.update(choose_file=[signed_pdf, key], ask_passphrase=PASSPHRASE, choose_save=target)
    answers["show_info"] = None
    page = _page(qtbot, Document(make_agreement()))
    page.signatory_box.setCurrentIndex(0)
    before = set(sys.modules)
    job = page.sign_pdf()
    assert job is not None and not page.sign_pdf_button.isEnabled()
    with qtbot.waitSignal(job.done, timeout=120_000) as done:
        pass
    assert done.args[0] is True, answers["calls"]
    assert page.sign_pdf_button.isEnabled()
    assert [name for name, _ in answers["calls"]][-1] == "show_info"
    verify = slawriter("verify", str(target))
    assert verify.returncode == 0, verify.stdout + verify.stderr
    loaded_here = set(sys.modules) - before
    assert not {m for m in loaded_here if m.startswith(("weasyprint", "pyhanko"))}


@pytest.mark.process
def test_a_wrong_passphrase_is_shown_and_writes_nothing(
    qtbot: QtBot, answers: dict[str, Any], signed_pdf: Path, tmp_path: Path
) -> None:
    key = tmp_path / "ana.p12"
    key.write_bytes(_key("Ana Ruiz").p12)
    target = tmp_path / "never.pdf"
    answers.update(choose_file=[signed_pdf, key], ask_passphrase=b"wrong", choose_save=target)
    answers["show_error"] = None
    page = _page(qtbot, Document(make_agreement()))
    job = page.sign_pdf()
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=120_000):
        pass
    name, args = answers["calls"][-1]
    assert name == "show_error" and "passphrase" in " ".join(args[2])
    assert not target.exists()


@pytest.mark.process
def test_compare_with_an_earlier_revision(
    qtbot: QtBot, answers: dict[str, Any], tmp_path: Path
) -> None:
    earlier = tmp_path / "v1.sla.json"
    save_agreement(make_agreement(), earlier)
    current = make_agreement()
    current.service_levels.objectives[0].target.value = (
        current.service_levels.objectives[0].target.value - 1
    )
    target = tmp_path / "redline.html"
    answers.update(choose_file=earlier, choose_save=target, show_info=None)
    page = _page(qtbot, Document(current))
    job = page.compare()
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=120_000) as done:
        pass
    assert done.args[0] is True, answers["calls"]
    text = target.read_text(encoding="utf-8")
    assert "Monthly uptime" in text and "98.9" in text


@pytest.mark.process
def test_compare_writes_word_tracked_changes(
    qtbot: QtBot, answers: dict[str, Any], tmp_path: Path
) -> None:
    """A redline saved as .docx is the Word document with the change tracked (w:del / w:ins)."""
    import zipfile

    earlier = tmp_path / "v1.sla.json"
    save_agreement(make_agreement(), earlier)
    current = make_agreement()
    current.agreement.title = current.agreement.title + " revised"
    target = tmp_path / "redline.docx"
    answers.update(choose_file=earlier, choose_save=target, show_info=None)
    job = _page(qtbot, Document(current)).compare()
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=120_000) as done:
        pass
    assert done.args[0] is True, answers["calls"]
    body = zipfile.ZipFile(target).read("word/document.xml").decode("utf-8")
    assert "<w:ins " in body and "revised" in body
