"""An organisation's logo and accent colour, checked before they come near the template."""

from __future__ import annotations

import base64
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from ..model.messages import MessageTemplate, PhrasedError

MAX_LOGO_BYTES = 2 * 1024 * 1024
_ACCENT = re.compile(r"^#[0-9a-fA-F]{6}$")
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class BrandingMessage(MessageTemplate):
    """Why a logo or colour cannot be used (English templates; the app translates them)."""

    NOT_A_COLOUR = "{value} is not a colour: write it as # and six hexadecimal digits, e.g. #1f4e79"
    LOGO_NOT_A_FILE = "{path}: the logo is not a regular file"
    LOGO_FILE_TOO_LARGE = "{path}: the logo is larger than {limit} MB"
    LOGO_UNREADABLE = "{path}: the logo cannot be read ({reason})"
    LOGO_TOO_LARGE = "{name} is {size} MB; a logo can be at most {limit} MB"
    SVG_DOCTYPE = "{name}: SVG logos with a DOCTYPE or entities are not accepted"
    NOT_AN_IMAGE = "{name} is neither a PNG image nor an SVG drawing ({error})"
    NOT_SVG = "{name} is XML but not an SVG drawing"
    SVG_REFERENCE = "{name} refers to {target}; a logo must be self-contained"
    SVG_STYLE_RESOURCES = "{name} loads resources from its style sheet"
    LOGO_NOT_BYTES = "the logo must be given as bytes, through Branding.create"


class BrandingError(PhrasedError):
    """A logo or colour that cannot be used; ``str()`` says why and what to do."""


M = BrandingMessage


def check_accent(colour: str) -> str:
    """``colour`` as ``#rrggbb`` (lower case), or :class:`BrandingError`."""
    if not _ACCENT.match(colour):
        raise BrandingError(M.NOT_A_COLOUR, value=repr(colour[:40]))
    return colour.lower()


def read_logo(path: Path) -> bytes:
    """The bytes of a logo file, refusing anything but a regular file of at most 2 MB."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise BrandingError(M.LOGO_NOT_A_FILE, path=str(path))
        if status.st_size > MAX_LOGO_BYTES:
            raise BrandingError(
                M.LOGO_FILE_TOO_LARGE, path=str(path), limit=MAX_LOGO_BYTES // 1024 // 1024
            )
        with path.open("rb") as handle:
            return handle.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise BrandingError(
            M.LOGO_UNREADABLE, path=str(path), reason=exc.strerror or str(exc)
        ) from exc


def logo_data_url(data: bytes, *, name: str = "logo") -> str:
    """A ``data:`` URL for a PNG or SVG logo, after checking it is one.

    SVG logos may not declare entities or a DOCTYPE, and may not refer to anything outside
    themselves (the renderer would refuse such references anyway).
    """
    if len(data) > MAX_LOGO_BYTES:
        raise BrandingError(
            M.LOGO_TOO_LARGE,
            name=name,
            size=f"{len(data) / 1024 / 1024:.1f}",
            limit=MAX_LOGO_BYTES // 1024 // 1024,
        )
    if data.startswith(_PNG_MAGIC):
        return "data:image/png;base64," + base64.b64encode(data).decode("ascii")
    _check_svg(data, name)
    return "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii")


def _check_svg(data: bytes, name: str) -> None:
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise BrandingError(M.SVG_DOCTYPE, name=name)
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise BrandingError(M.NOT_AN_IMAGE, name=name, error=str(exc)) from exc
    if root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
        raise BrandingError(M.NOT_SVG, name=name)
    for element in root.iter():
        for key, value in element.attrib.items():
            if key.endswith("href") and not value.startswith(("#", "data:")):
                raise BrandingError(M.SVG_REFERENCE, name=name, target=repr(value[:60]))
        if element.tag.endswith("style") and "url(" in (element.text or "").replace(" ", ""):
            raise BrandingError(M.SVG_STYLE_RESOURCES, name=name)


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
            raise BrandingError(M.LOGO_NOT_BYTES)
