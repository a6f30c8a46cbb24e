"""The one Jinja2 environment: every document's templates to HTML, sandboxed and autoescaped.

Every document slawriter prints (the contract, the redline, the compliance report;
:mod:`.documents`) is rendered here: templates from the bundled ``templates/`` folder (or, for
the contract, a user's template folder searched first) in Jinja2's sandbox, with autoescape,
``StrictUndefined`` and the contract catalogs installed for the document's language
(:mod:`.i18n`). What a person typed is data in the context: it is escaped where it is printed
and never compiled as a template. Compiled templates are kept in the user's cache folder.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    BytecodeCache,
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
)
from jinja2.bccache import Bucket
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from ..bundled import templates_dir
from ..model.messages import MessageTemplate, PhrasedError
from ..storage.atomic import atomic_write_bytes
from ..storage.private import is_private, private_folder
from .i18n import translations


class RenderMessage(MessageTemplate):
    """Why a document could not be rendered (English templates; the app translates them)."""

    NO_SUCH_STYLE = "there is no style '{style}'; choose one of: {styles}"
    NO_TEMPLATE_FOLDER = "{folder}: the template folder does not exist"
    NOT_A_TEMPLATE_FOLDER = (
        "{folder}: not a contract template folder — it has no {main}; start from a copy of "
        "slawriter's templates/ folder"
    )
    NO_SUCH_TEMPLATE = "the template has no {name}"
    STYLE_SHEET_CLOSES = "{file}: a style sheet may not contain '</'"
    TEMPLATE_FAILED = "{name}: {error}"
    TEMPLATE_FAILED_AT = "{name} (line {line}): {error}"


class RenderError(PhrasedError):
    """A document could not be rendered: a bad style name, template folder or template."""


@dataclass(frozen=True, slots=True)
class Stylesheet:
    """A style sheet of a template folder: its text (checked, safe to put in a ``<style>``)."""

    name: str
    text: Markup
    url: str


def template_roots(template_dir: Path | None) -> list[Path]:
    """Folders the renderer may read: the user's template (first), then the bundled ones."""
    from ..bundled import resources_dir

    roots = [templates_dir(), resources_dir()]
    return [template_dir, *roots] if template_dir is not None else roots


# Everything that changes the Python code Jinja2 compiles a template into; compiled templates are
# cached per combination, so that a change of any of these never runs stale code.
_COMPILE_OPTIONS: dict[str, Any] = {
    "autoescape": True,
    "extensions": ["jinja2.ext.i18n", "jinja2.ext.do"],
    "lstrip_blocks": True,
}
_COMPILE_POLICIES = {"ext.i18n.trimmed": True}
_NEWSTYLE_GETTEXT = True

_MAX_ENTRY_BYTES = 4 * 1024 * 1024


class _CompiledTemplates(BytecodeCache):
    """Templates compiled once and kept in the user's cache folder.

    Compiling the contract's templates costs ~0.15 s, more than any other step of a
    command-line export but WeasyPrint's. An entry is the compiled code with a SHA-256 of it
    in front: a damaged entry (a flipped bit can crash the interpreter when the code runs) is
    compiled again and replaced, never run. Jinja2 also checks each entry against the
    template's source, so an edited template is compiled again. The folder is the user's own
    (created private; a folder someone else owns or may write to is not used), since what is in
    it runs. A folder that cannot be used, or an entry that cannot be read, only means compiling
    as before.
    """

    def __init__(self) -> None:
        import sys

        import jinja2

        settings = (
            jinja2.__version__,
            sys.version,
            SandboxedEnvironment,
            _COMPILE_OPTIONS,
            _COMPILE_POLICIES,
            _NEWSTYLE_GETTEXT,
        )
        self.key = hashlib.sha256(repr(settings).encode()).hexdigest()[:16]

    @property
    def directory(self) -> Path:
        """``platformdirs`` user cache folder / ``templates`` / a key of the compile settings
        (read at each use, so that it follows ``XDG_CACHE_HOME``)."""
        import platformdirs

        base = Path(platformdirs.user_cache_dir("slawriter", appauthor=False))
        return base / "templates" / self.key

    def _entry(self, bucket: Bucket) -> Path:
        return self.directory / f"{bucket.key}.jinja"

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            entry = self._entry(bucket)
            if not is_private(entry.parent):
                return
            with entry.open("rb") as stream:
                data = stream.read(_MAX_ENTRY_BYTES + 1)
        except OSError:  # no entry yet, or none readable: compile
            return
        digest, payload = data[:32], data[32:]
        if len(data) > _MAX_ENTRY_BYTES or hashlib.sha256(payload).digest() != digest:
            return  # damaged: compiled again, and the entry replaced
        try:
            bucket.bytecode_from_string(payload)
        except Exception:
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            folder = self.directory
            if not private_folder(folder):
                return
            payload = bucket.bytecode_to_string()
            atomic_write_bytes(self._entry(bucket), hashlib.sha256(payload).digest() + payload)
        except OSError:
            pass


@lru_cache(maxsize=8)
def _environment(template_dir: Path | None, language: str) -> SandboxedEnvironment:
    loaders: list[BaseLoader] = []
    if template_dir is not None:
        loaders.append(FileSystemLoader(template_dir))
    loaders.append(FileSystemLoader(templates_dir()))
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        bytecode_cache=_CompiledTemplates(),
        **_COMPILE_OPTIONS,
        # The bundled templates do not change while slawriter runs: no stat() of every
        # template at each {% include %}. A user's template folder is still re-read when edited.
        auto_reload=template_dir is not None,
    )
    env.policies.update(_COMPILE_POLICIES)
    env.install_gettext_translations(translations(language), newstyle=_NEWSTYLE_GETTEXT)  # type: ignore[attr-defined]
    return env


def stylesheet(name: str, *, language: str, template_dir: Path | None = None) -> Stylesheet:
    """The style sheet ``name`` (``css/base.css``, ``report/report.css``) of the template folders.

    Raises :class:`RenderError` when there is none, or when it holds ``</`` (it is put inside
    a ``<style>`` element).
    """
    env = _environment(template_dir, language)
    try:
        text, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    except TemplateNotFound as exc:
        raise RenderError(RenderMessage.NO_SUCH_TEMPLATE, name=name) from exc
    if "</" in text:
        raise RenderError(RenderMessage.STYLE_SHEET_CLOSES, file=str(filename))
    url = Path(filename).resolve().as_uri() if filename else ""
    return Stylesheet(name, Markup(text), url)


def render_template(
    name: str, context: Mapping[str, Any], *, language: str, template_dir: Path | None = None
) -> str:
    """The template ``name`` rendered with ``context``, its words in ``language``.

    A template that cannot be found or fails raises :class:`RenderError` naming the template
    and, where Jinja2 knows it, the line.
    """
    env = _environment(template_dir, language)
    try:
        return env.get_template(name).render(context)
    except TemplateNotFound as exc:  # an {% include %} of a file the folder does not have
        raise RenderError(RenderMessage.NO_SUCH_TEMPLATE, name=str(exc.name)) from exc
    except TemplateError as exc:
        line = getattr(exc, "lineno", None)
        where = str(getattr(exc, "filename", None) or getattr(exc, "name", None) or name)
        error = str(exc.message or exc)
        if line:
            raise RenderError(
                RenderMessage.TEMPLATE_FAILED_AT, name=where, line=line, error=error
            ) from exc
        raise RenderError(RenderMessage.TEMPLATE_FAILED, name=where, error=error) from exc
