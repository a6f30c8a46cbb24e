"""Every error the app shows goes through one presenter (issue 12 §2)."""

from __future__ import annotations

import re
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "slawriter" / "app"


def test_only_the_presenter_opens_an_error_dialog() -> None:
    callers = sorted(
        str(path.relative_to(APP))
        for path in APP.rglob("*.py")
        if re.search(r"\bdialogs\.show_error\(", path.read_text(encoding="utf-8"))
    )
    assert callers == ["error_presenter.py"]
