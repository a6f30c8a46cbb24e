"""Compiled templates are kept between runs, and never served stale or from a broken cache."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jinja2.sandbox import SandboxedEnvironment

from slawriter.bundled import templates_dir
from slawriter.model import Agreement
from slawriter.render import html as render_module
from slawriter.render import render_html


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Names of the templates Jinja2 compiles from source; each test starts with no
    environment built yet, as in a new process."""
    names: list[str] = []
    real = SandboxedEnvironment.compile

    def counting(
        self: SandboxedEnvironment, source: Any, name: str | None = None, *a: Any, **k: Any
    ) -> Any:
        names.append(str(name))
        return real(self, source, name, *a, **k)

    monkeypatch.setattr(SandboxedEnvironment, "compile", counting)
    render_module._environment.cache_clear()
    yield names
    render_module._environment.cache_clear()


def _cache_entries() -> list[Path]:
    return sorted(Path(render_module._CompiledTemplates().directory).glob("*.jinja"))


def test_a_new_process_reuses_compiled_templates(full_en: Agreement, compiles: list[str]) -> None:
    first = render_html(full_en).html
    assert "contract.html" in compiles
    assert _cache_entries(), "compiled templates are kept in the user's cache folder"
    compiles.clear()
    render_module._environment.cache_clear()  # as if a new process started
    assert render_html(full_en).html == first
    assert compiles == []


def test_an_edited_template_is_compiled_again(
    tmp_path: Path, full_en: Agreement, compiles: list[str]
) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(templates_dir(), folder)
    contract = folder / "contract.html"
    render_html(full_en, template_dir=folder)
    contract.write_text(
        contract.read_text(encoding="utf-8").replace("<body", "<body data-edited='yes'", 1),
        encoding="utf-8",
    )
    render_module._environment.cache_clear()
    assert "data-edited" in render_html(full_en, template_dir=folder).html


def test_an_unwritable_cache_folder_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, full_en: Agreement, compiles: list[str]
) -> None:
    expected = render_html(full_en).html
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    render_module._environment.cache_clear()
    assert render_html(full_en).html == expected
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_a_damaged_cache_entry_is_compiled_again_and_replaced(
    full_en: Agreement, compiles: list[str]
) -> None:
    expected = render_html(full_en).html
    for entry in _cache_entries():
        entry.write_bytes(b"\x00garbage" * 10)
    render_module._environment.cache_clear()
    compiles.clear()
    assert render_html(full_en).html == expected
    assert "contract.html" in compiles
    render_module._environment.cache_clear()
    compiles.clear()
    assert render_html(full_en).html == expected
    assert compiles == [], "the damaged entries were replaced by good ones"


def test_a_flipped_byte_in_an_entry_is_never_run(full_en: Agreement, compiles: list[str]) -> None:
    """Jinja2's own check is of the template source only: a damaged entry whose header survived
    ran as it was (wrong HTML, or a crash of the interpreter)."""
    expected = render_html(full_en).html
    contract = next(entry for entry in _cache_entries() if b'class="num">' in entry.read_bytes())
    data = contract.read_bytes()
    contract.write_bytes(data.replace(b'class="num">', b'class=bnum">', 1))
    render_module._environment.cache_clear()
    compiles.clear()
    assert render_html(full_en).html == expected
    assert compiles, "the damaged entry was compiled again"
    assert b'class=bnum">' not in contract.read_bytes(), "and replaced"


def test_a_cache_folder_others_may_write_is_not_used(
    full_en: Agreement, compiles: list[str]
) -> None:
    render_html(full_en)
    folder = Path(render_module._CompiledTemplates().directory)
    assert folder.stat().st_mode & 0o077 == 0, "created private"
    folder.chmod(0o777)
    render_module._environment.cache_clear()
    compiles.clear()
    render_html(full_en)
    assert "contract.html" in compiles, "compiled, not read from a folder anyone may write"
