"""The four edits on plain data: each one's inverse puts the data back exactly."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from slawriter.editing import Edit, InsertItem, MoveItem, RemoveItem, SetValue
from slawriter.editing.edits import node


def data() -> dict[str, Any]:
    return {"agreement": {"title": "SLA"}, "parties": [{"id": "a"}, {"id": "b"}, {"id": "c"}]}


@pytest.mark.parametrize(
    ("edit", "after"),
    [
        (SetValue(("agreement", "title"), "SLA", "Support"), {"title": "Support"}),
        (InsertItem(("parties",), 1, {"id": "x"}), ["a", "x", "b", "c"]),
        (RemoveItem(("parties",), 0, {"id": "a"}), ["b", "c"]),
        (MoveItem(("parties",), 2, 0), ["c", "a", "b"]),
    ],
    ids=lambda v: type(v).__name__ if not isinstance(v, dict | list) else "",
)
def test_an_edit_and_its_inverse(edit: Edit, after: Any) -> None:
    before = data()
    changed = copy.deepcopy(before)
    edit.apply(changed)
    if isinstance(after, dict):
        assert changed["agreement"] == after
    else:
        assert [p["id"] for p in changed["parties"]] == after
    edit.inverse().apply(changed)
    assert changed == before
    assert edit.inverse().inverse() == edit


def test_a_value_set_is_a_copy_the_edit_keeps_to_itself() -> None:
    value = {"id": "x", "tags": ["one"]}
    edit = InsertItem(("parties",), 0, value)
    changed = data()
    edit.apply(changed)
    changed["parties"][0]["tags"].append("two")
    assert edit.value == {"id": "x", "tags": ["one"]}


def test_typing_joins_only_the_same_place() -> None:
    first = SetValue(("agreement", "title"), "", "S")
    second = SetValue(("agreement", "title"), "S", "Su")
    assert second.joined(first) == SetValue(("agreement", "title"), "", "Su")
    assert SetValue(("agreement", "purpose"), "", "x").joined(first) is None
    assert second.joined(InsertItem(("parties",), 0, {})) is None


def test_node_walks_keys_and_indexes() -> None:
    assert node(data(), ("parties", 1, "id")) == "b"
    assert node(data(), ()) == data()
