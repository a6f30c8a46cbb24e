"""The organization's logo and accent colour: chosen in Preferences, used by every render."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from slawriter.app.main_window import MainWindow
from slawriter.app.preferences import Preferences
from slawriter.app.preferences_dialog import PreferencesDialog
from slawriter.storage import dumps_agreement
from tests import factories

from .conftest import DialogLog

LOGO = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
    b'<rect width="40" height="20" fill="#1f4e79"/></svg>'
)


def handle_in_worker(*requests: dict[str, Any]) -> list[dict[str, Any]]:
    """Send requests to a real render process (never import WeasyPrint in the test process)."""
    lines = "".join(json.dumps(r) + "\n" for r in requests)
    done = subprocess.run(
        [sys.executable, "-m", "slawriter.worker.render_worker"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    replies = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert replies[0].get("ready"), replies
    # Each request's answer; a preview's interim pages come before it (render/interim.py).
    return [reply for reply in replies[1:] if not reply.get("interim")]


def _images_on_first_page(pdf: Path) -> int:
    return len(PdfReader(pdf).pages[0].images)


def _png(path: Path) -> Path:
    image = QImage(32, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    assert image.save(str(path), "PNG")
    return path


@pytest.mark.process
def test_the_render_process_puts_the_logo_on_the_title_page(qapp: object, tmp_path: Path) -> None:
    logo = _png(tmp_path / "logo.png")
    request = {"id": 1, "agreement": dumps_agreement(factories.agreement()), "export": False}
    plain, branded = handle_in_worker(
        {**request, "out": str(tmp_path / "plain.pdf")},
        {**request, "out": str(tmp_path / "branded.pdf"), "logo": str(logo), "accent": "#7a1f5c"},
    )
    assert plain["ok"] and branded["ok"], (plain, branded)
    assert _images_on_first_page(tmp_path / "branded.pdf") > _images_on_first_page(
        tmp_path / "plain.pdf"
    )


@pytest.mark.process
def test_a_bad_logo_or_colour_is_reported_not_rendered(tmp_path: Path) -> None:
    request = {"id": 2, "agreement": dumps_agreement(factories.agreement()), "export": False}
    missing, colour = handle_in_worker(
        {**request, "out": str(tmp_path / "a.pdf"), "logo": str(tmp_path / "no.png")},
        {**request, "id": 3, "out": str(tmp_path / "b.pdf"), "accent": "red; x: url(y)"},
    )
    assert not missing["ok"] and "cannot be read" in missing["error"][0]
    assert not colour["ok"] and "not a colour" in colour["error"][0]
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "b.pdf").exists()


def test_preferences_refuse_a_bad_colour_and_keep_a_good_one(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.accent.setText("blue")
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.isVisibleTo(dialog)
    assert "colour" in dialog.problem.text()
    logo = tmp_path / "logo.svg"
    logo.write_bytes(LOGO)
    dialog.accent.setText("#7a1f5c")
    dialog.logo.setText(str(logo))
    assert dialog.branding_problem() == ""
    chosen = dialog.preferences()
    assert (chosen.logo, chosen.accent) == (logo, "#7a1f5c")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    chosen.save(settings)
    assert Preferences.load(settings) == chosen


def test_new_branding_reaches_the_render_service(
    make_window: Callable[..., MainWindow], dialog_log: DialogLog, tmp_path: Path
) -> None:
    window = make_window()
    logo = tmp_path / "logo.svg"
    logo.write_bytes(LOGO)
    dialog_log.answers["edit_preferences"] = Preferences(logo=logo, accent="#7a1f5c")
    assert window.edit_preferences()
    job_logo, job_accent = window.render_service._logo, window.render_service._accent
    assert (job_logo, job_accent) == (str(logo), "#7a1f5c")
