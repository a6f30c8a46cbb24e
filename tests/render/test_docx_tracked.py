"""The redline as a Word document with tracked changes: accepting every change gives the newer
contract, rejecting every change the older one — word for word, with the clause numbers and item
letters Word's numbering gives them — on every preset in each language, against an edited copy
(a target changed, a clause added and one removed, credit-table rows, a party renamed, list
items added and removed), each change by the person who made the revision."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any

import docx
import pytest

from slawriter.model import Agreement
from slawriter.model.agreement import AgreementStatus
from slawriter.model.lifecycle import new_revision, set_status
from slawriter.render.docx import contract_blocks, render_docx, render_tracked_docx
from slawriter.services import redline
from slawriter.services.presets import list_presets
from slawriter.storage import read_agreement

from .docx_reading import NS, q, resolve_changes, shown_paragraphs, tracked_marks
from .test_docx import PRESETS, _in, every_language, every_preset

Data = dict[str, Any]


def _target(data: Data) -> None:
    target = data["service_levels"]["objectives"][0]["target"]
    value = target["value"]
    target["value"] = value + 1 if value < 50 else value - Decimal("0.4")


def _clause_added(data: Data) -> None:
    objectives = data["service_levels"]["objectives"]
    extra = {**objectives[0], "id": "added-objective", "name": "Added objective for review"}
    objectives.insert(1, extra)


def _clause_removed(data: Data) -> None:
    objectives = data["service_levels"]["objectives"]
    if len(objectives) > 1:
        objectives.pop()


def _row_removed(data: Data) -> None:
    tiers = data["consequences"]["credit_tiers"]
    if len(tiers) > 1:
        tiers.pop(0)


def _party(data: Data) -> None:
    data["parties"][0]["name"] += " Holdings"


def _items(data: Data) -> None:
    out_of_scope = data["scope"]["out_of_scope"]
    if out_of_scope:
        out_of_scope.pop(0)
    out_of_scope.append("Hardware bought from other suppliers")


EDITS: dict[str, Callable[[Data], None]] = {
    "target": _target,
    "clause-added": _clause_added,
    "clause-removed": _clause_removed,
    "table-row-removed": _row_removed,
    "party-renamed": _party,
    "items": _items,
}


def edited(agreement: Agreement, *edits: str) -> Agreement:
    data = agreement.model_dump(mode="python")
    for name in edits or EDITS:
        EDITS[name](data)
    return Agreement.model_validate(data)


def shown(data: bytes) -> list[tuple[str, str]]:
    """Each body paragraph as a reader sees it: Word's number or letter, and the text."""
    return [(p.label, p.text) for p in shown_paragraphs(data)]


@cache
def _preset(name: str, language: str) -> Agreement:
    preset = next(p for p in PRESETS if p.name == name)
    return _in(read_agreement(preset.path)[0], language)


def _check(old: Agreement, new: Agreement) -> bytes:
    """The tracked redline of ``old`` → ``new``, checked: Accept All gives ``new``'s Word
    document as a plain export writes it, Reject All ``old``'s (in the redline's look)."""
    tracked = render_tracked_docx(old, new, author="Ana García")
    look = contract_blocks(new)[1]
    assert shown(resolve_changes(tracked, accept=True)) == shown(render_docx(new, style=look).docx)
    assert shown(resolve_changes(tracked, accept=False)) == shown(render_docx(old, style=look).docx)
    return tracked


def _kinds(tracked: bytes) -> Counter[tuple[str, str]]:
    """The tracked changes by kind and place: (``ins``/``del``, ``p`` for words, ``rPr`` for
    a paragraph, ``trPr`` for a table row)."""
    return Counter(
        (mark.tag.rsplit("}", 1)[1], mark.getparent().tag.rsplit("}", 1)[1])
        for mark in tracked_marks(tracked)
    )


def marked_before_tables(tracked: bytes) -> list[str]:
    """The tables that come right after a paragraph whose mark is inserted or deleted (the
    text of that paragraph): LibreOffice's Accept All or Reject All leaves such a paragraph
    in place, empty, as it cannot join it to a table."""
    body = docx.Document(io.BytesIO(tracked)).element.body
    found = []
    for table in body.iterchildren(q("tbl")):
        before = table.getprevious()
        if before is not None and before.find("w:pPr/w:rPr", NS) is not None:
            mark = before.find("w:pPr/w:rPr", NS)
            if mark.find("w:ins", NS) is not None or mark.find("w:del", NS) is not None:
                found.append("".join(t.text or "" for t in before.iter(q("t"), q("delText"))))
    return found


@every_language
@every_preset
def test_accepting_gives_the_new_text_and_rejecting_the_old(preset: Any, language: str) -> None:
    old = _preset(preset.name, language)
    tracked = _check(old, edited(old))
    assert marked_before_tables(tracked) == []
    kinds = _kinds(tracked)
    # Words inside clauses and cells, whole paragraphs and table rows, both ways.
    for kind in [("ins", "p"), ("del", "p"), ("ins", "rPr"), ("del", "rPr")]:
        assert kinds[kind], kind
    assert kinds["ins", "trPr"] + kinds["del", "trPr"], kinds


PRESET = list_presets()[0].name


@pytest.mark.parametrize("edit", list(EDITS))
def test_each_kind_of_edit_alone(edit: str) -> None:
    old = _preset(PRESET, "en")
    tracked = _check(old, edited(old, edit))
    assert tracked_marks(tracked)
    assert marked_before_tables(tracked) == []


@every_language
@every_preset
def test_a_clause_added_before_its_twin_keeps_the_paragraphs_before_tables(
    preset: Any, language: str
) -> None:
    """A clause added as a copy of the one before it (its table too): every table still
    comes after a paragraph both versions keep, and accept/reject give each version."""
    old = _preset(preset.name, language)
    assert marked_before_tables(_check(old, edited(old, "clause-added"))) == []


def test_a_changed_target_is_one_word_replaced_inside_its_clause() -> None:
    old = _preset(PRESET, "en")
    new = edited(old, "target")
    body = docx.Document(io.BytesIO(_check(old, new))).element.body
    deleted = [t.text for t in body.iter(q("delText"))]
    inserted = [t.text for mark in body.iter(q("ins")) for t in mark.iter(q("t"))]
    was = old.service_levels.objectives[0].target
    now = new.service_levels.objectives[0].target
    assert was is not None and now is not None
    assert any(str(was.value) in text for text in deleted), deleted
    assert any(str(now.value) in text for text in inserted), inserted
    # Only the figure changed in those paragraphs: no paragraph went or came.
    assert not [m for m in tracked_marks(_check(old, new)) if m.getparent().tag == q("rPr")]


def test_a_removed_table_row_is_a_deleted_row() -> None:
    old = _preset(PRESET, "en")
    tracked = _check(old, edited(old, "table-row-removed"))
    rows = part_rows(tracked)
    deleted = [row for row in rows if row.find("w:trPr/w:del", NS) is not None]
    assert len(deleted) == 1
    assert deleted[0].find(".//w:t", NS) is None  # every word of the row is deleted text
    assert deleted[0].find(".//w:delText", NS) is not None


def part_rows(tracked: bytes) -> list[Any]:
    return list(docx.Document(io.BytesIO(tracked)).element.body.iter(q("tr")))


def test_the_same_agreement_has_no_tracked_changes() -> None:
    old = _preset(PRESET, "es")
    tracked = _check(old, old)
    assert tracked_marks(tracked) == []


def test_changes_are_by_the_revisions_author_and_dated() -> None:
    old = _preset(PRESET, "en")
    at = dt.datetime(2027, 3, 4, 9, 30, tzinfo=dt.UTC)
    signed = set_status(old, AgreementStatus.IN_REVIEW, by="Ana", at=at)
    signed = set_status(signed, AgreementStatus.APPROVED, by="Ana", at=at)
    revised = new_revision(signed, by="Luis Ortega", at=at, fingerprint="0123456789ab")
    new = edited(revised, "party-renamed")
    assert redline.revision_by(new) == ("Luis Ortega", at)
    marks = tracked_marks(redline.tracked_docx(old, new))
    assert marks
    assert {m.get(q("author")) for m in marks} == {"Luis Ortega"}
    assert {m.get(q("date")) for m in marks} == {"2027-03-04T09:30:00Z"}
    assert len({m.get(q("id")) for m in marks}) == len(marks)


def test_without_a_revision_the_audit_log_or_slawriter_is_the_author() -> None:
    old = _preset(PRESET, "en")
    bare = old.model_copy(
        update={"signoff": old.signoff.model_copy(update={"revisions": [], "history": []})}
    )
    assert redline.revision_by(bare) == ("slawriter", None)
    at = dt.datetime(2027, 5, 6, 7, 8, tzinfo=dt.UTC)
    logged = set_status(bare, AgreementStatus.IN_REVIEW, by="Marta", at=at)
    assert redline.revision_by(logged) == ("Marta", at)
    marks = tracked_marks(redline.tracked_docx(old, edited(bare, "party-renamed")))
    assert {m.get(q("author")) for m in marks} == {"slawriter"}
    assert {m.get(q("date")) for m in marks} == {None}


def test_python_docx_reads_the_redline_back() -> None:
    old = _preset(PRESET, "es")
    document = docx.Document(io.BytesIO(_check(old, edited(old))))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings
    assert document.tables
    assert document.core_properties.language == "es-ES"
