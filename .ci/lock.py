"""The lock: .ci/requirements.lock pins every Python package slawriter installs, with hashes.

    python .ci/lock.py compile [--upgrade] [--uv UV]   re-resolve the lock (`make lock`)
    python .ci/lock.py check                           exit 1 with one line per problem

`compile` runs `uv pip compile` on pyproject.toml (its dependencies and every extra) and
.ci/requirements.in (the build backend), for Python 3.11 and up on Linux, Windows and macOS at
once, with the hashes of every file of every pinned release. uv is given PyPI only: no uv.toml,
no UV_* index or link settings, and it never reads pip's configuration. The lock's header keeps
a digest of those inputs, so a range edited in pyproject.toml fails the check even while the old
pin still meets it. tests/test_lock.py runs the check.

`compile` needs only the standard library and uv; `check` needs `packaging`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / ".ci" / "requirements.lock"
EXTRA_IN = ROOT / ".ci" / "requirements.in"

# The oldest Python slawriter supports (requires-python); --universal covers every newer one.
PYTHON_VERSION = "3.11"
DIGEST_PREFIX = "# inputs-sha256: "
HINT = (
    "The lock and pyproject.toml disagree: run `make lock` and commit .ci/requirements.lock "
    "(README, For engineers)."
)
# uv settings that may stay: where its cache is and how it talks TLS, never where it looks.
_UV_ENV_KEPT = {
    "UV_CACHE_DIR",
    "UV_NATIVE_TLS",
    "UV_SYSTEM_CERTS",
    "UV_HTTP_TIMEOUT",
    "UV_NO_CACHE",
}


def _squash(requirement: str) -> str:
    return "".join(requirement.split())


def _in_lines(extra_in: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in extra_in.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def declared(pyproject: Path, extra_in: Path) -> list[tuple[str, str]]:
    """Every requirement the lock must meet, each with where it is written."""
    data = tomllib.loads(pyproject.read_text("utf-8"))
    project = data.get("project", {})
    found = [("[project] dependencies", r) for r in project.get("dependencies", [])]
    for extra, requirements in sorted(project.get("optional-dependencies", {}).items()):
        found += [(f"the {extra!r} extra", r) for r in requirements]
    found += [
        ("[build-system] requires", r) for r in data.get("build-system", {}).get("requires", [])
    ]
    found += [(extra_in.name, r) for r in _in_lines(extra_in)]
    return found


def inputs_digest(pyproject: Path, extra_in: Path) -> str:
    """SHA-256 of what the lock is compiled from: order and spaces inside a list do not count."""
    data = tomllib.loads(pyproject.read_text("utf-8"))
    project = data.get("project", {})
    inputs = {
        "requires-python": project.get("requires-python"),
        "dependencies": sorted(map(_squash, project.get("dependencies", []))),
        "optional-dependencies": {
            extra: sorted(map(_squash, requirements))
            for extra, requirements in project.get("optional-dependencies", {}).items()
        },
        "build-system": sorted(map(_squash, data.get("build-system", {}).get("requires", []))),
        "requirements.in": sorted(map(_squash, _in_lines(extra_in))),
    }
    text = json.dumps(inputs, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Entry:
    """One requirement of the lock, its continuation lines joined."""

    line: int
    text: str
    hashes: tuple[str, ...]


def entries(lock_text: str) -> list[Entry]:
    found: list[Entry] = []
    pending: list[str] = []
    start = 0
    for number, raw in enumerate(lock_text.splitlines(), 1):
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line and not pending:
            continue
        if not pending:
            start = number
        pending.append(line.removesuffix("\\").strip())
        if line.endswith("\\"):
            continue
        parts = " ".join(p for p in pending if p).split("--hash=")
        found.append(Entry(start, parts[0].strip(), tuple(h.strip() for h in parts[1:])))
        pending = []
    if pending:
        parts = " ".join(p for p in pending if p).split("--hash=")
        found.append(Entry(start, parts[0].strip(), tuple(h.strip() for h in parts[1:])))
    return found


def recorded_digest(lock_text: str) -> str | None:
    for line in lock_text.splitlines():
        if line.startswith(DIGEST_PREFIX):
            return line.removeprefix(DIGEST_PREFIX).split()[0]
    return None


def problems(
    pyproject: Path = PYPROJECT, lock: Path = LOCK, extra_in: Path = EXTRA_IN
) -> list[str]:
    """Why the lock does not match pyproject.toml and requirements.in; empty when it does."""
    from packaging.requirements import InvalidRequirement, Requirement
    from packaging.utils import canonicalize_name
    from packaging.version import Version

    if not lock.is_file():
        return [f"{lock.name} is missing"]
    text = lock.read_text("utf-8")
    found: list[str] = []

    digest = recorded_digest(text)
    if digest is None:
        found.append(f"{lock.name} has no {DIGEST_PREFIX.strip('# ')} line in its header")
    elif digest != inputs_digest(pyproject, extra_in):
        found.append(
            f"{lock.name} was compiled from other requirements: pyproject.toml's dependency lists "
            f"(or requires-python, or {extra_in.name}) changed since"
        )

    project = canonicalize_name(tomllib.loads(pyproject.read_text("utf-8"))["project"]["name"])
    pins: dict[str, list[Version]] = {}
    for entry in entries(text):
        where = f"{lock.name}, line {entry.line}"
        if entry.text.startswith("-") or re.search(r"\bfile:|\s@\s", entry.text):
            found.append(f"{where}: names an index, a link or a local file: {entry.text}")
            continue
        try:
            requirement = Requirement(entry.text)
        except InvalidRequirement as error:
            found.append(f"{where}: not a requirement ({error}): {entry.text}")
            continue
        name = canonicalize_name(requirement.name)
        specs = list(requirement.specifier)
        if len(specs) != 1 or specs[0].operator not in ("==", "==="):
            found.append(f"{where}: {entry.text} is not an exact pin (name==version)")
            continue
        if not entry.hashes:
            found.append(f"{where}: {entry.text} has no --hash")
        if name == project:
            found.append(f"{where}: pins {project} itself")
        pins.setdefault(name, []).append(Version(specs[0].version))

    for where, line in declared(pyproject, extra_in):
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        if name not in pins:
            found.append(f"{where}: {line} has no pin in {lock.name}")
            continue
        for version in pins[name]:
            if not requirement.specifier.contains(version, prereleases=True):
                found.append(f"{where}: {line}, but {lock.name} pins {name}=={version}")
    return found


def stamp(lock: Path, digest: str) -> None:
    """Put the inputs' digest (and how to install) under uv's header comment."""
    lines = [
        line
        for line in lock.read_text("utf-8").splitlines()
        if not line.startswith((DIGEST_PREFIX, "# slawriter: "))
    ]
    head = 0
    while head < len(lines) and lines[head].startswith("#"):
        head += 1
    ours = [
        f"# slawriter: uv --universal, Python {PYTHON_VERSION} and up on Linux, Windows and macOS.",
        "# slawriter: install with pip install --require-hashes --no-deps -r .ci/requirements.lock",
        f"{DIGEST_PREFIX}{digest}",
    ]
    lock.write_text("\n".join([*lines[:head], *ours, *lines[head:]]) + "\n", "utf-8")


def compile_lock(uv: str, upgrade: bool) -> None:
    command = [
        uv,
        "pip",
        "compile",
        "--no-config",
        "--quiet",
        "--universal",
        "--python-version",
        PYTHON_VERSION,
        "--generate-hashes",
        "--all-extras",
        "--custom-compile-command",
        "make lock",
        "--output-file",
        str(LOCK.relative_to(ROOT)),
        str(PYPROJECT.relative_to(ROOT)),
        str(EXTRA_IN.relative_to(ROOT)),
    ]
    if upgrade:
        command.append("--upgrade")
    env = {k: v for k, v in os.environ.items() if not k.startswith("UV_") or k in _UV_ENV_KEPT}
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    stamp(LOCK, inputs_digest(PYPROJECT, EXTRA_IN))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lock.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("compile", help="re-resolve .ci/requirements.lock")
    make.add_argument("--upgrade", action="store_true", help="newest releases the ranges allow")
    make.add_argument("--uv", default="uv", help="the uv to run (default: uv on PATH)")
    sub.add_parser("check", help="exit 1 when the lock and pyproject.toml disagree")
    args = parser.parse_args(argv)
    if args.command == "compile":
        compile_lock(args.uv, args.upgrade)
    found = problems()
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        print(HINT, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
