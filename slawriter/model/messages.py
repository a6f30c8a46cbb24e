"""Messages as data: an English template with named placeholders, and the values to put in it.

The model phrases its findings, rule problems and refusals in English. Each message is kept as a
template from a table (a :class:`MessageTemplate` subclass, one per module) plus its parameters, so
the command line prints the English text and the app can translate the template and fill in the
same values. The app's generator lists every table's templates for Qt's translators
(``python -m slawriter.app.i18n --write``), so a new message cannot go unlisted.

Parameters are numbers and user-typed text, shown as they are, or :class:`Word` — an enum choice,
which the app shows with its label in the UI language. A parameter may also be a :class:`Message`
(a part of the sentence that is a message of its own, translated in turn) or a :class:`FieldRefusal`
(pydantic's English refusal of a value, which the app phrases from its type and context).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any, Protocol


class MessageTemplate(StrEnum):
    """Base of the message tables: each member's value is an English template.

    Placeholders are named (``{tier}``); the values come with each message. Subclass it for a new
    table — :func:`template_tables` finds every subclass.
    """


@dataclass(frozen=True, slots=True)
class Word:
    """An enum choice inside a message, e.g. the metric of an objective.

    ``text`` is how the English message has always named it (``first response time``); the app
    uses the choice's translated label instead.
    """

    member: Enum
    text: str

    def __str__(self) -> str:
        return self.text


def word(member: Enum) -> Word:
    """``MetricKind.FIRST_RESPONSE_TIME`` → the word "first response time"."""
    return Word(member, str(member.value).replace("_", " "))


def raw_word(member: Enum) -> Word:
    """An enum choice named by its stored value (``in_review``), as some messages do."""
    return Word(member, str(member.value))


@dataclass(frozen=True, slots=True)
class Words:
    """Several enum choices in a row, separated by commas (``percent, score``)."""

    items: tuple[Word, ...]

    def __str__(self) -> str:
        return ", ".join(str(item) for item in self.items)


@dataclass(frozen=True, slots=True, eq=False)
class FieldRefusal:
    """Pydantic's refusal of a value, inside a message (``{problem} (found 'x')``).

    ``str()`` is pydantic's English text mid-sentence: without its "Value error, " prefix and with
    a lower-case first letter. ``error`` is pydantic's error (its ``type``, ``msg`` and ``ctx``),
    from which the app phrases it in the UI language (``slawriter.editing.field_errors``).
    """

    error: Mapping[str, Any]

    def __str__(self) -> str:
        return lower_first(str(self.error.get("msg", "")).removeprefix("Value error, "))


def lower_first(text: str) -> str:
    """A sentence mid-sentence: its first letter in lower case."""
    return text[:1].lower() + text[1:]


class Phrased(Protocol):
    """Anything that carries a message: a finding, a problem, a refusal."""

    @property
    def template(self) -> MessageTemplate: ...

    @property
    def params(self) -> Params: ...


def render(template: MessageTemplate, params: Params) -> str:
    """The English text of a message."""
    return template.value.format_map({name: str(value) for name, value in params.items()})


@dataclass(frozen=True, slots=True)
class Message:
    """A template and its values; ``str()`` gives the English text."""

    template: MessageTemplate
    params: Params = field(default_factory=dict, hash=False)

    @property
    def text(self) -> str:
        return render(self.template, self.params)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Phrases:
    """Several messages in a row, separated by semicolons (the changes of a library entry)."""

    items: tuple[Message, ...]

    def __str__(self) -> str:
        return "; ".join(str(item) for item in self.items)


@dataclass(frozen=True, slots=True)
class Where:
    """A place inside a message, named as :func:`~slawriter.model.sections.describe` names it
    (the app in the UI language): ``loc`` in ``data``, without the part ``within`` already
    says (``Target › Value`` inside an objective)."""

    loc: tuple[str | int, ...]
    within: tuple[str | int, ...] = ()
    data: Any = field(default=None, compare=False)

    def text(self, translate: Any = None) -> str:
        from .sections import describe

        full = describe(self.loc, self.data, translate)
        if not self.within:
            return full
        prefix = describe(self.within, self.data, translate)
        return full.removeprefix(prefix).removeprefix(" › ")

    def __str__(self) -> str:
        return self.text()


Param = str | int | Decimal | Word | Words | Message | Phrases | Where | FieldRefusal
Params = Mapping[str, Param]


def as_message(message: Phrased) -> Message:
    """Any finding, problem or refusal as a plain :class:`Message` (to nest it in another)."""
    return message if isinstance(message, Message) else Message(message.template, message.params)


class PhrasedError(ValueError):
    """A refusal whose message is a template and its values; ``str()`` is the English text."""

    def __init__(self, template: MessageTemplate, /, **params: Param) -> None:
        self.template = template
        self.params: Params = params
        super().__init__(render(template, params))

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from the template and its values, not from the English text (copy, pickle).
        return _rebuild, (type(self), self.template, dict(self.params))


def _rebuild(
    kind: type[PhrasedError], template: MessageTemplate, params: dict[str, Param]
) -> PhrasedError:
    return kind(template, **params)


class InvalidValue(PhrasedError):
    """A validator refuses a value; pydantic reports it as a ``value_error`` with this message."""


def template_tables() -> Iterator[type[MessageTemplate]]:
    """Every message table defined so far (import the modules that define them first)."""
    pending = list(MessageTemplate.__subclasses__())
    while pending:
        table = pending.pop(0)
        yield table
        pending.extend(table.__subclasses__())
