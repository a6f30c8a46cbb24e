"""The contract's catalogs: every message has a Spanish translation, placeholders intact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from slawriter.model.types import Duration, DurationUnit
from slawriter.render import RenderResult
from slawriter.render.formatting import Formatter
from slawriter.render.i18n import catalog_path, translations

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "NP_": (1, 2)}


def _source_messages() -> set[str | tuple[str, ...]]:
    found: set[str | tuple[str, ...]] = set()
    sources = [
        ("templates", [("**.html", "jinja2.ext:babel_extract")]),
        ("slawriter/render", [("**.py", "python")]),
        ("slawriter/services/compliance", [("output.py", "python")]),
    ]
    options = {"**.html": {"extensions": "jinja2.ext.i18n,jinja2.ext.do", "trimmed": "true"}}
    for folder, method_map in sources:
        for _, _, message, _, _ in extract_from_dir(
            str(ROOT / folder), method_map, options_map=options, keywords=KEYWORDS
        ):
            found.add(message if isinstance(message, str) else tuple(message))
    return found


def _catalog(language: str) -> dict[str | tuple[str, ...], object]:
    with catalog_path(language).open("rb") as handle:
        catalog = read_po(handle)
    return {m.id if isinstance(m.id, str) else tuple(m.id): m.string for m in catalog if m.id}


def test_every_message_is_in_both_catalogs() -> None:
    messages = _source_messages()
    for language in ("en", "es"):
        catalog = _catalog(language)
        missing = sorted(str(m) for m in messages if m not in catalog)
        assert missing == [], f"{language}: run the catalog update for {missing[:5]}"


def test_spanish_translations_are_complete_and_keep_placeholders() -> None:
    for msgid, msgstr in _catalog("es").items():
        ids = [msgid] if isinstance(msgid, str) else list(msgid)
        strs = [msgstr] if isinstance(msgstr, str) else list(msgstr)  # type: ignore[arg-type]
        assert all(strs), f"untranslated: {msgid!r}"
        wanted = set(re.findall(r"%\(\w+\)s", ids[-1]))
        for text in strs:
            assert set(re.findall(r"%\(\w+\)s", text)) == wanted, msgid


def test_durations_in_both_languages() -> None:
    four = Duration(value=4, unit=DurationUnit.BUSINESS_HOURS)
    one = Duration(value=1, unit=DurationUnit.BUSINESS_DAYS)
    assert Formatter("en", "EUR").duration(four) == "4 business hours"
    assert Formatter("es", "EUR").duration(four) == "4 horas hábiles"
    assert Formatter("en", "EUR").duration(one) == "1 business day"
    assert Formatter("es", "EUR").duration(one) == "1 día hábil"


def test_catalogs_compile_without_warnings() -> None:
    translations.cache_clear()
    assert translations("es").gettext("DRAFT") == "BORRADOR"
    assert translations("en").gettext("DRAFT") == "DRAFT"


@pytest.mark.pdf
def test_the_spanish_watermark_is_one_word_on_every_page(pdf_es: RenderResult) -> None:
    """ "BORRADOR" is longer than "DRAFT": it once broke into "BORRADO" and "R"."""
    import io

    from pypdf import PdfReader

    for page in PdfReader(io.BytesIO(pdf_es.pdf)).pages:
        text = " ".join((page.extract_text() or "").split())
        assert "BORRADOR" in text
