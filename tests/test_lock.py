""".ci/requirements.lock pins, with hashes, everything pyproject.toml asks for (.ci/lock.py)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_lock_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("slawriter_ci_lock", ROOT / ".ci" / "lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


lock = _load_lock_module()


def test_the_lock_matches_pyproject() -> None:
    found = lock.problems(ROOT / "pyproject.toml", lock.LOCK, lock.EXTRA_IN)
    if found:
        pytest.fail("\n".join([*found, lock.HINT]), pytrace=False)


def test_the_hint_says_what_to_run() -> None:
    assert "run `make lock`" in lock.HINT


# The checker on a copy of the real pyproject.toml, lock and requirements.in in tmp_path.


@pytest.fixture
def copy(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A copy of the real files, which the checker's own tests change one thing in."""
    if lock.problems(ROOT / "pyproject.toml", lock.LOCK, lock.EXTRA_IN):
        pytest.skip("the real lock does not match pyproject.toml: test_the_lock_matches_pyproject")
    paths = (tmp_path / "pyproject.toml", tmp_path / "requirements.lock", tmp_path / "r.in")
    for source, target in zip(
        (ROOT / "pyproject.toml", lock.LOCK, lock.EXTRA_IN), paths, strict=True
    ):
        shutil.copyfile(source, target)
    return paths


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def _digest_problems(found: list[str]) -> list[str]:
    return [p for p in found if "compiled from other requirements" in p]


def test_a_copy_passes(copy: tuple[Path, Path, Path]) -> None:
    assert lock.problems(*copy) == []


def test_a_range_the_pin_no_longer_meets_fails(copy: tuple[Path, Path, Path]) -> None:
    pyproject, lock_file, extra_in = copy
    _edit(pyproject, '"pydantic>=2.7,<3"', '"pydantic>=99"')
    found = lock.problems(pyproject, lock_file, extra_in)
    assert any(
        p.startswith("[project] dependencies: pydantic>=99, but requirements.lock pins pydantic==")
        for p in found
    ), found
    assert _digest_problems(found)


def test_a_narrowed_range_the_pin_still_meets_fails_by_the_digest(
    copy: tuple[Path, Path, Path],
) -> None:
    pyproject, lock_file, extra_in = copy
    _edit(pyproject, '"pydantic>=2.7,<3"', '"pydantic>=2.8,<3"')
    found = lock.problems(pyproject, lock_file, extra_in)
    assert len(found) == 1 and _digest_problems(found), found


def test_reordering_or_respacing_a_list_keeps_the_digest(copy: tuple[Path, Path, Path]) -> None:
    pyproject, lock_file, extra_in = copy
    _edit(pyproject, '"Jinja2>=3.1,<4",\n', "")
    _edit(pyproject, '"PyYAML>=6,<7",\n', '"PyYAML>=6,<7",\n  "Jinja2 >= 3.1, < 4",\n')
    assert lock.problems(pyproject, lock_file, extra_in) == []


def test_a_new_dependency_in_an_extra_fails(copy: tuple[Path, Path, Path]) -> None:
    pyproject, lock_file, extra_in = copy
    _edit(pyproject, '"pyinstaller>=6.10,<7",', '"pyinstaller>=6.10,<7",\n  "nuitka>=2",')
    found = lock.problems(pyproject, lock_file, extra_in)
    assert "the 'bundle' extra: nuitka>=2 has no pin in requirements.lock" in found
    assert _digest_problems(found)


def test_the_build_backend_is_checked_too(copy: tuple[Path, Path, Path]) -> None:
    pyproject, lock_file, extra_in = copy
    _edit(pyproject, '"hatchling>=1.25"', '"hatchling>=9"')
    found = lock.problems(pyproject, lock_file, extra_in)
    assert any(p.startswith("[build-system] requires: hatchling>=9, but") for p in found), found


def test_a_pin_without_hashes_fails(copy: tuple[Path, Path, Path]) -> None:
    pyproject, lock_file, extra_in = copy
    lines = lock_file.read_text("utf-8").splitlines()
    # six==X \ + its hashes  ->  six==X
    start = next(i for i, line in enumerate(lines) if line.startswith("six=="))
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    --hash"))
    lines[start:end] = [lines[start].removesuffix(" \\")]
    lock_file.write_text("\n".join(lines) + "\n", "utf-8")
    found = lock.problems(pyproject, lock_file, extra_in)
    assert len(found) == 1 and found[0].endswith(": six==1.17.0 has no --hash"), found


def test_a_missing_pin_a_loose_pin_and_a_local_file_fail(copy: tuple[Path, Path, Path]) -> None:
    pyproject, lock_file, extra_in = copy
    text = lock_file.read_text("utf-8")
    start = text.index("\npypdf==")
    end = text.index("\n", text.index("# via", start))
    text = text[:start] + text[end:]
    text += "ruff>=0.6 \\\n    --hash=sha256:00\n--find-links /opt/wheels\n"
    text += "pip @ file:///opt/wheels/pip.whl --hash=sha256:00\n"
    lock_file.write_text(text, "utf-8")
    found = lock.problems(pyproject, lock_file, extra_in)
    assert "[project] dependencies: pypdf>=5 has no pin in requirements.lock" in found
    assert any(p.endswith(": ruff>=0.6 is not an exact pin (name==version)") for p in found)
    assert any("names an index, a link or a local file: --find-links" in p for p in found)
    assert any("names an index, a link or a local file: pip @ file:" in p for p in found)


def test_a_lock_without_a_digest_or_at_all_fails(copy: tuple[Path, Path, Path]) -> None:
    pyproject, lock_file, extra_in = copy
    text = lock_file.read_text("utf-8")
    lock_file.write_text(text.replace(lock.DIGEST_PREFIX, "# was: "), "utf-8")
    assert lock.problems(pyproject, lock_file, extra_in) == [
        "requirements.lock has no inputs-sha256: line in its header"
    ]
    lock_file.unlink()
    assert lock.problems(pyproject, lock_file, extra_in) == ["requirements.lock is missing"]


def test_stamping_twice_keeps_one_digest_line(copy: tuple[Path, Path, Path]) -> None:
    pyproject, lock_file, extra_in = copy
    before = lock_file.read_text("utf-8")
    lock.stamp(lock_file, lock.inputs_digest(pyproject, extra_in))
    assert lock_file.read_text("utf-8") == before
