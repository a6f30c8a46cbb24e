"""The main window in parts: its controllers' strings stay where Qt's translators look."""

from __future__ import annotations

import re
from pathlib import Path

import slawriter.app

ROOT = Path(__file__).resolve().parents[2]


def test_update_ts_reads_every_folder_of_the_app() -> None:
    """``make update-ts`` lists the app's folders one by one; a new one must join the list, or
    its strings would leave the catalogue the next time it runs."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile[makefile.index("update-ts: venv") :].split("\n\n", 1)[0]
    read = set(re.findall(r"\.\./\.\./(slawriter/app(?:/\w+)*)/\*\.py", recipe))
    app = Path(slawriter.app.__file__).parent
    translating = [p for p in app.rglob("*.py") if "tr(" in p.read_text(encoding="utf-8")]
    folders = {str(path.parent.relative_to(ROOT)) for path in translating}
    assert folders and folders <= read, sorted(folders - read)
