"""The files of a git merge: read the three versions, merge them field by field
(:mod:`slawriter.model.merge`), write the result over ours — the unresolved conflicts listed in
it under ``merge_conflicts`` — and resolve them later, one side per field.

A file with ``merge_conflicts`` is refused by every loader (:class:`UnresolvedMerge`, naming the
first conflict and what to do) until a side is chosen for each conflict: ``slawriter resolve``
or, later, the app (:func:`read_conflicts` gives it the choices).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model.merge import CONFLICTS_KEY, MISSING, Conflict, merge
from ..model.messages import MessageTemplate
from ..model.sections import describe
from .atomic import atomic_write_bytes
from .errors import DocumentError, FileHint, FileMessage, NotJson, SaveFailed
from .files import _decode, _encode, _parse, _read_bytes


class MergeMessage(MessageTemplate):
    """What a merge says (English templates; the app translates them)."""

    UNRESOLVED = (
        "has {count} unresolved merge conflicts; the first is {field}: ours {ours}, theirs {theirs}"
    )
    UNRESOLVED_ONE = "has an unresolved merge conflict: {field}: ours {ours}, theirs {theirs}"
    NOT_A_CONFLICT_LIST = "lists its merge conflicts in a form slawriter does not know"
    NO_SUCH_CONFLICT = "has no merge conflict number {number} (it has {count})"
    NOT_MERGED = "is not an agreement or a library entry, so it cannot be merged field by field"
    IN_CONFLICT_ALREADY = (
        "still has unresolved merge conflicts of an earlier merge; resolve them first"
    )
    REFUSED = (
        "the merge was refused, so the file is kept unchanged (our version); merge the other "
        "side's changes by hand in slawriter"
    )
    NO_CONFLICTS = "has no merge conflicts; nothing to resolve"


class MergeHint(MessageTemplate):
    """What to do about an unresolved merge (English templates)."""

    RESOLVE = "choose a side per conflict with 'slawriter resolve FILE --take ours|theirs'"


class UnresolvedMerge(DocumentError):
    """A merged file whose conflicts are not resolved yet."""


def shown(value: Any) -> str:
    """A merged value in a message: as JSON, short; a value one side removed is "(none)"."""
    import json

    if value is MISSING:
        return "(none)"
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:59] + "…"


def conflict_line(conflict: Conflict, data: Any) -> str:
    """``Service level objectives › … › Target › Value: ours 99.95, theirs 99.99``."""
    where = describe(conflict.path, data)
    return f"{where}: ours {shown(conflict.ours)}, theirs {shown(conflict.theirs)}"


def conflicts_in(path: Path, data: dict[str, Any]) -> list[Conflict]:
    """The conflicts a merged file lists. Raises :class:`UnresolvedMerge` if it lists them in
    a form slawriter does not know."""
    listed = data.get(CONFLICTS_KEY)
    try:
        if not isinstance(listed, list):
            raise TypeError
        return [Conflict.from_json(item) for item in listed]
    except (TypeError, KeyError, AttributeError) as exc:
        raise UnresolvedMerge(path, MergeMessage.NOT_A_CONFLICT_LIST) from exc


def refuse_unresolved(path: Path, data: Any) -> None:
    """Raise :class:`UnresolvedMerge` if ``data`` (a parsed file) has unresolved conflicts."""
    if not isinstance(data, dict) or CONFLICTS_KEY not in data:
        return
    conflicts = conflicts_in(path, data)
    if not conflicts:
        return
    first = conflicts[0]
    values = {
        "field": describe(first.path, data),
        "ours": shown(first.ours),
        "theirs": shown(first.theirs),
    }
    if len(conflicts) == 1:
        raise UnresolvedMerge(path, MergeMessage.UNRESOLVED_ONE, hint=MergeHint.RESOLVE, **values)
    raise UnresolvedMerge(
        path, MergeMessage.UNRESOLVED, hint=MergeHint.RESOLVE, count=len(conflicts), **values
    )


def _read(path: Path) -> Any:
    """A version of the file: parsed JSON, or ``MISSING`` for an empty one (git gives an empty
    ancestor when both sides added the file)."""
    text = _decode(path, _read_bytes(path))
    if not text.strip():
        return MISSING
    return _parse(path, text)


def _text(data: Any) -> bytes:
    out: list[str] = []
    _encode(data, "", out)
    out.append("\n")
    return "".join(out).encode("utf-8")


def _write(path: Path, data: Any) -> None:
    try:
        atomic_write_bytes(path, _text(data))
    except OSError as exc:
        raise SaveFailed(path, FileMessage.NOT_SAVED, reason=exc.strerror or str(exc)) from exc


def is_library_entry(data: Any) -> bool:
    """A library entry's data (rather than an agreement's)."""
    return isinstance(data, dict) and "item" in data and "kind" in data


_is_entry = is_library_entry


def _rechain(entries: list[dict[str, Any]], start: int) -> list[dict[str, Any]]:
    """Chain the audit log again from ``start``: each entry's ``previous`` is the hash of the
    entry before it, as :func:`~slawriter.model.lifecycle.entry_hash` computes it."""
    from ..model.agreement import LifecycleEvent
    from ..model.lifecycle import entry_hash

    out = [copy.deepcopy(e) for e in entries]
    for index in range(max(start, 1), len(out)):
        before = LifecycleEvent.model_validate(out[index - 1])
        out[index]["previous"] = entry_hash(before)
    return out


@dataclass(slots=True)
class MergeResult:
    """What the merge driver did: the conflicts left, notes, and problems of the result."""

    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    data: Any = None

    @property
    def clean(self) -> bool:
        return not self.conflicts and not self.problems


def merge_files(base: Path, ours: Path, theirs: Path, name: str = "") -> MergeResult:
    """Merge ``theirs`` into ``ours`` (both from ``base``) and write the result over ``ours``.

    ``name`` is the file's path in the repository (git's ``%P``), for messages. Raises a
    :class:`DocumentError` when a version cannot be read or is not a file slawriter merges
    (``ours`` is then unchanged).
    """
    shown_as = Path(name) if name else ours
    versions = []
    for path in (base, ours, theirs):
        try:
            versions.append(_read(path))
        except DocumentError as exc:
            raise type(exc)(shown_as, exc.problem, where=exc.place, hint=exc.remedy) from exc
    base_data, our_data, their_data = versions
    for data in versions:
        if isinstance(data, dict) and CONFLICTS_KEY in data:
            raise UnresolvedMerge(shown_as, MergeMessage.IN_CONFLICT_ALREADY)
        if data is not MISSING and not isinstance(data, dict):
            raise NotJson(shown_as, MergeMessage.NOT_MERGED)
    entry = _is_entry(our_data) or _is_entry(their_data)
    merged = merge(base_data, our_data, their_data, rechain=None if entry else _rechain)
    result = MergeResult(merged.conflicts, merged.notes, data=merged.data)
    if not merged.conflicts:
        result.problems = _problems(shown_as, merged.data, entry, our_data)
    if result.problems:
        # A result that breaks the audit log or changes signed text is never written: ours
        # stays byte for byte, so nobody commits it by accident.
        result.problems.append(f"{shown_as}: {MergeMessage.REFUSED.value}")
        return result
    _write(ours, merged.with_conflicts())
    return result


def _problems(path: Path, data: Any, entry: bool, ours: Any) -> list[str]:
    """What is wrong with a clean merge's result that our version did not have: not a valid
    file, or an audit log whose chain, last entry or signed text disagrees with the agreement.
    An error only the other side had (its signed text changed by hand, say) is not merged in."""
    from .files import agreement_from_json
    from .library import entry_from_json

    try:
        if entry:
            entry_from_json(data, path)
            return []
        agreement = agreement_from_json(data, path)
    except DocumentError as exc:
        return exc.lines()
    from ..model.lifecycle import history_problems

    def errors(version: Any) -> set[str]:
        try:
            return {
                p.template
                for kind, p in history_problems(agreement_from_json(version))
                if kind == "error"
            }
        except DocumentError:
            return set()

    before = errors(ours)
    return [
        f"{path}: {describe(p.loc, agreement)}: {p.message}"
        for kind, p in history_problems(agreement)
        if kind == "error" and p.template not in before
    ]


# ---------------------------------------------------------------------------------------------
# Resolving


def read_conflicts(path: Path | str) -> tuple[dict[str, Any], list[Conflict]]:
    """A merged file's data (our value at each conflict) and its conflicts, for a choice; no
    conflicts for a file that does not list any."""
    path = Path(path)
    data = _read(path)
    if not isinstance(data, dict):
        raise NotJson(path, FileMessage.HOLDS_VALUE, hint=FileHint.ONE_OBJECT)
    if CONFLICTS_KEY not in data:
        return data, []
    return data, conflicts_in(path, data)


def _set(data: Any, loc: tuple[str | int, ...], value: Any) -> Any:
    """``data`` with the value at ``loc`` set (``MISSING``: the field or item removed)."""
    parent = data
    for step in loc[:-1]:
        parent = parent[step]
    key = loc[-1]
    if value is MISSING:
        if isinstance(parent, list):
            parent[int(key)] = MISSING  # removed after every choice, so indexes stay right
        else:
            parent.pop(key, None)
    else:
        parent[key] = copy.deepcopy(value)
    return data


def _drop_missing(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _drop_missing(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_drop_missing(v) for v in node if v is not MISSING]
    return node


def _shifted(conflict: Conflict, removed: list[tuple[str | int, ...]]) -> Conflict:
    """``conflict`` with its list indexes moved back past the list items removed before it."""
    path = list(conflict.path)
    for depth, step in enumerate(conflict.path):
        if isinstance(step, int):
            parent = conflict.path[:depth]
            path[depth] = step - sum(
                1 for r in removed if r[:-1] == parent and isinstance(r[-1], int) and r[-1] < step
            )
    return Conflict(tuple(path), conflict.base, conflict.ours, conflict.theirs)


def resolve_file(path: Path | str, take: str, numbers: list[int] | None = None) -> list[Conflict]:
    """Choose ``take`` ("ours" or "theirs") for the conflicts numbered ``numbers`` (from 1; all
    when ``None``) and write the file; returns the conflicts still left. Raises a
    :class:`DocumentError` (nothing written) for a number the file does not have."""
    path = Path(path)
    if numbers is None:
        _, conflicts = read_conflicts(path)
        numbers = list(range(1, len(conflicts) + 1))
    return resolve_choices(path, dict.fromkeys(numbers, take), check=loadable(path))


def loadable(path: Path) -> Callable[[dict[str, Any]], object]:
    """A check for :func:`resolve_choices`: the resolved data loads as the agreement or library
    entry it is (else the loader's :class:`DocumentError`, naming ``path``)."""
    from .files import agreement_from_json
    from .library import entry_from_json

    def check(data: dict[str, Any]) -> object:
        if _is_entry(data):
            return entry_from_json(data, path)
        return agreement_from_json(data, path)

    return check


SIDES = ("ours", "theirs")
"""The sides a conflict is resolved with."""


def resolve_choices(
    path: Path | str,
    choices: Mapping[int, str],
    check: Callable[[dict[str, Any]], object] | None = None,
) -> list[Conflict]:
    """Resolve each conflict numbered in ``choices`` (from 1) with its side ("ours" or
    "theirs") and write the file once, atomically; returns the conflicts still left (renumbered
    from 1). Raises a :class:`DocumentError` (nothing written) for a number the file does not
    have, or when ``check`` (given the resolved data) raises one: a mix of sides that is not a
    valid agreement is refused before the file is touched."""
    path = Path(path)
    data, conflicts = read_conflicts(path)
    for number in sorted(choices):
        if not 1 <= number <= len(conflicts):
            raise UnresolvedMerge(
                path, MergeMessage.NO_SUCH_CONFLICT, number=number, count=len(conflicts)
            )
        if choices[number] not in SIDES:
            raise ValueError(f"a conflict is resolved with ours or theirs, not {choices[number]!r}")
    data = {k: v for k, v in data.items() if k != CONFLICTS_KEY}
    left: list[Conflict] = []
    removed: list[tuple[str | int, ...]] = []
    for number, conflict in enumerate(conflicts, 1):
        if number not in choices:
            left.append(conflict)
            continue
        value = getattr(conflict, choices[number])
        _set(data, conflict.path, value)
        if value is MISSING and conflict.path and isinstance(conflict.path[-1], int):
            removed.append(conflict.path)
    data = _drop_missing(data)
    left = [_shifted(c, removed) for c in left]
    if left:
        data[CONFLICTS_KEY] = [c.as_json() for c in left]
    elif check is not None:
        check(data)
    _write(path, data)
    return left


__all__ = [
    "MergeResult",
    "UnresolvedMerge",
    "conflict_line",
    "is_library_entry",
    "loadable",
    "merge_files",
    "read_conflicts",
    "refuse_unresolved",
    "resolve_choices",
    "resolve_file",
    "shown",
]
