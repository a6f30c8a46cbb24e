"""The DejaVu faces in resources/fonts/ are what the contract, redline and report PDFs embed, also
on a machine whose fontconfig knows no font at all."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from slawriter.bundled import resources_dir, templates_dir
from slawriter.render.fonts import FONTS_CSS, fonts_folder

ROOT = Path(__file__).resolve().parents[2]
PRESETS = resources_dir() / "presets"
COMPLIANCE_DATA = ROOT / "tests" / "data" / "compliance"

_FACE = re.compile(r"@font-face\s*{([^}]*)}")
_DESCRIPTOR = re.compile(r"([a-z-]+)\s*:\s*([^;]+);")


def _declared_faces() -> list[dict[str, str]]:
    css = (fonts_folder() / FONTS_CSS).read_text(encoding="utf-8")
    return [dict(_DESCRIPTOR.findall(body)) for body in _FACE.findall(css)]


def _font(file: Path) -> TTFont:
    return TTFont(io.BytesIO(file.read_bytes()))


def _bundled_fonts() -> dict[str, Path]:
    """PostScript name → bundled file, for every face fonts.css declares."""
    fonts = {}
    for face in _declared_faces():
        file = fonts_folder() / face["src"].strip().removeprefix("url(").removesuffix(")")
        fonts[_font(file)["name"].getDebugName(6)] = file
    return fonts


def _embedded_fonts(pdf: bytes) -> dict[str, TTFont]:
    """PostScript name → the font program (a subset) of every font embedded in ``pdf``.

    Also checks that each program is the face the text asked for: WeasyPrint names a PDF font
    after the face requested ("DejaVu-Serif-Italic"), the program carries the name of the file
    it came from ("DejaVuSerif-Italic"); a face that is not bundled shows as a mismatch
    ("DejaVu-Sans-Mono-Bold" drawn with "DejaVuSansMono").
    """
    from pypdf import PdfReader

    fonts: dict[str, TTFont] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in (page.get("/Resources") or {}).get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            program = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()))
            name = program["name"].getDebugName(6)
            asked = str(font["/BaseFont"]).split("+", 1)[-1]
            assert asked.replace("-", "").lower() == name.replace("-", "").lower(), (asked, name)
            fonts[name] = program
    return fonts


def _same_outlines(subset: TTFont, original: TTFont) -> bool:
    """Every character of the subset is drawn exactly as in the original file."""
    ours, theirs = subset.getBestCmap(), original.getBestCmap()
    glyf_ours, glyf_theirs = subset["glyf"], original["glyf"]
    for char, name in ours.items():
        coordinates = glyf_ours[name].getCoordinates(glyf_ours)
        expected = glyf_theirs[theirs[char]].getCoordinates(glyf_theirs)
        if list(coordinates[0]) != list(expected[0]) or coordinates[1:] != expected[1:]:
            return False
    return bool(ours)


def test_fonts_css_declares_every_family_the_style_sheets_ask_for() -> None:
    sheets = [*templates_dir().glob("css/*.css"), *templates_dir().glob("*/*.css")]
    asked = {
        family
        for sheet in sheets
        for family in re.findall(r'"(DejaVu [^"]+)"', sheet.read_text(encoding="utf-8"))
    }
    declared = {face["font-family"].strip().strip('"') for face in _declared_faces()}
    assert asked == declared == {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"}
    for file in _bundled_fonts().values():
        assert file.is_file() and file.parent == fonts_folder()
    assert "Bitstream Vera" in (fonts_folder() / "LICENSE").read_text(encoding="utf-8")


_PRINT_ALL = """
    import json, sys
    from slawriter.cli import main
    contract, old, new, tickets, out = sys.argv[1:]
    codes = [
        main(["export", contract, "-o", out + "/contract.pdf", "--style", "formal"]),
        main(["diff", old, new, "-o", out + "/redline.pdf"]),
        main(["comply", contract, "--period", "2026-03", "--tickets", tickets,
              "-o", out + "/report.pdf"]),
    ]
    print(json.dumps(codes))
"""


@pytest.mark.process
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig's FONTCONFIG_FILE")
def test_pdfs_embed_the_bundled_fonts_where_fontconfig_has_no_font(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    contract = PRESETS / "customer-support.sla.json"
    data = json.loads(contract.read_text(encoding="utf-8"))
    data["agreement"]["title"] += " (revised)"
    new = tmp_path / "new.sla.json"
    new.write_text(json.dumps(data), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-W",
            "always::UserWarning",
            "-c",
            textwrap.dedent(_PRINT_ALL),
            str(contract),
            str(contract),
            str(new),
            str(COMPLIANCE_DATA / "support-tickets.csv"),
            str(tmp_path),
        ],
        env={**os.environ, "FONTCONFIG_FILE": str(config)},
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == [0, 0, 1]  # the report finds a breach
    # WeasyPrint's own word that fontconfig found no font: every glyph below is from the bundle.
    assert "No fonts configured in FontConfig" in done.stderr
    bundled = _bundled_fonts()
    originals = {name: _font(path) for name, path in bundled.items()}
    for document, faces in [
        ("contract", set(bundled)),  # the formal contract uses every bundled face
        ("redline", {"DejaVuSerif", "DejaVuSerif-Bold"}),
        ("report", {"DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSans"}),
    ]:
        embedded = _embedded_fonts((tmp_path / f"{document}.pdf").read_bytes())
        assert faces <= set(embedded) <= set(bundled), document
        for name, program in embedded.items():
            assert _same_outlines(program, originals[name]), (document, name)
