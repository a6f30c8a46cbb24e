"""Which conventions (CLDR locale) an agreement's dates, numbers and money follow.

A locale is the contract's language plus a region: an English contract for a London customer
writes "8 February 2027", one for New York "February 8, 2027". The region is the agreement's own
``region`` when it names one; otherwise the country of its time zone, when the contract's language
is an official language there (English in Ireland, Spanish in Mexico — not English in Spain);
otherwise the country of its currency (the first two letters of a national ISO 4217 code: GBP,
MXN), on the same condition; otherwise none, and the language's own conventions apply (CLDR's:
United States English, Spain's Spanish). Babel's CLDR data answers every question; no I/O.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .agreement import AgreementInfo

_OFFICIAL = frozenset({"official", "de_facto_official"})
# CLDR's groupings and private-use codes, which are no country: the EU, the eurozone, the UN…
_NOT_REGIONS = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@cache
def _locale_ids() -> frozenset[str]:
    from babel import localedata

    return frozenset(localedata.locale_identifiers())


@cache
def known_regions() -> frozenset[str]:
    """Every two-letter ISO 3166 region CLDR names (GB, MX…)."""
    from babel import Locale

    codes = [str(code) for code in Locale("en").territories]
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha() and c not in _NOT_REGIONS)


def has_locale(language: str, region: str) -> bool:
    """Whether CLDR has conventions for ``language`` in ``region`` (``en`` + ``GB``: yes)."""
    return f"{language}_{region}" in _locale_ids()


def regions_for(language: str) -> list[str]:
    """The regions ``language`` has conventions for, sorted."""
    prefix = f"{language}_"
    return sorted(
        ident[len(prefix) :]
        for ident in _locale_ids()
        if ident.startswith(prefix) and len(ident) == len(prefix) + 2
    )


def _official(language: str, region: str) -> bool:
    from babel.core import get_global

    info = get_global("territory_languages").get(region, {}).get(language, {})
    return info.get("official_status") in _OFFICIAL and has_locale(language, region)


def time_zone_region(time_zone: str) -> str:
    """The country of an IANA time zone (Europe/London → GB); empty for UTC and the like."""
    from babel.core import get_global

    region = str(get_global("zone_territories").get(time_zone, ""))
    return region if region in known_regions() else ""


def implied_region(language: str, currency: str, time_zone: str) -> str:
    """The region an agreement without its own ``region`` gets (empty: the language alone)."""
    for region in (time_zone_region(time_zone), currency[:2]):
        if region and _official(language, region):
            return region
    return ""


def locale_name(language: str, region: str = "", currency: str = "", time_zone: str = "") -> str:
    """The Babel locale identifier: ``en_GB``, ``es_MX``, or ``en`` / ``es`` alone.

    A ``region`` the language has no conventions for (a rule reports it) counts as none given.
    """
    if not (region and has_locale(language, region)):
        region = implied_region(language, currency, time_zone)
    return f"{language}_{region}" if region else language


def agreement_locale(info: AgreementInfo) -> str:
    """:func:`locale_name` of an agreement: its language, region, currency and time zone."""
    return locale_name(info.language.value, info.region, info.currency, info.time_zone)
