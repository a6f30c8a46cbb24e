"""Three-way merge of two people's edits to one agreement or library entry, field by field
(issue 15 §3, ``slawriter merge-driver``). Plain JSON data in, plain JSON data out; no I/O.

- Different fields merge; a field changed two ways is a :class:`Conflict` holding the three
  values. The result holds our value there, so it is still an agreement, and lists its
  conflicts (``merge_conflicts`` in the file, :data:`CONFLICTS_KEY`) for a choice.
- Lists of items with IDs (parties, objectives, tiers…) merge item by item, by ID: an item
  added on one side is kept, an item removed on one side and unchanged on the other is removed,
  removed on one side and changed on the other is a conflict (the changed item is kept).
- The audit log (``signoff.history``) merges by entry: both sides' new entries are kept, in the
  order of their times, and chained again by hash (each new entry's ``previous`` is the hash of
  the one before it). A log that one side did not only append to is a conflict.
- The revision history (``signoff.revisions``) merges by entry: every revision of either side
  is kept, in version order.
- Any other list (of words, dates…) is one value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

CONFLICTS_KEY = "merge_conflicts"
"""The top-level key of a merged file that lists its unresolved conflicts."""


class _Missing:
    """A value one version does not have (a field or an item added or removed)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """One field changed two ways: its path in the merged data and the three versions."""

    path: Path
    base: Any
    ours: Any
    theirs: Any

    def as_json(self) -> dict[str, Any]:
        """The file's form: ``{"field": [...], "base": …, "ours": …, "theirs": …}``; a side
        that does not have the field (it added or removed it) has no key."""
        out: dict[str, Any] = {"field": list(self.path)}
        for name in ("base", "ours", "theirs"):
            value = getattr(self, name)
            if value is not MISSING:
                out[name] = value
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Conflict:
        return cls(
            tuple(data["field"]),
            data.get("base", MISSING),
            data.get("ours", MISSING),
            data.get("theirs", MISSING),
        )


@dataclass(slots=True)
class Merged:
    """The merged data (our value where a field conflicts) and its conflicts."""

    data: Any
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What the merge did that a person may want to know (audit-log entries chained again)."""

    def with_conflicts(self) -> Any:
        """The data as the file holds it: the conflicts listed under :data:`CONFLICTS_KEY`."""
        if not self.conflicts or not isinstance(self.data, dict):
            return self.data
        return {**self.data, CONFLICTS_KEY: [c.as_json() for c in self.conflicts]}


Rechain = Callable[[list[dict[str, Any]], int], list[dict[str, Any]]]
"""Sets the ``previous`` of each audit-log entry from the given index on to the hash of the
entry before it (the entries before that index, the common log, are left as they are)."""


class _Merger:
    def __init__(self, rechain: Rechain | None) -> None:
        self.conflicts: list[Conflict] = []
        self.notes: list[str] = []
        self.rechain = rechain

    def conflict(self, path: Path, base: Any, ours: Any, theirs: Any) -> Any:
        self.conflicts.append(Conflict(path, base, ours, theirs))
        return theirs if ours is MISSING else ours

    def merge(self, path: Path, base: Any, ours: Any, theirs: Any) -> Any:
        if ours == theirs:
            return ours
        if base == ours:
            return theirs
        if base == theirs:
            return ours
        if path == ("signoff", "history") and self.rechain is not None:
            return self.merge_log(path, base, ours, theirs)
        if path == ("signoff", "revisions"):
            return self.merge_revisions(base, ours, theirs)
        if path in _RECORDS and all(isinstance(v, list | _Missing) for v in (base, ours, theirs)):
            return _merge_records(base, ours, theirs)
        # An object or list both sides made from nothing (null, absent) merges from empty.
        if all(isinstance(v, dict) for v in (ours, theirs)):
            return self.merge_objects(path, base if isinstance(base, dict) else {}, ours, theirs)
        if all(_by_id(v) for v in (ours, theirs)):
            return self.merge_items(path, base if _by_id(base) else [], ours, theirs)
        if path[-1:] == ("translations",) and all(
            _by_id(v, "language") for v in (ours, theirs)
        ):  # a clause's texts in other languages: one per language
            base_list = base if _by_id(base, "language") else []
            return self.merge_items(path, base_list, ours, theirs, key="language")
        appended = _both_appended(base, ours, theirs)
        if appended is not None:
            return appended
        return self.conflict(path, base, ours, theirs)

    def merge_objects(
        self, path: Path, base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in [*ours, *(k for k in theirs if k not in ours)]:
            value = self.merge(
                (*path, key),
                base.get(key, MISSING),
                ours.get(key, MISSING),
                theirs.get(key, MISSING),
            )
            if value is not MISSING:
                out[key] = value
        return out

    def merge_items(
        self,
        path: Path,
        base: list[dict[str, Any]],
        ours: list[dict[str, Any]],
        theirs: list[dict[str, Any]],
        key: str = "id",
    ) -> list[dict[str, Any]]:
        base_ids = {item[key]: item for item in base}
        our_ids = {item[key]: item for item in ours}
        their_ids = {item[key]: item for item in theirs}
        order = _order([i[key] for i in base], [i[key] for i in ours], [i[key] for i in theirs])
        out: list[dict[str, Any]] = []
        for item_id in order:
            b = base_ids.get(item_id, MISSING)
            o = our_ids.get(item_id, MISSING)
            t = their_ids.get(item_id, MISSING)
            if o == t:
                value = o
            elif b == o:
                value = t
            elif b == t:
                value = o
            elif o is MISSING or t is MISSING:
                # Removed on one side, changed on the other: the changed item is kept (nothing
                # typed is lost) and the choice is the person's.
                value = self.conflict((*path, len(out)), b, o, t)
            else:
                value = self.merge_objects((*path, len(out)), {} if b is MISSING else b, o, t)
            if value is not MISSING:
                out.append(value)
        return out

    def merge_log(self, path: Path, base: Any, ours: Any, theirs: Any) -> list[dict[str, Any]]:
        base_log = [] if base is MISSING else list(base)
        our_log = [] if ours is MISSING else list(ours)
        their_log = [] if theirs is MISSING else list(theirs)
        count = len(base_log)
        if our_log[:count] != base_log or their_log[:count] != base_log:
            # One side changed or removed an entry: the log is append-only, so no merge can
            # keep both sides' logs honest. Ours stays; the conflict says why.
            return self.conflict(path, base, ours, theirs)
        added_ours = our_log[count:]
        added_theirs = [e for e in their_log[count:] if e not in added_ours]
        new = sorted(
            [(e, 0, i) for i, e in enumerate(added_ours)]
            + [(e, 1, i) for i, e in enumerate(added_theirs)],
            key=lambda x: (str(x[0].get("at", "")), x[1], x[2]),
        )
        merged = base_log + [e for e, _, _ in new]
        assert self.rechain is not None
        chained = self.rechain(merged, count)
        if added_theirs and added_ours:
            self.notes.append(
                f"audit log: {len(added_ours)} entries of ours and {len(added_theirs)} of theirs "
                "kept in time order and chained again"
            )
        return chained

    def merge_revisions(self, base: Any, ours: Any, theirs: Any) -> list[Any]:
        """Every revision either side has, in version order (ours first for one version)."""
        out = list([] if ours is MISSING else ours)
        for revision in [] if theirs is MISSING else theirs:
            if revision not in out:
                out.append(revision)
        return sorted(out, key=lambda r: r.get("version", 0) if isinstance(r, dict) else 0)


_RECORDS = {("signoff", "approvals"), ("signoff", "records")}
"""Lists of records without IDs that merge by entry: what either side added is kept, what
either side removed (a new revision clears them) is removed."""


def _merge_records(base: Any, ours: Any, theirs: Any) -> list[Any]:
    base_list = [] if base is MISSING else list(base)
    our_list = [] if ours is MISSING else list(ours)
    their_list = [] if theirs is MISSING else list(theirs)
    out = [r for r in our_list if r not in base_list or r in their_list]
    out += [r for r in their_list if r not in base_list and r not in out]
    return out


def _by_id(value: Any, key: str = "id") -> bool:
    """A list whose items are objects with distinct string IDs (merged item by item)."""
    if not isinstance(value, list):
        return False
    if not all(isinstance(item, dict) and isinstance(item.get(key), str) for item in value):
        return False
    ids = [item[key] for item in value]
    return len(set(ids)) == len(ids)


def _both_appended(base: Any, ours: Any, theirs: Any) -> list[Any] | None:
    """A list without IDs (a party's contacts, what a claim must contain) to which both sides
    only added at the end: the base, then ours' additions, then theirs' (one copy of an
    addition both made). ``None`` when either side changed or removed what was there."""
    base_list = [] if base is MISSING else base
    if not all(isinstance(v, list) for v in (base_list, ours, theirs)):
        return None
    count = len(base_list)
    if ours[:count] != base_list or theirs[:count] != base_list:
        return None
    added = list(ours[count:])
    return [*base_list, *added, *(item for item in theirs[count:] if item not in added)]


def _order(base: list[str], ours: list[str], theirs: list[str]) -> list[str]:
    """The merged order of IDs: the side that reordered the common items sets their order
    (ours, if both did); each side's new items follow the item before them on that side."""
    common = [i for i in base if i in ours and i in theirs]
    ours_reordered = [i for i in ours if i in common] != common
    theirs_reordered = [i for i in theirs if i in common] != common
    leader, other = (theirs, ours) if theirs_reordered and not ours_reordered else (ours, theirs)
    out = list(leader)
    for index, item_id in enumerate(other):
        if item_id in out:
            continue
        before = next((other[j] for j in range(index - 1, -1, -1) if other[j] in out), None)
        out.insert(0 if before is None else out.index(before) + 1, item_id)
    return out


def merge(base: Any, ours: Any, theirs: Any, *, rechain: Rechain | None = None) -> Merged:
    """Merge ``ours`` and ``theirs`` (both changed from ``base``) field by field.

    ``rechain`` chains an agreement's audit log again (``None`` for library entries, which have
    none). Conflicts already in a version (a merge not yet resolved) are not merged again: the
    caller refuses such files.
    """
    merger = _Merger(rechain)
    data = merger.merge((), base, ours, theirs)
    return Merged(data, merger.conflicts, merger.notes)
