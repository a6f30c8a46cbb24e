"""How two versions of a text line up: the one alignment every redline is made with. No I/O.

Two sequences of blocks (paragraphs, list items, table rows…) are aligned with :mod:`difflib`
on their text; in a stretch that changed, blocks of the same kind are paired when their words
are similar enough to read as an edit (:data:`EDIT_RATIO`) and the rest are whole blocks added
or removed. A paired block's text is then compared word by word (:func:`word_steps`), numbers
whole, so that a changed figure reads as one replacement.

The HTML/PDF redline (``slawriter.services.redline``) and the Word redline with tracked changes
(``slawriter.render.docx.tracked``) both align with :func:`align` and :func:`word_steps`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

EDIT_RATIO = 0.4
"""Two blocks of one kind whose words match at least this much are one block edited."""

# Numbers stay whole ("99.9", "1,000.50") so that a changed figure reads as one replacement.
_WORD = re.compile(r"\s+|\d+(?:[.,\u00a0\u202f]\d+)*|\w+|[^\s\w]", re.UNICODE)


def words(text: str) -> list[str]:
    """``text`` cut into words, spaces and signs; joined again they give ``text``."""
    return _WORD.findall(text)


@dataclass(frozen=True, slots=True)
class Step(Generic[T]):
    """One step from the old sequence to the new one: ``kind`` ``equal`` or ``changed`` (a
    pair: ``old`` and ``new``), ``removed`` (``old`` only) or ``added`` (``new`` only)."""

    kind: str
    old: T | None = None
    new: T | None = None


@dataclass(frozen=True, slots=True)
class WordStep:
    """A stretch of a paired block's text: ``equal`` (``old`` == ``new``), ``delete``,
    ``insert`` or ``replace``."""

    kind: str
    old: str
    new: str


def word_steps(old: str, new: str) -> list[WordStep]:
    """``old`` to ``new`` word by word; the ``new`` parts joined give ``new``, the ``old``
    parts ``old``."""
    a, b = words(old), words(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [
        WordStep(op, "".join(a[i1:i2]), "".join(b[j1:j2]))
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def similar(old: str, new: str) -> bool:
    """Whether two blocks' texts are close enough to read as one block edited."""
    matcher = difflib.SequenceMatcher(None, words(old), words(new))
    return matcher.ratio() >= EDIT_RATIO


def align(
    old: Sequence[T],
    new: Sequence[T],
    text: Callable[[T], str],
    kind: Callable[[T], object] = lambda _: "",
) -> Iterator[Step[T]]:
    """The steps from ``old`` to ``new``, in order: blocks are equal when their ``text`` is;
    in a changed stretch, blocks of one ``kind`` in the same place pair as ``changed`` when
    :func:`similar`, and the others are ``removed`` and ``added``."""
    matcher = difflib.SequenceMatcher(
        None, [text(b) for b in old], [text(b) for b in new], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        olds, news = old[i1:i2], new[j1:j2]
        if op == "equal":
            for o, n in zip(olds, news, strict=True):
                yield Step("equal", o, n)
            continue
        if op != "replace":
            yield from (Step("removed", o) for o in olds)
            yield from (Step("added", None, n) for n in news)
            continue
        # Pair blocks that are similar enough to read as an edit; the rest are whole blocks.
        pairs = difflib.SequenceMatcher(None, [kind(b) for b in olds], [kind(b) for b in news])
        for pop, p1, p2, q1, q2 in pairs.get_opcodes():
            if pop == "equal":
                for o, n in zip(olds[p1:p2], news[q1:q2], strict=True):
                    if similar(text(o), text(n)):
                        yield Step("changed", o, n)
                    else:
                        yield Step("removed", o)
                        yield Step("added", None, n)
                continue
            yield from (Step("removed", o) for o in olds[p1:p2])
            yield from (Step("added", None, n) for n in news[q1:q2])


__all__ = ["EDIT_RATIO", "Step", "WordStep", "align", "similar", "word_steps", "words"]
