"""Keep the catalogs in step with the templates: ``python -m slawriter.render.catalogs``.

The contract catalogs hold the words of every document slawriter prints (the contract, the
redline, the compliance report). This extracts every message from ``templates/`` (Jinja2
``{% trans %}`` and ``_()``) and from the renderer's ``N_()`` markers (``slawriter/render/``,
the documents' context builders included), adds new ones to
``resources/i18n/contract/<lang>/contract.po``, drops ones no longer used, fills English with
the source text, and lists the Spanish messages that still need a translation (the tests fail
until they have one).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from ..bundled import templates_dir
from .i18n import DOMAIN, LANGUAGES, catalog_path

KEYWORDS = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "N_": None,
    "NP_": (1, 2),
    "NC_": ((1, "c"), 2),
}
JINJA_OPTIONS = {"extensions": "jinja2.ext.i18n,jinja2.ext.do", "trimmed": "true"}


def extract() -> Catalog:
    """Every message the contract can show, with the places it comes from."""
    catalog = Catalog(domain=DOMAIN, project="slawriter", version="1")
    render_dir = Path(__file__).resolve().parent
    # Every document's words: its templates' and its context builder's (render/documents/).
    sources = [
        (templates_dir(), [("**.html", "jinja2.ext:babel_extract")], "templates"),
        (render_dir, [("**.py", "python")], "slawriter/render"),
    ]
    for folder, method_map, prefix in sources:
        found = extract_from_dir(
            str(folder),
            method_map,
            options_map={"**.html": JINJA_OPTIONS},
            keywords=KEYWORDS,
        )
        for filename, lineno, message, comments, context in found:
            catalog.add(
                message,
                locations=[(f"{prefix}/{filename}", lineno)],
                auto_comments=comments,
                context=context,
                flags=("python-format",) if "%(" in str(message) else (),
            )
    return catalog


def update(language: str) -> list[str]:
    """Bring one catalog up to date; returns the messages that still lack a translation."""
    template = extract()  # Catalog.update shares the template's messages: one per language
    path = catalog_path(language)
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    created = catalog.creation_date
    catalog.update(template, no_fuzzy_matching=True)
    # Keep the header's date: a new date on every run made each branch's catalogs conflict.
    catalog.creation_date = created
    missing: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        if language == "en" and isinstance(message.id, tuple | list):
            if not (isinstance(message.string, tuple | list) and all(message.string)):
                message.string = tuple(message.id)
        elif language == "en" and not message.string:
            message.string = message.id
        if not message.string or (isinstance(message.string, tuple) and not all(message.string)):
            missing.append(str(message.id))
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, ignore_obsolete=True, include_previous=False)
    return missing


def main() -> int:
    status = 0
    for language in LANGUAGES:
        for message in update(language):
            print(f"{catalog_path(language)}: needs a translation: {message}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
