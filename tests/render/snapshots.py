"""What a reader gets from each preset's contract: every page's text and the bookmarks.

The snapshots in ``tests/data/contract_snapshots/`` are what the presets' contracts said when
they were last written down; ``tests/render/test_presets.py`` fails when a contract's pages or
bookmarks differ from them. A change made for speed (issue 14) must leave both as they are, page
by page; a change of the contract's words or layout made on purpose writes them again, and the
diff of the snapshots shows in review what a reader of the contract will see change:

    .venv/bin/python -m tests.render.snapshots --write

The page text is ``pdftotext``'s (poppler, in reading order), each line's spaces collapsed; a
bookmark is its level, its title and the page it opens (1-based).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SNAPSHOTS = Path(__file__).resolve().parent.parent / "data" / "contract_snapshots"


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text as pdftotext reads it, one string a page, blank lines dropped."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contract.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends every page, the last one too, with a form feed
    return [
        "\n".join(" ".join(line.split()) for line in page.splitlines() if line.strip())
        for page in pages
    ]


def outline(pdf: bytes) -> list[list[Any]]:
    """The bookmarks in order: [level, title, page] (level 1 at the top, pages from 1)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    found: list[list[Any]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append([level, str(item.title), reader.get_destination_page_number(item) + 1])

    walk(reader.outline, 1)
    return found


def snapshot(pdf: bytes) -> dict[str, Any]:
    return {"outline": outline(pdf), "pages": page_texts(pdf)}


def snapshot_path(preset: Path) -> Path:
    return SNAPSHOTS / (preset.name.removesuffix(".sla.json") + ".json")


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    if argv != ["--write"]:
        sys.stderr.write("usage: python -m tests.render.snapshots --write\n")
        return 2
    from slawriter.bundled import resources_dir
    from slawriter.render import render_pdf
    from slawriter.storage import load_agreement

    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    for preset in sorted((resources_dir() / "presets").glob("*.sla.json")):
        written = snapshot_path(preset)
        written.write_text(dumps(snapshot(render_pdf(load_agreement(preset)).pdf)), "utf-8")
        print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
