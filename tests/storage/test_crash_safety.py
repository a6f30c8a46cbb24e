"""A save killed at any moment leaves the old file or the new one, never a mixture.

A child process saves two different agreements in turn, as fast as it can, over one file; the
test kills it with SIGKILL at random moments (no ``finally``, no cleanup runs) and looks at what
is left on disk.
"""

from __future__ import annotations

import os
import random
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from slawriter.model import Agreement
from slawriter.model.agreement import Service
from slawriter.storage import dumps_agreement, load_agreement, save_agreement
from tests import factories

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

KILLS = 20
TARGET = "target.sla.json"
INPUTS = {"a.sla.json", "b.sla.json"}
LEFTOVER = re.compile(r"^\.target\.sla\.json\.[A-Za-z0-9_]+\.tmp$")

CHILD = """
import sys
from pathlib import Path
from slawriter.storage import load_agreement, save_agreement

folder = Path(sys.argv[1])
agreements = [load_agreement(folder / "b.sla.json"), load_agreement(folder / "a.sla.json")]
target = folder / "target.sla.json"
# One save of each before the kills start, ending on a, as the file began.
for agreement in agreements:
    save_agreement(agreement, target)
print("ready", flush=True)
count = 0
while True:
    save_agreement(agreements[count % 2], target)
    count += 1
"""


@dataclass
class Child:
    process: subprocess.Popen[str]
    log: Path

    def errors(self) -> str:
        return self.log.read_text(encoding="utf-8")[-2000:]

    def kill(self) -> None:
        """SIGKILL the child, which must still be saving."""
        assert self.process.poll() is None, f"the child stopped saving: {self.errors()}"
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        assert self.process.returncode == -signal.SIGKILL


def big_agreement() -> Agreement:
    """About 280 kB, so that a write takes long enough to be interrupted in the middle."""
    agreement = factories.agreement()
    agreement.agreement.title = "Big — ünïcødé ✓"
    agreement.scope.services = [
        Service(id=f"service-{i}", name=f"Service {i} 🚀", description="Ça va. " * 60)
        for i in range(450)
    ]
    return agreement


def small_agreement() -> Agreement:
    agreement = factories.agreement()
    agreement.agreement.title = "Small"
    return agreement


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, dict[bytes, Agreement]]:
    """A folder with a.sla.json, b.sla.json and the target (a copy of a) in it."""
    files = tmp_path / "files"
    files.mkdir()
    a, b = big_agreement(), small_agreement()
    save_agreement(a, files / "a.sla.json")
    save_agreement(b, files / "b.sla.json")
    save_agreement(a, files / TARGET)
    expected = {dumps_agreement(a).encode("utf-8"): a, dumps_agreement(b).encode("utf-8"): b}
    assert len(expected) == 2
    return files, expected


@contextmanager
def saving_child(folder: Path) -> Iterator[Child]:
    """A child process saving in a loop; it is ready when this yields, and dead afterwards.

    Its stderr goes to a file beside ``folder`` (a pipe nobody reads could fill up and stall it),
    and warnings are errors there too, so a child in trouble stops instead of limping on.
    """
    log = folder.parent / "child-stderr.txt"
    with log.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-W", "error", "-c", CHILD, str(folder)],
            cwd=folder,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    child = Child(process, log)
    assert process.stdout is not None
    try:
        readable, _, _ = select.select([process.stdout], [], [], 30)
        line = process.stdout.readline() if readable else ""
        if line.strip() != "ready":
            process.kill()
            process.wait(timeout=30)
            pytest.fail(f"the child did not start: {line!r} {child.errors()}")
        yield child
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        process.stdout.close()


def check_folder(folder: Path, expected: dict[bytes, Agreement]) -> tuple[bytes, set[str]]:
    """The target is one of the two agreements exactly; anything else is a leftover temp file."""
    names = {p.name for p in folder.iterdir()}
    assert TARGET in names, "the file disappeared"
    data = (folder / TARGET).read_bytes()
    assert data in expected, f"the file is neither agreement ({len(data)} bytes)"
    assert load_agreement(folder / TARGET) == expected[data]
    leftovers = names - INPUTS - {TARGET}
    for name in leftovers:
        assert LEFTOVER.match(name), f"stray file {name!r}"
        partial = (folder / name).read_bytes()
        # A leftover is a save cut short: the start of one of the two files.
        assert any(whole.startswith(partial) for whole in expected), name
    return data, leftovers


def save_seconds(folder: Path, expected: dict[bytes, Agreement]) -> float:
    """How long one save takes here, so the kills spread over a few saves on any disk."""
    probe = folder.parent / "probe" / "timing.sla.json"
    probe.parent.mkdir()
    start = time.perf_counter()
    for agreement in expected.values():
        save_agreement(agreement, probe)
    elapsed = (time.perf_counter() - start) / len(expected)
    probe.unlink()
    probe.parent.rmdir()
    return elapsed


@pytest.mark.process
def test_killed_saves_leave_one_whole_agreement(
    folder: tuple[Path, dict[bytes, Agreement]],
) -> None:
    path, expected = folder
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    print(f"random seed {seed}")  # shown when the test fails
    longest_delay = max(0.05, 6 * save_seconds(path, expected))
    seen: set[bytes] = set()
    leftovers: set[str] = set()
    for kill in range(KILLS):
        with saving_child(path) as child:
            time.sleep(rng.uniform(0, longest_delay))
            child.kill()
        data, now = check_folder(path, expected)
        new = now - leftovers
        # One save at a time: a kill can cut short at most one temporary file.
        assert len(new) <= 1, f"kill {kill}, seed {seed}: {sorted(new)}"
        leftovers = now
        seen.add(data)
    # The kills landed while the child was switching between the two, not only before it began.
    assert len(seen) == 2, f"only one agreement was ever found (seed {seed})"


@pytest.mark.process
def test_a_reader_never_sees_half_a_file(folder: tuple[Path, dict[bytes, Agreement]]) -> None:
    path, expected = folder
    target = path / TARGET
    loads = 0
    seen: set[bytes] = set()
    with saving_child(path) as child:
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            assert load_agreement(target) in expected.values()
            data = target.read_bytes()
            assert data in expected, f"read {len(data)} bytes that are neither agreement"
            seen.add(data)
            loads += 1
        child.kill()
    assert loads > 10
    assert len(seen) == 2, "the child never replaced the file while it was read"
    check_folder(path, expected)
