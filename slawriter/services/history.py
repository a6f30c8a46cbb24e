"""A file's history from git (issue 15 §3): the commits that changed it — who, when, what they
said — and the file as it was at one of them, for a redline against the agreement now.

Git itself is asked, with a fixed argument list and never through a shell: ``git log --follow
--cc`` for the commits (renames followed, merges that changed the file included) and
``git cat-file blob COMMIT:PATH`` for an earlier version.
A file name is passed after ``--`` and read literally (``GIT_LITERAL_PATHSPECS``); a commit is
only ever one of the file's own commits, named by its hexadecimal ID (a prefix of one is looked
up in the log), so nothing a file or a person typed becomes an option of git. Each run has a
timeout. Git missing, a file outside a repository, a file git has no commit of, or git failing
are :class:`HistoryError`\\ s with a message template (the app translates them).

No Qt: the command line (``slawriter history``) and the app's File › History (through its
worker, :class:`~slawriter.services.operations.FileHistory`) use the same functions.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..model.messages import MessageTemplate, PhrasedError

TIMEOUT = 20.0
"""Seconds a git command may take before it is stopped."""

_HEX = re.compile(r"[0-9a-f]{4,64}")
_RECORD, _FIELD = "\x1e", "\x1f"
_FORMAT = f"{_RECORD}%H{_FIELD}%an{_FIELD}%ae{_FIELD}%aI{_FIELD}%s"


class HistoryMessage(MessageTemplate):
    """What the history from git says when it cannot be shown (English templates)."""

    NOT_SAVED = "the agreement has no file yet; save it in a git repository to see its history"
    GIT_MISSING = (
        "{path}: the history of a file comes from git, and git is not installed here (or not "
        "on the PATH)"
    )
    NOT_A_REPOSITORY = "{path}: is not in a git repository, so git has no history of it"
    NOT_COMMITTED = "{path}: git has no commit of this file yet; its history starts with one"
    GIT_FAILED = "{path}: git could not read the history: {reason}"
    TIMED_OUT = "{path}: git took longer than {seconds} seconds and was stopped"
    NO_SUCH_COMMIT = "{path}: '{commit}' is not one of the commits of this file's history"
    AMBIGUOUS_COMMIT = "{path}: '{commit}' names more than one commit of this file's history"
    NOT_AT_COMMIT = "{path}: git could not give the file as it was at {commit}: {reason}"


class HistoryError(PhrasedError):
    """The history cannot be shown; ``str()`` is the English line the command line prints."""


@dataclass(frozen=True, slots=True)
class Commit:
    """One commit that changed the file: its ID, who, when, its subject, and the file's path in
    the repository at that commit (renames followed)."""

    commit: str
    author: str
    email: str
    date: str
    """The author's date, ISO 8601 with the author's offset."""
    subject: str
    path: str

    @property
    def short(self) -> str:
        return self.commit[:10]

    @property
    def moment(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.date)


def git_program() -> str | None:
    """Where git is on the PATH, or ``None``."""
    return shutil.which("git")


def _repository_marker(path: Path) -> Path | None:
    """The nearest ``.git`` above ``path`` (a folder, or a file in a worktree), without git."""
    for folder in [path.parent, *path.parent.parents]:
        if (folder / ".git").exists():
            return folder
    return None


def unavailable(path: Path | str | None) -> HistoryError | None:
    """Why the history of ``path`` cannot be asked for (no file yet, no git, not in a
    repository), judged without running git; ``None`` when it can be."""
    if path is None:
        return HistoryError(HistoryMessage.NOT_SAVED)
    path = Path(path).absolute()
    if git_program() is None:
        return HistoryError(HistoryMessage.GIT_MISSING, path=str(path))
    if _repository_marker(path) is None:
        return HistoryError(HistoryMessage.NOT_A_REPOSITORY, path=str(path))
    return None


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        GIT_TERMINAL_PROMPT="0",  # never wait for a password
        GIT_OPTIONAL_LOCKS="0",  # reading only: never take the index lock
        GIT_LITERAL_PATHSPECS="1",  # a file name is a name, never a pattern
        GIT_PAGER="cat",
        LC_ALL="C",  # git's own messages in English, as this module reads them
    )
    return env


def _git(path: Path, cwd: Path, *args: str) -> bytes:
    """Run ``git ARGS`` in ``cwd`` (fixed argument list, no shell, a timeout); its output."""
    program = git_program()
    if program is None:
        raise HistoryError(HistoryMessage.GIT_MISSING, path=str(path))
    argv = [program, "-c", "core.fsmonitor=false", "-c", "log.showSignature=false", *args]
    try:
        done = subprocess.run(
            argv,
            cwd=cwd,
            env=_environment(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
    except FileNotFoundError as exc:
        raise HistoryError(HistoryMessage.GIT_MISSING, path=str(path)) from exc
    except subprocess.TimeoutExpired as exc:
        raise HistoryError(HistoryMessage.TIMED_OUT, path=str(path), seconds=int(TIMEOUT)) from exc
    except OSError as exc:
        raise HistoryError(
            HistoryMessage.GIT_FAILED, path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise _Failed(reason[0] if reason else f"exit status {done.returncode}")
    return done.stdout


class _Failed(Exception):
    """Git ran and failed; the first line it wrote."""


def repository(path: Path | str) -> tuple[Path, str]:
    """The top folder of the repository holding ``path`` and the file's path inside it."""
    path = Path(path).absolute()
    if not path.parent.is_dir() or _repository_marker(path) is None:
        raise HistoryError(HistoryMessage.NOT_A_REPOSITORY, path=str(path))
    try:
        top = _git(path, path.parent, "rev-parse", "--show-toplevel").decode("utf-8").strip()
    except _Failed as exc:
        if "not a git repository" in str(exc).lower():
            raise HistoryError(HistoryMessage.NOT_A_REPOSITORY, path=str(path)) from exc
        raise HistoryError(HistoryMessage.GIT_FAILED, path=str(path), reason=str(exc)) from exc
    root = Path(top)
    try:
        inside = path.resolve().relative_to(root.resolve())
    except ValueError as exc:
        raise HistoryError(HistoryMessage.NOT_A_REPOSITORY, path=str(path)) from exc
    return root, inside.as_posix()


def file_history(path: Path | str) -> list[Commit]:
    """The commits that changed ``path``, newest first (renames followed). Raises
    :class:`HistoryError`."""
    path = Path(path).absolute()
    root, inside = repository(path)
    try:
        out = _git(
            path,
            root,
            "log",
            "--follow",
            "--cc",  # a merge that changed the file is one of its commits (--follow hides it)
            "--name-only",
            "-z",
            "--no-color",
            f"--format={_FORMAT}",
            "--",
            inside,
        )
    except _Failed as exc:
        if "does not have any commits" in str(exc):
            raise HistoryError(HistoryMessage.NOT_COMMITTED, path=str(path)) from exc
        raise HistoryError(HistoryMessage.GIT_FAILED, path=str(path), reason=str(exc)) from exc
    commits = _parse_log(out.decode("utf-8", "replace"), inside)
    if not commits:
        raise HistoryError(HistoryMessage.NOT_COMMITTED, path=str(path))
    return commits


def _parse_log(text: str, inside: str) -> list[Commit]:
    """``git log -z --cc --name-only`` records: header NUL, then NL path NUL."""
    commits: list[Commit] = []
    current = inside
    for record in text.split(_RECORD)[1:]:
        header, _, rest = record.partition("\0")
        names = [n for n in rest.strip("\n").split("\0") if n.strip("\n")]
        if not names:
            continue  # a merge that did not change the file (--cc lists it without names)
        current = names[0].strip("\n")
        fields = header.split(_FIELD)
        if len(fields) != 5 or not _HEX.fullmatch(fields[0]):
            continue
        commit, author, email, date, subject = fields
        commits.append(Commit(commit, author, email, date, subject, current))
    return commits


def find_commit(path: Path | str, commit: str) -> Commit:
    """The commit of ``path``'s history that ``commit`` (its ID, or the first four or more
    hexadecimal digits of it) names. Raises :class:`HistoryError`."""
    path = Path(path).absolute()
    wanted = commit.strip().lower()
    if not _HEX.fullmatch(wanted):
        raise HistoryError(HistoryMessage.NO_SUCH_COMMIT, path=str(path), commit=commit)
    found = [c for c in file_history(path) if c.commit.startswith(wanted)]
    if not found:
        raise HistoryError(HistoryMessage.NO_SUCH_COMMIT, path=str(path), commit=commit)
    if len({c.commit for c in found}) > 1:
        raise HistoryError(HistoryMessage.AMBIGUOUS_COMMIT, path=str(path), commit=commit)
    return found[0]


def file_at(path: Path | str, commit: str) -> tuple[Commit, bytes]:
    """The file as it was at ``commit`` (one of its history's commits) and that commit.
    Raises :class:`HistoryError`."""
    path = Path(path).absolute()
    found = find_commit(path, commit)
    root, _ = repository(path)
    try:
        # cat-file gives the stored bytes: no text conversion, no filters a repository names
        data = _git(path, root, "cat-file", "blob", f"{found.commit}:{found.path}")
    except _Failed as exc:
        raise HistoryError(
            HistoryMessage.NOT_AT_COMMIT, path=str(path), commit=found.short, reason=str(exc)
        ) from exc
    return found, data


def version_name(path: Path | str, commit: Commit) -> Path:
    """What an earlier version is called in messages: ``hosting.sla.json@1a2b3c4d5e``."""
    path = Path(path)
    return path.with_name(f"{path.name}@{commit.short}")


__all__ = [
    "TIMEOUT",
    "Commit",
    "HistoryError",
    "HistoryMessage",
    "file_at",
    "file_history",
    "find_commit",
    "git_program",
    "repository",
    "unavailable",
    "version_name",
]
