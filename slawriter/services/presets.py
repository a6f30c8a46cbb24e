"""Bundled starter agreements (``resources/presets/``), listed in ``presets.json``."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..bundled import resources_dir
from ..model.agreement import Agreement, AgreementStatus, Revision
from ..storage import load_agreement


@dataclass(frozen=True, slots=True)
class Preset:
    """A starter agreement: its short name, what it is for, and its file."""

    name: str
    descriptions: dict[str, str]
    path: Path
    titles: dict[str, str] = field(default_factory=dict)

    def description(self, language: str = "en") -> str:
        return self.descriptions.get(language) or self.descriptions["en"]

    def title(self, language: str = "en") -> str:
        """What the New gallery calls it; the name when ``presets.json`` gives no title."""
        return (
            self.titles.get(language)
            or self.titles.get("en")
            or self.name.replace("-", " ").capitalize()
        )

    def load(self) -> Agreement:
        return load_agreement(self.path)


class UnknownPreset(LookupError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"there is no preset '{name}'; choose one of: {', '.join(known)}")
        self.name = name


def presets_dir() -> Path:
    return resources_dir() / "presets"


def list_presets() -> list[Preset]:
    """The bundled presets in the order of ``presets.json``."""
    folder = presets_dir()
    entries = json.loads((folder / "presets.json").read_text(encoding="utf-8"))
    return [
        Preset(
            name=e["name"],
            descriptions=dict(e["description"]),
            path=folder / e["file"],
            titles=dict(e.get("title", {})),
        )
        for e in entries
    ]


def find_preset(name: str) -> Preset:
    presets = list_presets()
    for preset in presets:
        if preset.name == name:
            return preset
    raise UnknownPreset(name, [p.name for p in presets])


def new_document_id(today: dt.date) -> str:
    """A fresh, practically unique document ID such as ``SLA-2026-7F3A9C``."""
    return f"SLA-{today.year}-{uuid.uuid4().hex[:6].upper()}"


def new_from_preset(name: str, *, today: dt.date | None = None, author: str = "") -> Agreement:
    """A new draft agreement from a preset: fresh document ID, version 1, no sign-offs yet."""
    today = today or dt.date.today()
    agreement = find_preset(name).load()
    return restart_as_new(agreement, today=today, author=author, origin=name)


def creation_summary(agreement: Agreement, origin: str = "") -> str:
    """The first revision's summary, in the contract's language: which preset it came from
    (``origin``, a preset's name, shown by its title in that language) or a blank agreement."""
    from ..render.formatting import CREATED_BLANK, CREATED_FROM_PRESET, Formatter

    fmt = Formatter.for_agreement(agreement.agreement)
    if not origin:
        return fmt.gettext(CREATED_BLANK)
    try:
        title = find_preset(origin).title(fmt.language)
    except UnknownPreset:
        title = origin
    return fmt.gettext(CREATED_FROM_PRESET) % {"preset": fmt.quote(title)}


def restart_as_new(
    agreement: Agreement, *, today: dt.date, author: str = "", origin: str = ""
) -> Agreement:
    """A copy of ``agreement`` as a brand-new draft with its own identity and history.

    ``origin`` is the name of the preset it comes from, empty for a blank agreement; the first
    revision says so in the agreement's language.
    """
    info = agreement.agreement.model_copy(
        update={"document_id": new_document_id(today), "version": 1}
    )
    summary = creation_summary(agreement, origin)
    signoff = agreement.signoff.model_copy(
        update={
            "status": AgreementStatus.DRAFT,
            "approvals": [],
            "records": [],
            "history": [],
            "revisions": [Revision(version=1, date=today, author=author, summary=summary)],
        }
    )
    return agreement.model_copy(update={"agreement": info, "signoff": signoff})
