"""The words of every document in English and Spanish: Babel ``.po`` catalogs read at run time.

The catalogs live in ``resources/i18n/contract/<language>/contract.po``. They are compiled in
memory (no ``.mo`` files are kept) into :class:`gettext.GNUTranslations`, which is what Jinja2's
i18n extension and the formatting helpers use.
"""

from __future__ import annotations

import gettext
from functools import cache
from io import BytesIO
from pathlib import Path

from ..bundled import resources_dir

DOMAIN = "contract"
LANGUAGES = ("en", "es")


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it yet."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for the catalog."""
    return singular, plural


def NC_(context: str, message: str) -> str:
    """Mark ``message`` for the catalog under ``context`` (``pgettext``): a word a document
    says otherwise than the contract does."""
    return message


def catalog_path(language: str) -> Path:
    """Where the ``.po`` catalog of ``language`` lives."""
    return resources_dir() / "i18n" / DOMAIN / language / f"{DOMAIN}.po"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of ``language`` (English words pass through unchanged)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    path = catalog_path(language)
    if not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, domain=DOMAIN)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
