"""The preview cache on its own (no Qt, no render): keys, damaged entries, the folder's care."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from slawriter.app import preview_cache
from slawriter.app.preview_cache import PreviewCache, preview_key

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def key(text: str = '{"title": "A"}', **branding: str | None) -> str:
    found = preview_key(
        text,
        style=branding.get("style"),
        logo=branding.get("logo"),
        accent=branding.get("accent"),
    )
    assert found is not None
    return found


def test_the_key_changes_with_every_input(tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text("<svg/>", encoding="utf-8")
    keys = {
        key(),
        key('{"title": "B"}'),
        key(style="formal"),
        key(accent="#123456"),
        key(logo=str(logo)),
    }
    assert len(keys) == 5
    assert key() == key()
    logo.write_text("<svg></svg>", encoding="utf-8")  # the same file name, another logo
    assert key(logo=str(logo)) not in keys
    assert preview_key("{}", style=None, logo=str(tmp_path / "gone.svg"), accent=None) is None


def test_stored_previews_come_back_and_names_say_nothing_of_the_agreement() -> None:
    cache = PreviewCache()
    assert cache.load(key()) is None
    assert cache.store(key(), PDF, ["a warning"])
    found = cache.load(key())
    assert found is not None and found.pdf == PDF and found.warnings == ("a warning",)
    assert cache.load(key('{"title": "B"}')) is None
    (entry,) = cache.folder.iterdir()
    assert "title" not in entry.name and len(entry.stem) == 64
    assert stat.S_IMODE(cache.folder.stat().st_mode) & 0o077 == 0


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-10],  # cut short
        lambda data: data[:60] + bytes([data[60] ^ 1]) + data[61:],  # a flipped bit
        lambda data: b"x" + data[1:],  # not an entry at all
    ],
)
def test_a_damaged_entry_is_ignored_and_removed(damage: object) -> None:
    cache = PreviewCache()
    cache.store(key(), PDF, [])
    (entry,) = cache.folder.iterdir()
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    assert cache.load(key()) is None
    assert not entry.exists()


def test_only_pdfs_are_kept() -> None:
    cache = PreviewCache()
    cache.store(key(), b"<html>not a pdf</html>", [])
    assert cache.load(key()) is None


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_folder_others_may_write_to_is_never_used(tmp_path: Path) -> None:
    folder = tmp_path / "previews"
    cache = PreviewCache(folder)
    assert cache.store(key(), PDF, [])
    folder.chmod(0o777)
    assert cache.load(key()) is None
    assert not cache.store(key("{}"), PDF, [])
    folder.chmod(0o700)
    assert cache.load(key()) is not None


def test_the_folder_is_bounded_and_the_least_recently_used_go_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(preview_cache, "MAX_ENTRIES", 3)
    cache = PreviewCache()
    keys = [key(f'{{"n": {n}}}') for n in range(5)]
    for n, name in enumerate(keys[:3]):
        cache.store(name, PDF, [])
        entry = cache._entry(name)
        os.utime(entry, ns=(n * 10**9, n * 10**9))
    assert cache.load(keys[0]) is not None  # used now: kept
    cache.store(keys[3], PDF, [])
    assert [cache.load(k) is not None for k in keys[:4]] == [True, False, True, True]
    monkeypatch.setattr(preview_cache, "MAX_TOTAL_BYTES", len(cache._entry(keys[3]).read_bytes()))
    cache.store(keys[4], PDF, [])
    assert [p.name for p in cache.folder.iterdir()] == [cache._entry(keys[4]).name]
