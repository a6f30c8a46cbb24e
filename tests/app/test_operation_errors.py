"""Operations run in the worker process send their errors back as data: in the Spanish UI,
signing, a redline and a compliance report say what went wrong in Spanish (issue 12 §2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from slawriter.app.compliance_view import ComplianceDialog
from slawriter.app.document import Document
from slawriter.app.pages.signoff import SignOffPage
from slawriter.bundled import resources_dir
from slawriter.storage import load_agreement, save_agreement
from tests.factories import agreement as make_agreement
from tests.services.test_signing import PASSPHRASE, _key

from .conftest import DialogLog
from .test_signoff_jobs import signed_pdf  # noqa: F401 - a fixture

DATA = Path(__file__).resolve().parent.parent / "data" / "compliance"
SUPPORT = resources_dir() / "presets" / "customer-support.sla.json"


def _page(qtbot: QtBot) -> SignOffPage:
    page = SignOffPage(Document(make_agreement()))
    qtbot.addWidget(page)
    page.refresh(force=True)
    return page


def _shown(dialog_log: DialogLog) -> tuple[Any, ...]:
    name, args = dialog_log.calls[-1]
    assert name == "show_error", dialog_log.calls
    return args


@pytest.mark.process
def test_a_wrong_passphrase_is_said_in_spanish(
    spanish: Path,
    qtbot: QtBot,
    dialog_log: DialogLog,
    signed_pdf: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    key = tmp_path / "ana.p12"
    key.write_bytes(_key("Ana Ruiz").p12)
    target = tmp_path / "never.pdf"
    dialog_log.answers.update(
        choose_file=lambda *_: [signed_pdf, key][len(dialog_log.calls) - 1],
        ask_passphrase=PASSPHRASE + b"-wrong",
        choose_save=target,
        show_error=None,
    )
    job = _page(qtbot).sign_pdf()
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=120_000) as done:
        pass
    assert done.args == [False]
    title, lines = _shown(dialog_log)
    assert title == "No se pudo firmar"
    assert lines == [
        f"{key}: no es un archivo de claves PKCS#12, o la frase de contraseña es incorrecta"
    ]
    assert not target.exists()


@pytest.mark.process
def test_a_pdf_that_is_not_one_cannot_be_signed_in_spanish(
    spanish: Path, qtbot: QtBot, dialog_log: DialogLog, tmp_path: Path
) -> None:
    fake = tmp_path / "contract.pdf"
    fake.write_text("not a PDF", encoding="utf-8")
    key = tmp_path / "ana.p12"
    key.write_bytes(_key("Ana Ruiz").p12)
    dialog_log.answers.update(
        choose_file=lambda *_: [fake, key][len(dialog_log.calls) - 1],
        ask_passphrase=PASSPHRASE,
        choose_save=tmp_path / "signed.pdf",
        show_error=None,
    )
    job = _page(qtbot).sign_pdf()
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=120_000):
        pass
    _title, lines = _shown(dialog_log)
    assert lines[0].endswith("no es un archivo PDF"), lines


@pytest.mark.process
def test_a_redline_against_a_bad_file_is_refused_in_spanish(
    spanish: Path, qtbot: QtBot, dialog_log: DialogLog, tmp_path: Path
) -> None:
    earlier = tmp_path / "v1.sla.json"
    earlier.write_text("", encoding="utf-8")
    target = tmp_path / "redline.html"
    dialog_log.answers.update(choose_file=earlier, choose_save=target, show_error=None)
    job = _page(qtbot).compare()
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=120_000) as done:
        pass
    assert done.args == [False]
    title, lines = _shown(dialog_log)
    assert title == "No se pudo comparar"
    english = "the file is empty"
    assert lines and str(earlier) in lines[0] and english not in " ".join(lines), lines
    assert not target.exists()


@pytest.mark.process
def test_a_compliance_report_that_cannot_be_written_says_so_in_spanish(
    spanish: Path, qtbot: QtBot, dialog_log: DialogLog, tmp_path: Path
) -> None:
    view = ComplianceDialog(load_agreement(SUPPORT))
    qtbot.addWidget(view)
    view.period.setDate(view.period.date().fromString("2026-03", "yyyy-MM"))
    view.inputs["tickets"].setText(str(DATA / "support-tickets.csv"))
    with qtbot.waitSignal(view.finished_check, timeout=60_000) as done:
        view.run_check()
    assert done.args == [True]
    folder = tmp_path / "reports"
    folder.mkdir()
    dialog_log.answers.update(choose_save=folder, show_error=None)
    view.save_pdf.click()
    job = view._pdf_job
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=120_000) as written:
        pass
    assert written.args == [False]
    title, lines = _shown(dialog_log)
    assert title == "Cumplimiento"
    assert lines and lines[0].startswith(str(folder)), lines
    assert "folder" not in lines[0] and "carpeta" in lines[0], lines


def test_the_command_line_says_the_same_in_english(tmp_path: Path) -> None:
    save_agreement(make_agreement(), tmp_path / "a.sla.json")
    from slawriter.services.operations import Diff, OperationError

    with pytest.raises(OperationError) as refused:
        Diff(
            old=tmp_path / "a.sla.json", new=tmp_path / "a.sla.json", output=tmp_path / "x.txt"
        ).run()
    assert (
        str(refused.value)
        == f"{tmp_path / 'x.txt'}: the redline is written as .pdf, .html or .docx"
    )
