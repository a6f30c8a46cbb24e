"""No English in a Spanish contract and no Spanish in an English one, for every preset.

Each bundled preset (whatever ``presets.json`` lists) is exported in each contract language
through the export service, and the PDF is read back: its pages, bookmarks, document properties
and the attachment's description. What the author typed — names, addresses, clause texts,
objective names, IDs, time zones — is data in the author's language, so every string value of the
agreement is masked out first; what is left is the contract's own wording (templates, catalogs,
Babel's dates), and none of it may be a word that only the other language uses, nor an enumeration
value printed as it is stored (``business_days``).

A language's words are the words of its contract catalog (``resources/i18n/contract/``: the
msgids for English, the msgstrs for Spanish) plus the month and weekday names and AM/PM that
Babel writes for it; a word both languages use ("no", "chat", "software") belongs to neither.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from slawriter.model import Agreement
from slawriter.model.types import Language
from slawriter.render.context import PartyTerm
from slawriter.render.i18n import catalog_path
from slawriter.services.presets import Preset, list_presets

from .conftest import PresetExport

PRESETS = list_presets()
LANGUAGES = [language.value for language in Language]
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
OTHER = {"en": "es", "es": "en"}

# A word of two letters or more; one letter is a list item's (a)…(z) as often as a word.
WORD = re.compile(r"\b[^\W\d_]{2,}\b")
# An enumeration value or a field name printed as it is stored: business_days, future_invoices.
RAW_VALUE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|<[^>]*>|\{\{.*?\}\}")
MASK = "▒"
CONTEXT = 70


# -- each language's own words ------------------------------------------------------------------
def _catalog_texts(language: str) -> Iterable[str]:
    """Every text the contract catalog of ``language`` gives (both plural forms)."""
    from babel.messages.pofile import read_po

    with catalog_path(language).open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id:
            continue
        sides = [message.string] if language != "en" else [message.id, message.string]
        for side in sides:
            yield from [side] if isinstance(side, str) else (side or ())


def _babel_words(language: str) -> Iterable[str]:
    """The month and weekday names, and AM/PM, that Babel writes in ``language``'s dates and
    times."""
    from babel.dates import get_day_names, get_month_names, get_period_names

    for context in ("format", "stand-alone"):
        yield from get_month_names("wide", context, locale=language).values()
        yield from get_day_names("wide", context, locale=language).values()
    periods = get_period_names("abbreviated", locale=language)
    yield from (str(periods[key]) for key in ("am", "pm") if key in periods)


@cache
def words_of(language: str) -> frozenset[str]:
    texts = [*_catalog_texts(language), *_babel_words(language)]
    return frozenset(
        w.casefold() for text in texts for w in WORD.findall(PLACEHOLDER.sub(" ", text))
    )


# Loanwords and abbreviations that a contract in either language writes as they are, though
# only one catalog happens to use them ("Tiempo de seguimiento de leads", "Net Promoter Score
# (NPS)"): never a sign of the other language.
SAME_IN_BOTH = frozenset({"lead", "leads", "nps"})


@cache
def only_in(language: str) -> frozenset[str]:
    """The words of ``language`` that the other language never uses."""
    return words_of(language) - words_of(OTHER[language]) - SAME_IN_BOTH


# -- what the author wrote ----------------------------------------------------------------------
def _strings(node: Any) -> Iterable[str]:
    """Every string value in the agreement; not its enumeration values, which the contract
    words itself (a metric kind, a time unit)."""
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _strings(getattr(node, name))
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _strings(item)
    elif isinstance(node, dict):
        for item in node.values():
            yield from _strings(item)
    elif isinstance(node, str) and not isinstance(node, Enum):
        yield node


def user_texts(agreement: Agreement) -> list[str]:
    """What the author typed, as the contract can print it: line by line, whitespace collapsed,
    and a chosen party term also as the contract splits it (article, noun, heading)."""
    language = agreement.agreement.language.value
    chosen = agreement.agreement.party_terms
    terms = [p.term for p in agreement.parties] + [chosen.provider, chosen.customer]
    derived = []
    for term in (t.strip() for t in terms):
        if term:
            party_term = PartyTerm(term, language)
            derived += [party_term.cap, party_term.noun, party_term.label]
    lines = {
        " ".join(line.split())
        for text in [*_strings(agreement), *derived]
        for line in text.splitlines()
    }
    return sorted((line for line in lines if line), key=len, reverse=True)


def mask(text: str, values: Iterable[str]) -> str:
    """``text`` with every occurrence of ``values`` replaced by ▒.

    The PDF's text wraps lines anywhere (an email address in a narrow table cell breaks in the
    middle), so values are looked for in the text with its whitespace taken out; a match must
    start and end at a word's edge in the real text, so that a short value (an ID like ``p1``)
    never eats part of a longer word. Matching is case-sensitive: the templates print what the
    author typed as it was typed (a party term's other forms are among ``values``), so an ID such
    as ``internet`` does not hide the catalog's "Internet".
    """
    kept = [i for i, c in enumerate(text) if not c.isspace()]
    squeezed = "".join(text[i] for i in kept)
    masked = [False] * len(text)
    for value in values:
        needle = "".join(value.split())
        if not needle:
            continue
        start = squeezed.find(needle)
        while start >= 0:
            first, last = kept[start], kept[start + len(needle) - 1]
            if _edge(text, first - 1, needle[0]) and _edge(text, last + 1, needle[-1]):
                masked[first : last + 1] = [True] * (last + 1 - first)
            start = squeezed.find(needle, start + 1)
    out: list[str] = []
    for index, char in enumerate(text):
        if not masked[index]:
            out.append(char)
        elif not out or out[-1] != MASK:
            out.append(MASK)
    return "".join(out)


def _edge(text: str, index: int, inner: str) -> bool:
    """Whether ``text[index]``, next to a match ending in ``inner``, leaves a word whole."""
    if index < 0 or index >= len(text) or not inner.isalnum():
        return True
    return not text[index].isalnum()


# -- the contracts ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Leak:
    what: str
    word: str
    context: str

    def __str__(self) -> str:
        return f"{self.what} {self.word!r} in: …{self.context}…"


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def leaks(text: str, language: str) -> list[Leak]:
    """The other language's words, and raw stored values, in a contract's masked text.

    Foreign words next to each other are one leak ("The agreement this contract was rendered
    from"), however many of them there are, and a leak that repeats (on every page) is named once.
    """
    other = OTHER[language]
    foreign, native = only_in(other), only_in(language)
    runs: list[list[int]] = []
    for match in WORD.finditer(text):
        if match.group().casefold() not in foreign:
            continue
        start, end = match.span()
        if runs and _one_phrase(text[runs[-1][1] : start], native):
            runs[-1][1] = end
        else:
            runs.append([start, end])
    found: dict[str, Leak] = {}
    for start, end in runs:
        phrase = " ".join(text[start:end].split())
        what = f"{LANGUAGE_NAMES[other]} {'words' if ' ' in phrase else 'word'}"
        found.setdefault(phrase, Leak(what, phrase, _context(text, start, end)))
    for match in RAW_VALUE.finditer(text):
        found.setdefault(
            match.group(), Leak("stored value", match.group(), _context(text, *match.span()))
        )
    return list(found.values())


def _one_phrase(gap: str, native: frozenset[str]) -> bool:
    """Whether two foreign words with ``gap`` between them belong to one phrase: nothing masked
    and no word of the contract's own language between them."""
    words = (w.casefold() for w in WORD.findall(gap))
    return len(gap) <= 40 and MASK not in gap and not any(w in native for w in words)


def pdf_places(path: Path) -> dict[str, str]:
    """What a reader of the PDF sees, by where it is: the pages, the bookmarks, the document
    properties and the attachment's description."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    bookmarks: list[str] = []
    stack: list[Any] = list(reader.outline)
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[:0] = item
        else:
            bookmarks.append(str(item.title))
    info: Any = reader.metadata or {}
    root: Any = reader.trailer["/Root"]
    files = root.get("/AF") or []
    return {
        "page text": "\n".join(page.extract_text() or "" for page in reader.pages),
        "bookmarks": "\n".join(bookmarks),
        "document properties": "\n".join(
            str(info[key]) for key in ("/Title", "/Subject", "/Keywords") if key in info
        ),
        "attachment description": "\n".join(
            str(spec.get_object().get("/Desc", "")) for spec in files
        ),
    }


@pytest.mark.pdf
@pytest.mark.skipif(not PRESETS, reason="no presets bundled yet")
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("preset", PRESETS, ids=[p.name for p in PRESETS])
def test_a_preset_contract_is_in_one_language(
    preset: Preset, language: str, preset_export: PresetExport
) -> None:
    agreement, out = preset_export(preset, language)
    places = pdf_places(out)
    typed = user_texts(agreement)
    found = [
        f"  {where}: {leak}"
        for where, text in places.items()
        for leak in leaks(mask(text, typed), language)
    ]
    assert not found, (
        f"the {LANGUAGE_NAMES[language]} contract of preset {preset.name!r} has words that are "
        f"not {LANGUAGE_NAMES[language]} (what the author typed is masked as {MASK}):\n"
        + "\n".join(found)
    )


# -- the checker itself -------------------------------------------------------------------------
def test_each_language_has_words_of_its_own() -> None:
    assert {"the", "shall", "agreement", "january", "monday", "pm"} <= only_in("en")
    assert {"el", "acuerdo", "enero", "lunes", "podrá"} <= only_in("es")
    # A word both catalogs use is nobody's leak.
    assert "no" not in only_in("en") | only_in("es")


def test_masking_survives_line_wrapping_and_leaves_other_words_whole() -> None:
    text = "Contacto angela.brooks@cloudmere.exam\nple y\nthe Cloudmere\nInsights Service p10"
    masked = mask(text, ["angela.brooks@cloudmere.example", "Cloudmere Insights", "p1"])
    assert masked == f"Contacto {MASK} y\nthe {MASK} Service p10"


def test_a_leak_names_the_word_and_where_it_is() -> None:
    text = "El Proveedor prestará el Servicio during business hours ▒ en days hábiles."
    found = leaks(text, "es")
    assert [leak.word for leak in found] == ["during business hours", "days"]
    assert "prestará el Servicio [during business hours] ▒ en days" in str(found[0])
    assert [leak.word for leak in leaks("credited against future_invoices", "en")] == [
        "future_invoices"
    ]


def test_dates_in_the_wrong_language_are_leaks() -> None:
    from babel.dates import format_date

    date = format_date(dt.date(2027, 2, 1), "long", locale="en")
    assert [leak.word for leak in leaks(f"entra en vigor el {date}.", "es")] == ["February"]
