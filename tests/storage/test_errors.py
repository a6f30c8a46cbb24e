"""File errors are data: templates and values for what is wrong, where and what to do."""

from __future__ import annotations

import string
from pathlib import Path
from typing import Any

import pytest

from slawriter.model.business_time import CalendarMessage
from slawriter.model.messages import FieldRefusal, Message, MessageTemplate, Phrased, render
from slawriter.model.sections import Loc, describe
from slawriter.render.branding import BrandingMessage
from slawriter.render.html import RenderMessage
from slawriter.services.compliance.messages import (
    ComplianceHint,
    ComplianceMessage,
    CompliancePlace,
)
from slawriter.services.reminders import ReminderMessage
from slawriter.storage import (
    DocumentError,
    InvalidAgreement,
    Issue,
    NotJson,
    Place,
    load_agreement,
    loads_agreement,
)
from slawriter.storage.errors import FileHint, FileMessage, FilePlace, JsonReason, at_line
from slawriter.storage.migrations import MigrationMessage

BAD = Path(__file__).resolve().parent.parent / "data" / "bad"

TABLES: list[type[MessageTemplate]] = [
    FileMessage,
    FileHint,
    FilePlace,
    JsonReason,
    MigrationMessage,
    ComplianceMessage,
    ComplianceHint,
    CompliancePlace,
    CalendarMessage,
    BrandingMessage,
    RenderMessage,
    ReminderMessage,
]


@pytest.mark.parametrize(
    "template",
    [template for table in TABLES for template in table],
    ids=lambda t: f"{type(t).__name__}.{t.name}",
)
def test_templates_use_named_placeholders_only(template: MessageTemplate) -> None:
    for _, name, spec, conversion in string.Formatter().parse(template.value):
        if name is None:
            continue
        assert name.isidentifier(), template
        assert not spec and conversion is None, template


class Shouting:
    """A phrasebook that puts every template and place word in capitals, values as they are."""

    def message(self, message: Phrased) -> str:
        values = {
            name: self.message(value) if isinstance(value, Message) else str(value)
            for name, value in message.params.items()
        }
        return message.template.value.upper().format_map(
            {name.upper(): value for name, value in values.items()}
        )

    def place(self, loc: Loc, data: Any) -> str:
        return describe(loc, data, str.upper)


def test_a_file_error_is_templates_and_values(tmp_path: Path) -> None:
    path = tmp_path / "x.sla.json"
    with pytest.raises(NotJson) as refused:
        loads_agreement('{"a": 1, "a": 2}', path)
    error = refused.value
    assert error.problem == Message(FileMessage.DUPLICATE_KEY, {"key": "a"})
    assert error.place == at_line(1)
    assert error.remedy == Message(FileHint.KEEP_ONE)
    assert (error.message, error.where, error.hint) == (
        'the key "a" appears twice in one object',
        "line 1",
        "keep one of them",
    )
    assert str(error) == (
        f'{path}: line 1: the key "a" appears twice in one object — keep one of them'
    )
    assert error.lines(Shouting()) == [
        f'{path}: LINE 1: THE KEY "a" APPEARS TWICE IN ONE OBJECT — KEEP ONE OF THEM'
    ]


def test_an_invalid_agreement_names_places_and_keeps_pydantics_refusal() -> None:
    with pytest.raises(InvalidAgreement) as refused:
        load_agreement(BAD / "several_problems.sla.json")
    error = refused.value
    first = error.issues[0]
    assert first.place == Place(("agreement", "version"))
    assert first.where == "Agreement › Version"
    assert isinstance(first.problem, Message)
    assert first.problem.template is FileMessage.REFUSED_VALUE
    refusal = first.problem.params["problem"]
    assert isinstance(refusal, FieldRefusal) and refusal.error["type"] == "greater_than_equal"
    assert str(refusal) == "input should be greater than or equal to 1"
    assert first.message == "input should be greater than or equal to 1 (found 0)"
    # The first line, then how many more: a message inside a message.
    assert isinstance(error.problem, Message)
    assert error.problem.template is FileMessage.MORE_PROBLEMS
    assert error.message == (
        "input should be greater than or equal to 1 (found 0) (and 2 more problems)"
    )
    shouted = error.lines(Shouting())
    assert shouted[0].endswith(
        ": AGREEMENT › VERSION: input should be greater than or equal to 1 (FOUND 0)"
    )


def test_the_json_parsers_reason_is_a_message_when_known(tmp_path: Path) -> None:
    path = tmp_path / "x.sla.json"
    with pytest.raises(NotJson) as refused:
        loads_agreement("{'a': 1}", path)
    reason = refused.value.problem.params["reason"]  # type: ignore[union-attr]
    assert reason == Message(JsonReason.EXPECTING_NAME)
    assert refused.value.message == (
        "is not valid JSON (Expecting property name enclosed in double quotes)"
    )


def test_plain_text_is_still_accepted_and_shown_as_it_is(tmp_path: Path) -> None:
    error = DocumentError(tmp_path / "a.pdf", "is not a PDF file", where="page 2", hint="retry")
    assert error.lines(Shouting()) == [f"{tmp_path / 'a.pdf'}: page 2: is not a PDF file — retry"]
    issue = Issue("Agreement file", "holds nothing")
    assert (issue.where, issue.message) == ("Agreement file", "holds nothing")
    with pytest.raises(TypeError):
        DocumentError(tmp_path / "a", "plain text", value="x")


def test_a_bare_template_is_a_message_without_values(tmp_path: Path) -> None:
    error = DocumentError(tmp_path / "a", FileMessage.EMPTY, hint=FileHint.ONE_OBJECT)
    assert error.problem == Message(FileMessage.EMPTY)
    assert render(FileMessage.EMPTY, {}) == error.message == "is empty"
