"""Hostile text is inert: it appears literally, reads no file, reaches no network."""

from __future__ import annotations

import builtins
import io
import os
import shutil
import socket
import tempfile
from pathlib import Path
from typing import Any

import pytest

from slawriter.bundled import resources_dir, templates_dir
from slawriter.model import Agreement
from slawriter.render import RenderError, RenderResult, render_html, render_pdf
from slawriter.render.fonts import fonts_folder

from .conftest import pdf_text
from .sample import full_agreement_data

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src="file:///etc/passwd">',
    '<link rel="attachment" href="file:///etc/passwd">',
    '<link rel="stylesheet" href="http://198.51.100.7/x.css">',
    "x { background: url(file:///etc/passwd) } url(http://198.51.100.7/a.png)",
    "{{ 7*7 }} {% include '/etc/passwd' %} {# c #}",
    "W" * 400,
    "عقد مستوى الخدمة שלום",
    "Service 😀 ✅",
    "</style><style>body{display:none}</style>",
    "&amp; &lt;b&gt; \" ' `",
]


def _hostile_data() -> dict[str, Any]:
    """The full agreement with a hostile string in every free-text field (cycling through)."""
    data = full_agreement_data()
    counter = iter(range(10_000))
    id_keys = {
        "id",
        "owners",
        "objective",
        "party",
        "priority",
        "calendar",
        "coverage_calendar",
        "responsible_party",
        "objectives",
        "time_zone",
        "currency",
        "language",
        "kind",
        "role",
        "unit",
        "comparator",
        "metric",
        "renewal",
        "status",
        "application",
        "weekday",
        "reporting_frequency",
        "frequency",
        "holidays_country",
        "holidays_subdivision",
        "fingerprint",
        "value",
        "start",
        "end",
        "date",
        "effective_date",
        "closures",
        "below",
        "at_least",
        "credit_percent",
        "credit_cap_percent",
        "monthly_fee",
        "volume",
        "credit_cap_term_percent",
        "credit_cap_term",
        "expiry",
        "at_percent",
    }

    def poison(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: poison(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [poison(v, key) for v in node]
        if isinstance(node, str) and key not in id_keys and not key.endswith("_days"):
            return HOSTILE[next(counter) % len(HOSTILE)][:300]
        return node

    return poison(data)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def hostile() -> Agreement:
    return Agreement.model_validate(_hostile_data())


class _Spy:
    """Records every file opened and refuses every socket while a render runs."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.connections: list[Any] = []
        self.cache = os.environ["XDG_CACHE_HOME"]  # where the compiled templates are kept


@pytest.fixture(scope="module")
def hostile_render(hostile: Agreement) -> tuple[RenderResult, _Spy]:
    import weasyprint  # noqa: F401 - import before spying: its own data files are not the point

    spy = _Spy()
    real_open = builtins.open
    real_io_open = io.open
    real_connect = socket.socket.connect

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(file, int):  # a descriptor was opened already (os.open), by path
            spy.opened.append(os.fspath(file) if isinstance(file, str | Path) else repr(file))
        return real_open(file, *args, **kwargs)

    def spy_connect(self: socket.socket, address: Any) -> Any:
        spy.connections.append(address)
        raise OSError("network is off in this test")

    builtins.open = spy_open
    io.open = spy_open
    socket.socket.connect = spy_connect  # type: ignore[method-assign]
    try:
        result = render_pdf(hostile)
    finally:
        builtins.open = real_open
        io.open = real_io_open
        socket.socket.connect = real_connect  # type: ignore[method-assign]
    return result, spy


@pytest.mark.pdf
def test_hostile_export_succeeds(hostile_render: tuple[RenderResult, _Spy]) -> None:
    result, _ = hostile_render
    assert result.pdf.startswith(b"%PDF")


@pytest.mark.pdf
def test_no_file_is_read_and_no_connection_made(
    hostile_render: tuple[RenderResult, _Spy],
) -> None:
    _, spy = hostile_render
    assert spy.connections == []
    assert not [p for p in spy.opened if "passwd" in p]
    # The bundled templates, catalogs and fonts (and WeasyPrint's copies of the fonts for the
    # print, render/fonts.py), the compiled-template cache, the system fonts.
    fonts = (str(fonts_folder()), str(Path(tempfile.gettempdir()) / "weasyprint-"))
    allowed = (
        str(templates_dir()),
        str(resources_dir()),
        *fonts,
        spy.cache,
        "/usr/share/fonts",
        "/etc/fonts",
    )
    strange = [
        p
        for p in spy.opened
        if not p.startswith(allowed) and "/site-packages/" not in p and "fontconfig" not in p
    ]
    assert strange == []


def test_hostile_html_is_escaped(hostile: Agreement) -> None:
    html = render_html(hostile).html
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<img src="file:' not in html
    assert '<link rel="attachment"' not in html
    assert "{{ 7*7 }}" in html and ">49<" not in html
    assert "</style><style>body" not in html
    assert "W" * 300 in html
    assert "عقد مستوى الخدمة" in html
    assert "😀" in html


@pytest.mark.pdf
def test_hostile_text_appears_literally_in_the_pdf(
    hostile_render: tuple[RenderResult, _Spy],
) -> None:
    # pypdf reads some embedded subsets as UTF-16 (a NUL before each character) and cannot map
    # the "fi" ligature back; which fields land in such a font depends on the order the poison
    # walks the fields, so read past the NULs and look for the text around "fi".
    text = pdf_text(hostile_render[0].pdf).replace("\x00", "")
    assert "<script>alert(1)</script>" in text
    assert '<img src="' in text and 'le:///etc/passwd">' in text
    assert "{{ 7*7 }}" in text
    assert "x { background: url(" in text and "le:///etc/passwd)" in text
    assert "root:x:0" not in text


@pytest.mark.pdf
def test_hostile_agreement_round_trips(
    hostile: Agreement, hostile_render: tuple[RenderResult, _Spy]
) -> None:
    from slawriter.render import agreement_from_pdf

    assert agreement_from_pdf(hostile_render[0].pdf) == hostile


# -- user templates ------------------------------------------------------------------------------


@pytest.fixture
def user_templates(tmp_path: Path) -> Path:
    folder = tmp_path / "mytemplate"
    shutil.copytree(templates_dir(), folder)
    return folder


def _minimal_contract(folder: Path, body: str) -> None:
    (folder / "contract.html").write_text(
        '<!DOCTYPE html><html lang="{{ lang }}"><head><title>t</title>'
        "{% for s in stylesheets %}<style>{{ s.text }}</style>{% endfor %}</head>"
        f"<body>{body}</body></html>",
        encoding="utf-8",
    )


def test_user_template_is_used(user_templates: Path, full_en: Agreement) -> None:
    _minimal_contract(user_templates, "<p>Custom {{ a.agreement.title }}</p>")
    html = render_html(full_en, template_dir=user_templates).html
    assert "Custom Managed Hosting Service Level Agreement" in html


def test_user_template_is_sandboxed(user_templates: Path, full_en: Agreement) -> None:
    _minimal_contract(user_templates, "{{ a.__class__.__mro__ }}")
    with pytest.raises(RenderError):
        render_html(full_en, template_dir=user_templates)
    _minimal_contract(user_templates, "{{ fmt.__init__.__globals__ }}")
    with pytest.raises(RenderError):
        render_html(full_en, template_dir=user_templates)


@pytest.mark.pdf
def test_user_template_cannot_load_outside_files(user_templates: Path, full_en: Agreement) -> None:
    _minimal_contract(
        user_templates,
        '<img src="file:///etc/passwd"><link rel="attachment" href="file:///etc/hostname">'
        '<img src="http://198.51.100.7/logo.png"><p>Body</p>'
        "<style>p { background: url(file:///etc/passwd) }</style>",
    )
    result = render_pdf(full_en, template_dir=user_templates)
    refused = [w for w in result.warnings if w.startswith("refused to load")]
    assert any("file:///etc/passwd" in w for w in refused)
    assert any("file:///etc/hostname" in w for w in refused)
    assert any("http://198.51.100.7/logo.png" in w for w in refused)
    from pypdf import PdfReader

    assert list(PdfReader(io.BytesIO(result.pdf)).attachments) == ["agreement.json"]


@pytest.mark.pdf
def test_user_template_may_use_its_own_files(user_templates: Path, full_en: Agreement) -> None:
    (user_templates / "mark.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<rect width="10" height="10"/></svg>',
        encoding="utf-8",
    )
    _minimal_contract(user_templates, '<img src="mark.svg" alt="Our mark"><p>Body</p>')
    result = render_pdf(full_en, template_dir=user_templates)
    assert result.warnings == []
    # The contract is tagged: an image without alternative text is worth a warning.
    _minimal_contract(user_templates, '<img src="mark.svg"><p>Body</p>')
    result = render_pdf(full_en, template_dir=user_templates)
    assert result.warnings == ['Image "mark.svg" has no required alt description']


def test_template_bugs_surface(user_templates: Path, full_en: Agreement) -> None:
    _minimal_contract(user_templates, "{{ no_such_thing }}")
    with pytest.raises(RenderError, match="no_such_thing"):
        render_html(full_en, template_dir=user_templates)


def test_bad_template_folder_and_style(tmp_path: Path, full_en: Agreement) -> None:
    with pytest.raises(RenderError, match="does not exist"):
        render_html(full_en, template_dir=tmp_path / "missing")
    with pytest.raises(RenderError, match=r"contract\.html"):
        render_html(full_en, template_dir=tmp_path)
    with pytest.raises(RenderError, match="formal, internal"):
        render_html(full_en, style="fancy")


@pytest.mark.pdf
def test_builtin_render_has_no_warnings(pdf_en: RenderResult, pdf_es: RenderResult) -> None:
    assert pdf_en.warnings == []
    assert pdf_es.warnings == []
