"""The undo history on its own: steps, merging, groups, the saved point and the limit."""

from __future__ import annotations

from typing import Any

from slawriter.editing import Edit, History, InsertItem, SetValue

TITLE = ("title",)


class Recorder:
    """Plain data with a history over it, as a document keeps them."""

    def __init__(self, limit: int = 1000) -> None:
        self.data: dict[str, Any] = {"title": "", "items": []}
        self.applied: list[Edit] = []
        self.changes = 0
        self.history = History(self.apply, limit=limit, on_change=self.changed)

    def apply(self, edit: Edit) -> None:
        edit.apply(self.data)
        self.applied.append(edit)

    def changed(self) -> None:
        self.changes += 1

    def make(self, edit: Edit, text: str = "edit", merge: bool = False) -> None:
        edit.apply(self.data)
        self.history.record(edit, text, merge=merge)

    def type(self, *texts: str) -> None:
        for text in texts:
            self.make(SetValue(TITLE, self.data["title"], text), "Edit title", merge=True)


def test_undo_and_redo_walk_the_steps() -> None:
    r = Recorder()
    assert not r.history.can_undo and not r.history.can_redo and r.history.is_clean
    r.make(SetValue(TITLE, "", "One"), "Edit title")
    r.make(InsertItem(("items",), 0, "x"), "Add item")
    assert (len(r.history), r.history.index, r.history.undo_text) == (2, 2, "Add item")
    assert not r.history.is_clean
    step = r.history.undo()
    assert step is not None and step.text == "Add item"
    assert r.data == {"title": "One", "items": []}
    assert r.history.redo_text == "Add item" and r.history.undo_text == "Edit title"
    r.history.undo()
    assert r.data == {"title": "", "items": []} and r.history.is_clean
    assert r.history.undo() is None
    r.history.redo()
    r.history.redo()
    assert r.data == {"title": "One", "items": ["x"]}
    assert r.history.redo() is None


def test_typing_in_one_place_is_one_step_until_the_merge_is_closed() -> None:
    r = Recorder()
    r.type("S", "Su", "Sup")
    assert len(r.history) == 1
    r.history.close_merge()
    r.type("Supp")
    assert len(r.history) == 2
    r.history.undo()
    assert r.data["title"] == "Sup"
    r.history.undo()
    assert r.data["title"] == ""


def test_only_typing_merges_and_only_at_the_same_place() -> None:
    r = Recorder()
    r.type("S")
    r.make(SetValue(TITLE, "S", "Su"), merge=False)
    r.type("Sup")
    r.make(SetValue(("other",), None, 1), merge=True)
    assert len(r.history) == 4


def test_typing_never_merges_into_the_saved_step() -> None:
    r = Recorder()
    r.type("Draft")
    r.history.set_clean()
    r.type("Draft 2")
    assert len(r.history) == 2
    r.history.undo()
    assert r.data["title"] == "Draft" and r.history.is_clean


def test_a_new_step_drops_the_undone_ones_and_a_lost_saved_point() -> None:
    r = Recorder()
    r.type("A")
    r.history.close_merge()
    r.type("AB")
    r.history.set_clean()
    r.history.undo()
    r.history.undo()
    r.make(InsertItem(("items",), 0, "x"))
    assert len(r.history) == 1 and not r.history.can_redo
    r.history.undo()
    assert not r.history.is_clean  # the saved state was among the dropped steps


def test_a_group_is_one_step_undone_last_edit_first() -> None:
    r = Recorder()
    with r.history.group("Approve"):
        assert not r.history.can_undo and not r.history.is_clean
        r.make(SetValue(TITLE, "", "Approved"), merge=True)
        r.make(InsertItem(("items",), 0, "approved by Ana"))
        r.make(SetValue(TITLE, "Approved", "Approved!"), merge=True)
    assert len(r.history) == 1 and r.history.undo_text == "Approve"
    r.history.undo()
    assert r.data == {"title": "", "items": []}
    assert [type(e).__name__ for e in r.applied] == ["SetValue", "RemoveItem", "SetValue"]


def test_an_empty_group_adds_no_step() -> None:
    r = Recorder()
    with r.history.group("Nothing"):
        pass
    assert len(r.history) == 0 and r.history.is_clean


def test_the_oldest_steps_go_beyond_the_limit() -> None:
    r = Recorder(limit=3)
    r.history.set_clean()
    for i in range(5):
        r.make(InsertItem(("items",), i, i))
    assert len(r.history) == 3 and r.history.index == 3
    while r.history.undo():
        pass
    assert r.data["items"] == [0, 1]
    assert not r.history.is_clean


def test_clear_forgets_every_step_and_counts_as_saved() -> None:
    r = Recorder()
    r.type("A")
    changes = r.changes
    r.history.clear()
    assert (len(r.history), r.history.can_undo, r.history.is_clean) == (0, False, True)
    assert r.changes > changes
