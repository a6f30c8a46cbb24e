"""Translating the text the app takes from the model: field titles and descriptions, enum labels,
model nouns, section labels, the words of a place (:func:`place_tr`) and the model's messages —
findings, rule problems, refusals and pydantic's field errors (:func:`message_tr`) — and the
errors of the layers below: a file that cannot be read or saved, a bad data file for the
compliance check (:func:`lines_tr`), a calendar, logo or template that cannot be used.

The model has no Qt, so its strings are not in the app's Qt catalogue by themselves.
:mod:`slawriter.app.model_strings` lists every one of them with ``QT_TRANSLATE_NOOP("model", …)``
so that ``pyside6-lupdate`` puts them into ``resources/i18n/slawriter_*.ts``; :func:`model_tr`
looks them up at run time. Messages are listed by their English template (every member of every
:class:`~slawriter.model.messages.MessageTemplate` table, see :func:`message_tables`);
:func:`message_tr` translates the template and fills in the message's values. Regenerate the
list after changing the model or a message table::

    python -m slawriter.app.i18n --write      (make model-strings)

``python -m slawriter.app.i18n --check`` exits with 1 when the list is stale.
"""

from __future__ import annotations

import importlib
import json
import logging
import pkgutil
import sys
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

# The model (and so pydantic's lazily imported modules) before Qt: shiboken's import hook breaks
# pydantic's imports otherwise, and this module runs as a script.
from .. import model as model_package
from ..editing.field_errors import FieldErrorMessage, field_error
from ..editing.fields import Kind, field_specs
from ..model.agreement import Agreement, Comparator
from ..model.messages import (
    FieldRefusal,
    Message,
    MessageTemplate,
    Param,
    Phrased,
    Phrases,
    Where,
    Word,
    Words,
    lower_first,
    render,
    template_tables,
)
from ..model.sections import Loc, Section, describe, place_words
from ..model.types import Language
from ..storage.errors import DocumentError
from ..worker import error_data

# isort: split
from PySide6.QtCore import QCoreApplication

from .helpers import COMPARATOR_WORDS, humanize, noun

CONTEXT = "model"
MODULE = Path(__file__).with_name("model_strings.py")
LINE_LENGTH = 100

log = logging.getLogger(__name__)

_ENUM_LABELS: dict[Enum, str] = {Language.EN: "English", Language.ES: "Spanish"}


def model_tr(text: str) -> str:
    """``text`` (a model string listed in :mod:`.model_strings`) in the UI language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def enum_label_source(member: Enum) -> str:
    """The English label of an enum choice, as listed in :mod:`.model_strings`."""
    if member in _ENUM_LABELS:
        return _ENUM_LABELS[member]
    if member in COMPARATOR_WORDS:
        return COMPARATOR_WORDS[Comparator(member)]
    return humanize(str(member.value))


def enum_label(member: Enum) -> str:
    """The label of an enum choice in the UI language.

    Enum labels are told apart by their enum's name: the "Other" channel and the "Other"
    exclusion may need different words, and "Hours" the unit is not "Hours" the opening times.
    """
    return QCoreApplication.translate(CONTEXT, enum_label_source(member), type(member).__name__)


def word_tr(word: Word) -> str:
    """An enum choice inside a message: its label in the UI language, in lower case mid-sentence.

    Without a translation it stays the word the English message has always used.
    """
    label = enum_label(word.member)
    if label == enum_label_source(word.member):
        return word.text
    if len(label) > 1 and label[1].isupper():  # an abbreviation such as NPS
        return label
    return label[:1].lower() + label[1:]


def _param_tr(value: Param) -> str:
    if isinstance(value, Word):
        return word_tr(value)
    if isinstance(value, Words):
        return ", ".join(word_tr(item) for item in value.items)
    if isinstance(value, Message):
        return message_tr(value)
    if isinstance(value, Phrases):
        return "; ".join(message_tr(item) for item in value.items)
    if isinstance(value, Where):
        return value.text(model_tr)
    if isinstance(value, FieldRefusal):
        return _refusal_tr(value)
    return str(value)  # numbers as the English text writes them; names as the user typed them


def _refusal_tr(refusal: FieldRefusal) -> str:
    """Pydantic's refusal mid-sentence; without a translation, pydantic's own English words."""
    phrased = field_error(refusal.error)
    if phrased is None:
        return str(refusal)
    template = phrased.template.value
    if QCoreApplication.translate(CONTEXT, template) == template:
        return str(refusal)
    return lower_first(message_tr(phrased))


def message_tr(message: Phrased) -> str:
    """A model message (finding, rule problem, refusal, field error) in the UI language."""
    translated = QCoreApplication.translate(CONTEXT, message.template.value)
    values = {name: _param_tr(value) for name, value in message.params.items()}
    try:
        return translated.format_map(values)
    except (KeyError, IndexError, ValueError):
        log.warning("broken translation of %r: %r", message.template.value, translated)
        return render(message.template, message.params)


def place_tr(loc: Loc, agreement: Agreement | None) -> str:
    """Where ``loc`` points (see :func:`~slawriter.model.sections.describe`), in the UI language."""
    return describe(loc, agreement, model_tr)


class _UiPhrasebook:
    """The parts of a file error in the UI language (see ``slawriter.storage.errors``)."""

    def message(self, message: Phrased) -> str:
        return message_tr(message)

    def place(self, loc: Loc, data: Any) -> str:
        return describe(loc, data, model_tr)


_UI = _UiPhrasebook()


def lines_tr(error: DocumentError) -> list[str]:
    """A file error's lines ("file: place: what is wrong — what to do") in the UI language.

    File paths, values from the file and IDs stay as they are; the English text is ``lines()``.
    """
    return error.lines(_UI)


def reply_error_lines(reply: Mapping[str, Any]) -> list[str]:
    """The error of a render process reply (``render_worker``), in the UI language.

    The reply carries the error as data when it is a file error or a phrased refusal, else only
    its English lines.
    """
    error = error_data.decode(reply.get("phrased"))
    if isinstance(error, DocumentError):
        return lines_tr(error)
    if error is not None:
        return [message_tr(error)]
    return [str(line) for line in reply.get("error", [])]


def error_lines(error: object) -> list[str]:
    """Any error the app shows, in the UI language: a file error, a phrased refusal, a worker's
    reply (its error as data, else its English lines), or lines already phrased."""
    if isinstance(error, DocumentError):
        return lines_tr(error)
    if isinstance(error, Mapping):
        return reply_error_lines(error)
    if isinstance(error, list | tuple):
        return [str(line) for line in error]
    template, params = getattr(error, "template", None), getattr(error, "params", None)
    if isinstance(template, MessageTemplate) and isinstance(params, Mapping):
        return [message_tr(error)]  # type: ignore[arg-type]
    return [str(error) or type(error).__name__]


def message_tables() -> list[type[MessageTemplate]]:
    """Every table of message templates: the model's, the field errors' and the layers' below.

    Every model module is imported first (``slawriter.model`` imports its modules only when their
    names are first used); the other modules that define a table (files, compliance, rendering,
    reminders) are imported here, and a test checks that no module of slawriter has a table
    missing from this list (the field errors' table is the editing core's). Sorted by module, so the
    generated list does not depend on the order the modules happen to be imported in.
    """
    for module in pkgutil.iter_modules(model_package.__path__):
        importlib.import_module(f"{model_package.__name__}.{module.name}")
    from ..render import branding, html, pdf  # noqa: F401
    from ..render.docx import package  # noqa: F401
    from ..services import (  # noqa: F401
        history,
        library,
        library_update,
        operations,
        reminders,
        signing,
    )
    from ..services.compliance import messages  # noqa: F401
    from ..storage import errors, merge, migrations  # noqa: F401
    from ..storage import library as library_files  # noqa: F401

    tables: set[type[MessageTemplate]] = {*template_tables(), FieldErrorMessage}
    return sorted(tables, key=lambda table: (table.__module__, table.__qualname__))


def model_noun(model: type[BaseModel]) -> str:
    """``CreditTier`` → "Credit tier", in the UI language."""
    return model_tr(noun(model.__name__))


def reachable_models(root: type[BaseModel] = Agreement) -> list[type[BaseModel]]:
    """``root`` and every model class its forms reach, in the order the forms meet them."""
    seen: list[type[BaseModel]] = []
    pending = [root]
    while pending:
        model = pending.pop(0)
        if model in seen:
            continue
        seen.append(model)
        for spec in field_specs(model):
            if spec.model is not None and spec.kind in (Kind.MODEL, Kind.MODEL_LIST):
                pending.append(spec.model)
    return seen


ModelString = tuple[str, str, str | None]
"""(comment, text, disambiguation): the disambiguation is the enum's name for enum labels."""


def model_strings() -> list[ModelString]:
    """Every model string the UI shows, without repeats, in a stable order."""
    out: dict[tuple[str, str | None], str] = {}

    def add(text: str, comment: str, disambiguation: str | None = None) -> None:
        if text and (text, disambiguation) not in out:
            out[text, disambiguation] = comment

    for section in Section:
        add(section.label, f"section {section.value}")
    for model in reachable_models():
        add(noun(model.__name__), f"{model.__name__} (noun)")
        for spec in field_specs(model):
            add(spec.title, f"{model.__name__}.{spec.name}")
            add(spec.description, f"{model.__name__}.{spec.name} (tooltip)")
            if spec.enum is not None:
                for member in spec.enum:
                    add(enum_label_source(member), spec.enum.__name__, spec.enum.__name__)
    for place_word in place_words():
        add(place_word, "place")
    for table in message_tables():
        for template in table:
            add(template.value, f"{table.__name__}.{template.name}")
    return [(comment, text, disambiguation) for (text, disambiguation), comment in out.items()]


def _literal(text: str) -> str:
    """``text`` as a Python string literal, quoted as ruff format quotes it (fewest escapes)."""
    double = json.dumps(text, ensure_ascii=False)
    if text.count('"') <= text.count("'"):
        return double
    return "'" + double[1:-1].replace('\\"', '"').replace("'", "\\'") + "'"


def render_module() -> str:
    """The source of :mod:`slawriter.app.model_strings`."""
    lines = [
        '"""Every model string the forms show, for pyside6-lupdate. Generated — do not edit.',
        "",
        "Regenerate with ``python -m slawriter.app.i18n --write`` (``make model-strings``) after",
        "changing the model, then run ``make update-ts`` and translate the new strings. Enum",
        "labels carry their enum's name as disambiguation (see ``slawriter.app.i18n.enum_label``).",
        '"""',
        "",
        "# ruff: noqa: E501",
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "",
        "def translate(context: str, text: str, disambiguation: str) -> str:",
        '    """QT_TRANSLATE_NOOP3, which lupdate reads like QCoreApplication.translate."""',
        "    return text",
        "",
        "",
        "MODEL_STRINGS: tuple[object, ...] = (",
    ]
    for comment, text, disambiguation in model_strings():
        args = [f'"{CONTEXT}"', _literal(text)]
        call = "QT_TRANSLATE_NOOP"
        if disambiguation is not None:
            args.append(json.dumps(disambiguation))
            call = "translate"
        one_line = f"    {call}({', '.join(args)}),"
        joined = f"        {', '.join(args)}"
        lines.append(f"    # {comment}")
        if len(one_line) <= LINE_LENGTH:
            lines.append(one_line)
        elif len(joined) <= LINE_LENGTH:  # laid out as ruff format does
            lines.extend([f"    {call}(", joined, "    ),"])
        else:
            lines.extend([f"    {call}(", *(f"        {arg}," for arg in args), "    ),"])
    lines.append(")")
    return "\n".join(lines) + "\n"


def is_stale() -> bool:
    return not MODULE.exists() or MODULE.read_text(encoding="utf-8") != render_module()


def main(argv: list[str]) -> int:
    if argv[1:] == ["--write"]:
        MODULE.write_text(render_module(), encoding="utf-8")
        print(f"{MODULE}: {len(model_strings())} strings")
        return 0
    if argv[1:] == ["--check"]:
        if is_stale():
            print(f"{MODULE} is stale: run python -m slawriter.app.i18n --write", file=sys.stderr)
            return 1
        return 0
    print("usage: python -m slawriter.app.i18n --write | --check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
