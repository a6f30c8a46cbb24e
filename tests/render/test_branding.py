"""Logo and accent colour are checked before they reach the template."""

from __future__ import annotations

import base64
import io

import pytest

from slawriter.render import Branding, BrandingError, check_accent, logo_data_url, render_html

from .sample import full_agreement

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10">'
    b'<rect width="40" height="10" fill="#234"/></svg>'
)


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "#336699").save(out, "PNG")
    return out.getvalue()


def test_png_and_svg_logos_become_data_urls() -> None:
    assert logo_data_url(_png()).startswith("data:image/png;base64,")
    url = logo_data_url(SVG)
    assert base64.b64decode(url.split(",", 1)[1]) == SVG


@pytest.mark.parametrize(
    "data",
    [
        b"GIF89a....",
        b"<html></html>",
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
        b'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:url(http://x/y)}</style></svg>',
        b"\x89PNG\r\n\x1a\n" + b"0" * (3 * 1024 * 1024),
    ],
)
def test_bad_logos_are_refused(data: bytes) -> None:
    with pytest.raises(BrandingError):
        logo_data_url(data)


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "#12345g", "#fff; x: y", ""])
def test_bad_accents_are_refused(colour: str) -> None:
    with pytest.raises(BrandingError):
        check_accent(colour)


def test_branding_reaches_the_contract() -> None:
    branding = Branding.create(logo=SVG, accent="#AA3300")
    html = render_html(full_agreement(), branding=branding, style="internal").html
    assert "--accent: #aa3300;" in html
    assert 'class="logo" src="data:image/svg+xml;base64,' in html


def test_branding_cannot_be_built_around_the_checks() -> None:
    with pytest.raises(BrandingError):
        Branding(accent="red; background: url(file:///etc/passwd)")
    with pytest.raises(BrandingError):
        Branding(logo="file:///etc/passwd")
