"""Redlines: what changed between two revisions of an agreement, for a legal reviewer.

Two layers, in the newer agreement's language:

* a **change list** by section, in the agreement's own terms — "Objective “Availability” — Target:
  ≥ 99.9 % → ≥ 99.5 %", "Objective “P1 first response” added", "Party “Acme” — Address: text
  changed" — made by walking both models field by field and matching list items by their ID;
* a **redline of the contract text**: both contracts rendered to HTML, their text blocks
  (headings, paragraphs, list items, table rows) compared with :mod:`difflib`, and changed blocks
  diffed word by word, insertions underlined and deletions struck through as track changes are.

Words of the change list come from the contract catalogs when the contract already uses them
(field titles such as “Name” or “Address”) and otherwise from the small Spanish table below.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html as html_lib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..model import Agreement
from ..model.agreement import AgreementInfo, MeasurementWindow, Target
from ..model.sections import SECTION_TITLES, Section, section_of
from ..model.types import LONG_TEXT, Duration
from ..render import render_html
from ..render.formatting import LABELS, Formatter
from ..render.i18n import translations
from ..storage import write_output

# ---------------------------------------------------------------------------------------------
# Words

_ES: dict[str, str] = {
    # sections
    "Agreement & parties": "Acuerdo y partes",
    "Scope": "Alcance",
    "Responsibilities": "Responsabilidades",
    "Service level objectives": "Objetivos de nivel de servicio",
    "Limitations & exclusions": "Limitaciones y exclusiones",
    "Breach consequences": "Consecuencias del incumplimiento",
    "Reporting, review & change": "Informes, revisión y cambios",
    "Sign-off": "Firma y aprobación",
    # nouns for list items
    "Party": "Parte",
    "Service": "Servicio",
    "Objective": "Objetivo",
    "Priority": "Prioridad",
    "Calendar": "Calendario",
    "Responsibility": "Responsabilidad",
    "Exclusion": "Exclusión",
    "Tier": "Tramo",
    "Level": "Nivel",
    "Clause": "Cláusula",
    "Definition": "Definición",
    "Signatory": "Firmante",
    "Contact": "Contacto",
    "Representative": "Representante",
    "Channel": "Canal",
    "Approval": "Aprobación",
    "Revision": "Revisión",
    "Row": "Fila",
    "Period": "Periodo",
    "Item": "Elemento",
    # phrases
    "{thing} added": "{thing}: añadido",
    "{thing} removed": "{thing}: suprimido",
    "{where}: text changed": "{where}: texto modificado",
    "{where}: “{item}” added": "{where}: se añade «{item}»",
    "{where}: “{item}” removed": "{where}: se suprime «{item}»",
    "{where}: set to {new}": "{where}: se fija en {new}",
    "{where}: {old} removed": "{where}: se suprime {old}",
    "yes": "sí",
    "no": "no",
    "none": "ninguno",
    # field titles the contract does not use as they are
    "Title": "Título",
    "Document ID": "Identificador del documento",
    "Version": "Versión",
    "Language": "Idioma",
    "Currency": "Moneda",
    "Time zone": "Zona horaria",
    "Effective date": "Fecha de entrada en vigor",
    "Term and renewal": "Duración y renovación",
    "Initial term (months)": "Duración inicial (meses)",
    "Renewal": "Renovación",
    "Renewal period (months)": "Periodo de renovación (meses)",
    "Notice to terminate or not renew (days)": "Preaviso de terminación o no renovación (días)",
    "Purpose": "Objeto",
    "Master agreement": "Contrato marco",
    "Order of precedence": "Orden de prelación",
    "Legal name or department": "Denominación social o departamento",
    "Kind of party": "Tipo de parte",
    "Role": "Función",
    "Registration number": "Número de registro",
    "Address": "Dirección",
    "Representatives": "Representantes",
    "Contacts": "Contactos",
    "Name": "Nombre",
    "Job title": "Cargo",
    "Email": "Correo electrónico",
    "Phone": "Teléfono",
    "Description": "Descripción",
    "Components": "Componentes",
    "Services in scope": "Servicios incluidos",
    "Out of scope": "Fuera del alcance",
    "Service hours": "Horario de servicio",
    "Support channels": "Canales de soporte",
    "Hours": "Horario",
    "Dependencies": "Dependencias",
    "Users and locations served": "Usuarios y ubicaciones atendidos",
    "Owners": "Responsables",
    "Kind": "Tipo",
    "What a request must contain": "Contenido obligatorio de una solicitud",
    "Metric": "Métrica",
    "Target": "Valor objetivo",
    "Targets per priority": "Objetivos por prioridad",
    "Share that must meet the target (%)": "Proporción que debe cumplir el objetivo (%)",
    "Measured over": "Periodo de medición",
    "Clock rules": "Reglas del cómputo",
    "Clock starts": "Inicio del cómputo",
    "Clock pauses": "Pausa del cómputo",
    "Clock stops": "Fin del cómputo",
    "Data source": "Fuente de datos",
    "Measurement method": "Método de medición",
    "Downtime definition": "Definición de tiempo de inactividad",
    "Reported": "Frecuencia de informe",
    "Responsible party": "Parte responsable",
    "Internal target": "Objetivo interno",
    "Meaning": "Significado",
    "Working hours": "Horario laborable",
    "Public holidays of": "Festivos de",
    "Region": "Región",
    "Extra closure days": "Días de cierre adicionales",
    "Scheduled maintenance": "Mantenimiento programado",
    "Maintenance window": "Ventana de mantenimiento",
    "Notice period": "Preaviso",
    "Most per month": "Máximo al mes",
    "Not counted as downtime": "No computa como inactividad",
    "Usage limits": "Límites de uso",
    "Norms, standards and procedures": "Normas, estándares y procedimientos",
    "Service credit tiers": "Tramos de créditos de servicio",
    "Attainment below (%)": "Cumplimiento inferior a (%)",
    "Attainment at least (%)": "Cumplimiento de al menos (%)",
    "Credit (% of monthly fee)": "Crédito (% de la cuota mensual)",
    "Credit cap (% of monthly fee)": "Límite de créditos (% de la cuota mensual)",
    "Monthly fee": "Cuota mensual",
    "Claim procedure": "Procedimiento de reclamación",
    "Claim deadline (days after the period)": "Plazo de reclamación (días tras el periodo)",
    "A claim must include": "Contenido de la reclamación",
    "How credits are paid": "Forma de aplicar los créditos",
    "Credits are the sole remedy": "Los créditos son el único remedio",
    "Escalation path": "Escalado",
    "Escalate after": "Escalar tras",
    "For objectives": "Para los objetivos",
    "Remediation plan": "Plan de corrección",
    "Chronic failure": "Incumplimiento reiterado",
    "Missed periods": "Periodos incumplidos",
    "Out of consecutive periods": "De periodos consecutivos",
    "Remedy": "Remedio",
    "Other consequences": "Otras consecuencias",
    "Reporting": "Informes",
    "Report every": "Informe cada",
    "Report contents": "Contenido del informe",
    "Sent to": "Destinatarios",
    "Review meetings": "Reuniones de revisión",
    "Review every": "Revisión cada",
    "Participants": "Participantes",
    "Agenda": "Orden del día",
    "Change control": "Control de cambios",
    "Definitions": "Definiciones",
    "Additional clauses": "Cláusulas adicionales",
    "Heading": "Encabezado",
    "Text": "Texto",
    "Signatories": "Firmantes",
    "Internal approvals": "Aprobaciones internas",
    "Status": "Estado",
    "Approved by": "Aprobado por",
    "Date": "Fecha",
    "Note": "Nota",
    "Comparator": "Comparador",
    "Value": "Valor",
    "Unit": "Unidad",
    "Priorities": "Prioridades",
    "Business calendars": "Calendarios laborables",
    "Objectives": "Objetivos",
    "Exclusions": "Exclusiones",
    "Parties": "Partes",
}

_NOUNS: dict[str, str] = {
    "Party": "Party",
    "Service": "Service",
    "Objective": "Objective",
    "Priority": "Priority",
    "BusinessCalendar": "Calendar",
    "Responsibility": "Responsibility",
    "Exclusion": "Exclusion",
    "CreditTier": "Tier",
    "EscalationLevel": "Level",
    "Clause": "Clause",
    "Definition": "Definition",
    "Signatory": "Signatory",
    "Contact": "Contact",
    "SupportChannel": "Channel",
    "Approval": "Approval",
    "Revision": "Revision",
    "PriorityTarget": "Row",
    "WorkingPeriod": "Period",
}

# Lifecycle bookkeeping is not a change of the contract's terms: the revision annex shows it.
_SKIPPED = {
    ("schema_version",),
    ("agreement", "version"),
    ("signoff", "status"),
    ("signoff", "revisions"),
    ("signoff", "records"),
    ("signoff", "history"),
}


class _Words:
    def __init__(self, info: AgreementInfo) -> None:
        language = info.language.value
        self.language = language
        self.fmt = Formatter.for_agreement(info)
        self._catalog = translations(language)

    def __call__(self, text: str) -> str:
        if self.language == "en":
            return text
        if text in _ES:
            return _ES[text]
        translated = self._catalog.gettext(text)
        return translated

    def value(self, value: Any) -> str:
        fmt = self.fmt
        if value is None or value == [] or value == "":
            return "—"
        if isinstance(value, bool):
            return self("yes") if value else self("no")
        if isinstance(value, Enum):
            if (type(value), value.value) in LABELS:
                return fmt.label(value)
            return str(value.value).replace("_", " ")
        if isinstance(value, Target):
            return fmt.target(value)
        if isinstance(value, Duration):
            return fmt.duration(value)
        if isinstance(value, MeasurementWindow):
            return fmt.window(value)
        if isinstance(value, int | Decimal):
            return fmt.number(value)
        if isinstance(value, dt.date):
            return fmt.date(value)
        if isinstance(value, dt.time):
            return fmt.time(value)
        if isinstance(value, BaseModel):
            return _item_name(value) or "…"
        if isinstance(value, list):
            return fmt.join([self.value(v) for v in value])
        return fmt.quote(str(value))


# ---------------------------------------------------------------------------------------------
# Change list


@dataclass(frozen=True, slots=True)
class Change:
    """One change in the agreement's terms, in the agreement's language."""

    section: Section
    kind: str  # "added", "removed" or "changed"
    text: str


@dataclass(slots=True)
class SectionChanges:
    title: str
    changes: list[Change] = field(default_factory=list)


def _item_name(item: BaseModel) -> str:
    role: Any = getattr(item, "role", None)
    if type(item).__name__ == "Approval" and isinstance(role, str) and role.strip():
        return " ".join(role.split())
    for key in ("name", "term", "title", "role", "text", "id", "priority", "weekday"):
        value: Any = getattr(item, key, None)
        if isinstance(value, Enum):
            value = value.value
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 60 else text[:57] + "…"
    return ""


def _item_key(item: Any, index: int) -> Any:
    if isinstance(item, BaseModel):
        for key in ("id", "term", "priority", "signatory"):
            value = getattr(item, key, None)
            if isinstance(value, str) and value:
                return (key, value)
        if hasattr(item, "version"):
            return ("version", item.version)
        return ("index", index)
    return ("value", item)


def _quote(words: _Words, text: str) -> str:
    return words.fmt.quote(text)


def _thing(words: _Words, item: BaseModel) -> str:
    noun = words(_NOUNS.get(type(item).__name__, "Item"))
    name = _item_name(item)
    return f"{noun} {_quote(words, name)}" if name else noun


def _is_long_text(info: FieldInfo) -> bool:
    return any(getattr(m, "max_length", None) == LONG_TEXT for m in info.metadata)


class _Differ:
    def __init__(self, words: _Words) -> None:
        self.words = words
        self.changes: list[Change] = []

    def add(self, loc: tuple[str | int, ...], kind: str, text: str) -> None:
        self.changes.append(Change(section_of(loc), kind, text))

    def where(self, context: list[str], label: str) -> str:
        return " — ".join([*context, label])

    def model(
        self, old: BaseModel, new: BaseModel, loc: tuple[str | int, ...], context: list[str]
    ) -> None:
        for name, info in type(new).model_fields.items():
            here = (*loc, name)
            if tuple(s for s in here if isinstance(s, str)) in _SKIPPED and len(here) <= 2:
                continue
            a, b = getattr(old, name), getattr(new, name)
            if a == b:
                continue
            label = self.words(info.title or name.replace("_", " ").capitalize())
            self.value(a, b, here, context, label, info)

    def value(
        self,
        a: Any,
        b: Any,
        loc: tuple[str | int, ...],
        context: list[str],
        label: str,
        info: FieldInfo,
    ) -> None:
        w = self.words
        where = self.where(context, label)
        if isinstance(a, list) and isinstance(b, list):
            self.items(a, b, loc, context, label)
        elif (
            isinstance(a, BaseModel)
            and isinstance(b, BaseModel)
            and not isinstance(a, Target | Duration | MeasurementWindow)
        ):
            self.model(a, b, loc, [*context, label] if len(loc) > 1 else context)
        elif isinstance(a, str) and isinstance(b, str) and (_is_long_text(info) or len(a) > 80):
            if a.strip() and b.strip():
                self.add(loc, "changed", w("{where}: text changed").format(where=where))
            elif b.strip():
                self.add(loc, "added", w("{where}: set to {new}").format(where=where, new="…"))
            else:
                self.add(loc, "removed", w("{where}: {old} removed").format(where=where, old="…"))
        elif a is None or a == "":
            self.add(loc, "added", w("{where}: set to {new}").format(where=where, new=w.value(b)))
        elif b is None or b == "":
            self.add(
                loc, "removed", w("{where}: {old} removed").format(where=where, old=w.value(a))
            )
        else:
            self.add(loc, "changed", f"{where}: {w.value(a)} → {w.value(b)}")

    def items(
        self,
        old: list[Any],
        new: list[Any],
        loc: tuple[str | int, ...],
        context: list[str],
        label: str,
    ) -> None:
        w = self.words
        old_keys = {_item_key(item, i): item for i, item in enumerate(old)}
        new_keys = {_item_key(item, i): item for i, item in enumerate(new)}
        where = self.where(context, label)
        for index, (key, item) in enumerate(old_keys.items()):
            if key not in new_keys:
                if isinstance(item, BaseModel):
                    thing = " — ".join([*context, _thing(w, item)])
                    text = w("{thing} removed").format(thing=thing)
                else:
                    text = w("{where}: “{item}” removed").format(where=where, item=w.value(item))
                    text = text.replace("««", "«").replace("»»", "»").replace("““", "“")
                    text = text.replace("””", "”")
                self.add((*loc, index), "removed", text)
        for index, (key, item) in enumerate(new_keys.items()):
            if key not in old_keys:
                if isinstance(item, BaseModel):
                    thing = " — ".join([*context, _thing(w, item)])
                    text = w("{thing} added").format(thing=thing)
                else:
                    text = w("{where}: “{item}” added").format(where=where, item=w.value(item))
                    text = text.replace("««", "«").replace("»»", "»").replace("““", "“")
                    text = text.replace("””", "”")
                self.add((*loc, index), "added", text)
            elif old_keys[key] != item and isinstance(item, BaseModel):
                self.model(old_keys[key], item, (*loc, index), [*context, _thing(w, item)])


def change_list(old: Agreement, new: Agreement) -> list[SectionChanges]:
    """The changes from ``old`` to ``new`` by section, in ``new``'s language."""
    words = _Words(new.agreement)
    differ = _Differ(words)
    differ.model(old, new, (), [])
    out: list[SectionChanges] = []
    for section in Section:
        changes = [c for c in differ.changes if c.section is section]
        if changes:
            out.append(SectionChanges(words(SECTION_TITLES[section]), changes))
    return out


# ---------------------------------------------------------------------------------------------
# Redline of the contract text

_BLOCKS = {"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption", "figcaption"}
_SKIP = {"head", "style", "script", "nav"}
_SKIP_CLASSES = {"watermark", "running-header", "running-footer", "toc"}
_HEADINGS = {"h1", "h2", "h3"}


@dataclass(frozen=True, slots=True)
class Block:
    """One block of contract text and the heading it falls under."""

    tag: str
    text: str
    heading: str


class _TextBlocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self._text: list[str] = []
        self._open: list[str] = []
        self._heading = ""

    def _skipping(self) -> bool:
        return any(skipped for _, skipped in self._stack)

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        self._text = []
        if text and self._open:
            tag = self._open[-1]
            if tag in _HEADINGS:
                self._heading = text
            self.blocks.append(Block(tag, text, self._heading))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        skipped = tag in _SKIP or bool(classes & _SKIP_CLASSES)
        if tag in {"br", "img", "meta", "link", "col", "hr", "input"}:
            if tag == "br":
                self._text.append(" ")
            return
        self._stack.append((tag, skipped))
        if self._skipping():
            return
        if tag in _BLOCKS:
            self._flush()
            self._open.append(tag)
        elif tag in {"td", "th"} and self._text and "".join(self._text).strip():
            self._text.append(" · ")
        elif tag in {"div", "section", "table", "ul", "ol", "dl", "main"}:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and not self._skipping():
            self._text.append(" ")  # list letters and numbers are spans: keep them apart
        while self._stack:
            open_tag, _ = self._stack[-1]
            skipping = self._skipping()
            self._stack.pop()
            if not skipping and open_tag in _BLOCKS:
                self._flush()
                if self._open:
                    self._open.pop()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self._text.append(data)


def text_blocks(html: str) -> list[Block]:
    """The contract's text as blocks (headings, paragraphs, list items, table rows)."""
    parser = _TextBlocks()
    parser.feed(html)
    parser.close()
    return parser.blocks


@dataclass(frozen=True, slots=True)
class RedlineBlock:
    """A changed block as HTML with ``<ins>`` and ``<del>`` marks; ``kind`` is how it changed."""

    kind: str  # "added", "removed", "changed"
    tag: str
    html: str


@dataclass(slots=True)
class RedlineGroup:
    heading: str
    blocks: list[RedlineBlock] = field(default_factory=list)


# Numbers stay whole ("99.9", "1,000.50") so that a changed figure reads as one replacement.
_WORD = re.compile(r"\s+|\d+(?:[.,\u00a0\u202f]\d+)*|\w+|[^\s\w]", re.UNICODE)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_diff(old: str, new: str) -> str:
    """``new`` as HTML with the words of ``old`` that went struck through and new ones marked."""
    a, b = _words(old), _words(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[str] = []
    esc = html_lib.escape
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(esc("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            out.append(f"<del>{esc(''.join(a[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            out.append(f"<ins>{esc(''.join(b[j1:j2]))}</ins>")
    return "".join(out)


def redline(
    old_html: str, new_html: str, fingerprints: tuple[str, str] | None = None
) -> list[RedlineGroup]:
    """The changed blocks between two contracts, grouped under the heading they fall under.

    ``fingerprints`` (old, new): the fingerprint printed in each, which always differs and so is
    not reported as a change of the text.
    """
    old_blocks, new_blocks = text_blocks(old_html), text_blocks(new_html)
    if fingerprints and fingerprints[0]:
        old_fp, new_fp = fingerprints
        old_blocks = [Block(b.tag, b.text.replace(old_fp, new_fp), b.heading) for b in old_blocks]
    matcher = difflib.SequenceMatcher(
        None, [b.text for b in old_blocks], [b.text for b in new_blocks], autojunk=False
    )
    groups: list[RedlineGroup] = []
    esc = html_lib.escape

    def emit(heading: str, block: RedlineBlock) -> None:
        if not groups or groups[-1].heading != heading:
            groups.append(RedlineGroup(heading))
        groups[-1].blocks.append(block)

    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        olds, news = old_blocks[i1:i2], new_blocks[j1:j2]
        if op == "replace":
            # Pair blocks that are similar enough to read as an edit; the rest are whole blocks.
            pairs = difflib.SequenceMatcher(None, [b.tag for b in olds], [b.tag for b in news])
            for pop, p1, p2, q1, q2 in pairs.get_opcodes():
                if pop == "equal":
                    for o, n in zip(olds[p1:p2], news[q1:q2], strict=True):
                        ratio = difflib.SequenceMatcher(None, _words(o.text), _words(n.text))
                        if ratio.ratio() >= 0.4:
                            emit(
                                n.heading, RedlineBlock("changed", n.tag, word_diff(o.text, n.text))
                            )
                        else:
                            emit(
                                o.heading,
                                RedlineBlock("removed", o.tag, f"<del>{esc(o.text)}</del>"),
                            )
                            emit(
                                n.heading, RedlineBlock("added", n.tag, f"<ins>{esc(n.text)}</ins>")
                            )
                    continue
                for o in olds[p1:p2]:
                    emit(o.heading, RedlineBlock("removed", o.tag, f"<del>{esc(o.text)}</del>"))
                for n in news[q1:q2]:
                    emit(n.heading, RedlineBlock("added", n.tag, f"<ins>{esc(n.text)}</ins>"))
        for o in olds if op == "delete" else ():
            emit(o.heading, RedlineBlock("removed", o.tag, f"<del>{esc(o.text)}</del>"))
        for n in news if op == "insert" else ():
            emit(n.heading, RedlineBlock("added", n.tag, f"<ins>{esc(n.text)}</ins>"))
    return groups


# ---------------------------------------------------------------------------------------------
# The report


@dataclass(slots=True)
class Comparison:
    """Everything a redline report shows."""

    old: Agreement
    new: Agreement
    old_fingerprint: str
    new_fingerprint: str
    changes: list[SectionChanges]
    redline: list[RedlineGroup]

    @property
    def change_texts(self) -> list[str]:
        return [c.text for group in self.changes for c in group.changes]


def compare(old: Agreement, new: Agreement) -> Comparison:
    """Compare two agreements (usually two revisions of one)."""
    from ..storage import fingerprint

    prints = (fingerprint(old), fingerprint(new))
    return Comparison(
        old=old,
        new=new,
        old_fingerprint=prints[0],
        new_fingerprint=prints[1],
        changes=change_list(old, new),
        redline=redline(render_html(old).html, render_html(new).html, prints),
    )


def report_html(comparison: Comparison) -> str:
    """The redline as one self-contained HTML page in the newer agreement's language."""
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from ..bundled import templates_dir

    language = comparison.new.agreement.language.value
    fmt = Formatter.for_agreement(comparison.new.agreement)
    env = SandboxedEnvironment(
        loader=FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        lstrip_blocks=True,
        trim_blocks=True,
    )
    env.policies["ext.i18n.trimmed"] = True
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    css = (templates_dir() / "redline" / "redline.css").read_text(encoding="utf-8")
    old_info, new_info = comparison.old.agreement, comparison.new.agreement
    return env.get_template("redline/redline.html").render(
        c=comparison,
        lang=language,
        css=css,
        title=new_info.title.strip() or fmt.label(new_info.kind),
        document_id=new_info.document_id,
        old_version=fmt.number(old_info.version),
        new_version=fmt.number(new_info.version),
        old_status=fmt.label(comparison.old.signoff.status),
        new_status=fmt.label(comparison.new.signoff.status),
        today=fmt.date(dt.date.today()),
        count=sum(len(g.changes) for g in comparison.changes),
    )


def report_pdf(comparison: Comparison) -> bytes:
    """The redline report as PDF (WeasyPrint, same restricted URL fetcher as the contract)."""
    from ..render.engine import load_weasyprint

    load_weasyprint()
    from weasyprint import HTML

    from ..render.fetcher import make_fetcher
    from ..render.fonts import bundled_fonts
    from ..render.html import template_roots

    warnings: list[str] = []
    fetcher = make_fetcher(template_roots(None), warnings)
    html = report_html(comparison)
    with bundled_fonts(warnings) as (font_config, fonts_sheet):
        pdf: bytes = HTML(string=html, url_fetcher=fetcher).write_pdf(
            stylesheets=[fonts_sheet], font_config=font_config
        )
    return pdf


def write_redline(old: Agreement, new: Agreement, out_path: Path | str) -> Comparison:
    """Compare and write the report; ``.pdf`` gives a PDF, anything else HTML."""
    out_path = Path(out_path)
    comparison = compare(old, new)
    if out_path.suffix.lower() == ".pdf":
        data = report_pdf(comparison)
    else:
        data = report_html(comparison).encode("utf-8")
    write_output(out_path, data)
    return comparison
