"""Translating the text the forms take from the model: field titles and descriptions, enum labels,
model nouns and section labels.

The model has no Qt, so its strings are not in the app's Qt catalogue by themselves.
:mod:`slawriter.app.model_strings` lists every one of them with ``QT_TRANSLATE_NOOP("model", …)``
so that ``pyside6-lupdate`` puts them into ``resources/i18n/slawriter_*.ts``; :func:`model_tr`
looks them up at run time. Regenerate the list after changing the model::

    python -m slawriter.app.i18n --write      (make model-strings)

``python -m slawriter.app.i18n --check`` exits with 1 when the list is stale.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

from pydantic import BaseModel

# The model (and so pydantic's lazily imported modules) before Qt: shiboken's import hook breaks
# pydantic's imports otherwise, and this module runs as a script.
from ..model.agreement import Agreement, Comparator
from ..model.sections import Section
from ..model.types import Language
from .fields import Kind, field_specs

# isort: split
from PySide6.QtCore import QCoreApplication

from .helpers import COMPARATOR_WORDS, humanize, noun

CONTEXT = "model"
MODULE = Path(__file__).with_name("model_strings.py")
LINE_LENGTH = 100

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
    return [(comment, text, disambiguation) for (text, disambiguation), comment in out.items()]


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
        args = [f'"{CONTEXT}"', json.dumps(text, ensure_ascii=False)]
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
