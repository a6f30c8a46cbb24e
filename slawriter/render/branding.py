"""An organisation's logo and accent colour, checked before they come near the template."""

from __future__ import annotations

import base64
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

MAX_LOGO_BYTES = 2 * 1024 * 1024
_ACCENT = re.compile(r"^#[0-9a-fA-F]{6}$")
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class BrandingError(ValueError):
    """A logo or colour that cannot be used; ``str()`` says why and what to do."""


def check_accent(colour: str) -> str:
    """``colour`` as ``#rrggbb`` (lower case), or :class:`BrandingError`."""
    if not _ACCENT.match(colour):
        raise BrandingError(
            f"{colour[:40]!r} is not a colour: write it as # and six hexadecimal digits, "
            "e.g. #1f4e79"
        )
    return colour.lower()


def read_logo(path: Path) -> bytes:
    """The bytes of a logo file, refusing anything but a regular file of at most 2 MB."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise BrandingError(f"{path}: the logo is not a regular file")
        if status.st_size > MAX_LOGO_BYTES:
            raise BrandingError(
                f"{path}: the logo is larger than {MAX_LOGO_BYTES // 1024 // 1024} MB"
            )
        with path.open("rb") as handle:
            return handle.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise BrandingError(f"{path}: the logo cannot be read ({exc.strerror or exc})") from exc


def logo_data_url(data: bytes, *, name: str = "logo") -> str:
    """A ``data:`` URL for a PNG or SVG logo, after checking it is one.

    SVG logos may not declare entities or a DOCTYPE, and may not refer to anything outside
    themselves (the renderer would refuse such references anyway).
    """
    if len(data) > MAX_LOGO_BYTES:
        raise BrandingError(
            f"{name} is {len(data) / 1024 / 1024:.1f} MB; a logo can be at most "
            f"{MAX_LOGO_BYTES // 1024 // 1024} MB"
        )
    if data.startswith(_PNG_MAGIC):
        return "data:image/png;base64," + base64.b64encode(data).decode("ascii")
    _check_svg(data, name)
    return "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii")


def _check_svg(data: bytes, name: str) -> None:
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise BrandingError(f"{name}: SVG logos with a DOCTYPE or entities are not accepted")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise BrandingError(f"{name} is neither a PNG image nor an SVG drawing ({exc})") from exc
    if root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
        raise BrandingError(f"{name} is XML but not an SVG drawing")
    for element in root.iter():
        for key, value in element.attrib.items():
            if key.endswith("href") and not value.startswith(("#", "data:")):
                raise BrandingError(
                    f"{name} refers to {value[:60]!r}; a logo must be self-contained"
                )
        if element.tag.endswith("style") and "url(" in (element.text or "").replace(" ", ""):
            raise BrandingError(f"{name} loads resources from its style sheet")


@dataclass(frozen=True, slots=True)
class Branding:
    """A checked logo (``data:`` URL) and accent colour; build it with :meth:`create`."""

    logo: str | None = None
    accent: str | None = None

    @classmethod
    def create(cls, *, logo: bytes | None = None, accent: str | None = None) -> Branding:
        return cls(
            logo=logo_data_url(logo) if logo is not None else None,
            accent=check_accent(accent) if accent else None,
        )

    def __post_init__(self) -> None:
        if self.accent is not None:
            check_accent(self.accent)
        if self.logo is not None and not self.logo.startswith(
            ("data:image/png;base64,", "data:image/svg+xml;base64,")
        ):
            raise BrandingError("the logo must be given as bytes, through Branding.create")
