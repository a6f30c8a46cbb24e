"""The starter agreements offered by File › New, read through the presets service."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Agreement, Language
from ..services.presets import list_presets, new_from_preset, presets_dir, restart_as_new
from ..storage import DocumentError, load_agreement

log = logging.getLogger(__name__)

_LANGUAGES = {language.value for language in Language}


@dataclass(frozen=True, slots=True)
class PresetChoice:
    """One entry of the New gallery."""

    name: str
    title: str
    description: str
    create: Callable[[], Agreement]


def blank_agreement(language: str = "en") -> Agreement:
    """A new empty draft with its own document ID and a first revision, its contract in
    ``language`` (the app passes the UI language)."""
    blank = Agreement()
    blank.agreement.language = Language(language) if language in _LANGUAGES else Language.EN
    return restart_as_new(blank, today=dt.date.today())


def _restart(agreement: Agreement, name: str) -> Agreement:
    return restart_as_new(agreement, today=dt.date.today(), origin=name)


def available_presets(language: str = "en") -> list[PresetChoice]:
    """The bundled presets, from ``presets.json``; without it, every ``*.sla.json`` there."""
    choices: list[PresetChoice] = []
    try:
        presets = list_presets()
    except (OSError, ValueError, KeyError, TypeError):
        presets = []
        for path in sorted(presets_dir().glob("*.sla.json")):
            try:
                agreement = load_agreement(path)
            except DocumentError as error:
                log.info("skipping preset %s: %s", path, error)
                continue
            info = agreement.agreement
            name = path.name.removesuffix(".sla.json")
            choices.append(
                PresetChoice(
                    name=name,
                    title=info.title or name,
                    description=info.purpose,
                    create=functools.partial(_restart, agreement, name),
                )
            )
        return choices
    for preset in presets:
        choices.append(
            PresetChoice(
                name=preset.name,
                title=preset.title(language),
                description=preset.description(language),
                create=functools.partial(new_from_preset, preset.name),
            )
        )
    return choices
