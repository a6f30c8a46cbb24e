"""The structure tree of a tagged PDF: WeasyPrint's, adjusted where it falls short of PDF/UA.

Every document slawriter prints is PDF/A-3a, so WeasyPrint tags it (``pdf_tags``): it builds a
structure element for each box, page by page, in ``weasyprint.pdf.tags._build_box_tree``. That
tree is right for headings, paragraphs, tables and simple lists, and short of what a screen
reader needs in a few places, each adjusted here as the tree is built (written for WeasyPrint
70.0, listed in :mod:`slawriter.workarounds`):

* The running header and footer (page margin boxes) are marked as ordinary text whose structure
  elements are left out of the tree, and the DRAFT watermark (``aria-hidden="true"``) is tagged
  as a paragraph on every page. Both become artifacts (pagination: header, footer, watermark).
* A list whose letters are written in the template (``<span class="il">a)</span>``, since
  ``::marker`` cannot hang them as the clauses need) is one list body; the letter becomes the
  item's label (``Lbl``).
* A definition list tags its term and its meaning as two list items of their own; each
  definition (``<div class="def">``) becomes one item, the term its label and the meaning its
  body.
* Header cells get their ``Scope`` (from the cell's ``scope``); link annotations say what the
  link says (WeasyPrint writes its target, "#sec-3"), and a box inside a link that has an
  annotation of its own is a Link (WeasyPrint makes it a Span); an element in another language
  than the document's keeps its ``Lang``; the empty elements left where running elements were
  are dropped.

:func:`install` puts the wrapper in place (once per process); the printer passes
:func:`finish` to ``write_pdf`` to rewrite the artifacts' marked content.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_STATE = "_slawriter_tagging"
"""The attribute of the pydyf PDF that holds its :class:`_Tagging`."""


@dataclass(slots=True)
class _Tagging:
    """What the wrapper learnt about one PDF while WeasyPrint built its tree."""

    artifacts: dict[int, dict[int, str]] = field(default_factory=dict)
    """Page index → marked-content ID → artifact subtype (Header, Footer, Watermark)."""
    boxes: dict[Any, Any] = field(default_factory=dict)
    """Reference of a structure element → the box it was made for."""
    elements: dict[Any, Any] = field(default_factory=dict)
    """Reference of a structure element → the element (pydyf dictionary)."""
    links: dict[str, str] = field(default_factory=dict)
    """A link's target → what the link says (the text of its ``<a>``)."""
    annotations: list[Any] = field(default_factory=list)
    """Link annotations of boxes inside a link (a hanging number), described at the end."""


def _state(pdf: Any) -> _Tagging:
    state = getattr(pdf, _STATE, None)
    if state is None:
        state = _Tagging()
        setattr(pdf, _STATE, state)
    return state


def _classes(box: Any) -> set[str]:
    element = getattr(box, "element", None)
    if element is None:
        return set()
    return set((element.get("class") or "").split())


def _descendants(box: Any) -> Iterator[Any]:
    stack = [box]
    while stack:
        current = stack.pop()
        current = getattr(current, "_box", current)  # an absolute placeholder's box
        yield current
        stack.extend(reversed(getattr(current, "children", ()) or ()))


def _artifact_kind(box: Any) -> str | None:
    """Header, Footer or Watermark if ``box`` is one; None for the document's content."""
    from weasyprint.formatting_structure import boxes

    if isinstance(box, boxes.MarginBox):
        return "Footer" if box.at_keyword.startswith("@bottom") else "Header"
    element = getattr(box, "element", None)
    if element is not None and element.get("aria-hidden") == "true":
        tag = getattr(box, "element_tag", "") or ""
        if "::" not in tag:
            return "Watermark" if "watermark" in _classes(box) else "Layout"
    return None


def _text(box: Any) -> str:
    element = getattr(box, "element", None)
    if element is None:
        return ""
    return " ".join(" ".join(element.itertext()).split())


def _target(annotation: Any) -> str:
    action = annotation.get("A")
    return str(annotation.get("Dest") or (action.get("URI") if action else ""))


def _make_artifact(
    box: Any, kind: str, state: _Tagging, page: int, nums: dict[int, Any], tags: dict[Any, Any]
) -> None:
    """Take the marked content of ``box`` out of the tree: it is an artifact of ``kind``."""
    marks = state.artifacts.setdefault(page, {})
    for child in _descendants(box):
        kid = tags.pop(child, None)
        if kid is not None:
            marks[kid["mcid"]] = kind
            # The page's parent-tree array is indexed by marked-content ID: keep the place.
            nums[kid["mcid"]] = "null"


def _element(state: _Tagging, reference: Any) -> Any:
    return state.elements.get(reference) if isinstance(reference, (bytes, str)) else None


def _label_lettered_item(item: Any, state: _Tagging) -> None:
    """``LI > LBody > [Span(letter), …]`` becomes ``LI > [Lbl(letter), LBody > …]``."""
    kids = item["K"]
    body = _element(state, kids[0]) if len(kids) == 1 else None
    if body is None or body["S"] != "/LBody" or not body["K"]:
        return
    first = body["K"][0]
    letter = _element(state, first)
    if letter is None or "il" not in _classes(state.boxes.get(first)):
        return
    del body["K"][0]
    letter["S"] = "/Lbl"
    letter["P"] = item.reference
    kids.insert(0, first)


def _definition_item(definition: Any, state: _Tagging) -> None:
    """``Div > [LI > LBody(term), LI > LBody(meaning), LI > LBody(meaning, continued)…]``
    becomes ``LI > [Lbl(term), LBody(meaning)]``."""
    kids: list[Any] = []
    last: tuple[str, Any] | None = None
    for reference in definition["K"]:
        item = _element(state, reference)
        tag = getattr(state.boxes.get(reference), "element_tag", None)
        body_reference = item["K"][0] if item is not None and len(item["K"]) == 1 else None
        body = _element(state, body_reference)
        if item is None or item["S"] != "/LI" or body is None or tag not in ("dt", "dd"):
            kids.append(reference)
            last = None
            continue
        if last is not None and last[0] == tag:
            # One term or meaning that WeasyPrint split in several items: one body.
            for kid in body["K"]:
                kid_element = _element(state, kid)
                if kid_element is not None:
                    kid_element["P"] = last[1].reference
                last[1]["K"].append(kid)
            continue
        body["S"] = "/Lbl" if tag == "dt" else "/LBody"
        body["P"] = definition.reference
        kids.append(body_reference)
        last = (tag, body)
    definition["S"] = "/LI"
    definition["K"][:] = kids


def _adjust(element: Any, box: Any, state: _Tagging) -> bool:
    """Adjust one structure element WeasyPrint has built; False to leave it out of the tree."""
    import pydyf

    tag = element["S"]
    if not element["K"] and tag in ("/Div", "/NonStruct", "/Span"):
        return False
    html = getattr(box, "element", None)
    if tag == "/TH" and html is not None:
        scope = "/Row" if html.get("scope") == "row" else "/Column"
        element["A"]["Scope"] = scope
    elif tag == "/LI":
        _label_lettered_item(element, state)
    elif tag == "/Div" and "def" in _classes(box) and getattr(box, "element_tag", "") == "div":
        _definition_item(element, state)
    if html is not None and html.get("lang") and getattr(box, "element_tag", "") != "html":
        element["Lang"] = pydyf.String(html.get("lang"))
    annotation = getattr(box, "link_annotation", None)
    if annotation is not None:
        # A box inside a link (the contents' inline-block numbers) has an annotation of its
        # own: a Link too, described as its link is.
        element["S"] = "/Link"
        if (getattr(box, "element_tag", "") or "").split(":")[0] == "a" and _text(box):
            annotation["Contents"] = pydyf.String(_text(box))
            state.links.setdefault(_target(annotation), _text(box))
        else:
            state.annotations.append((annotation, _text(box)))
    return True


def _wrap(build: Any) -> Any:
    def build_box_tree(
        box: Any,
        parent: Any,
        pdf: Any,
        page_number: int,
        nums: dict[int, Any],
        annotations: list[Any],
        tags: dict[Any, Any],
    ) -> Iterator[Any]:
        state = _state(pdf)
        real = getattr(box, "_box", box)
        kind = _artifact_kind(real)
        if kind is not None:
            _make_artifact(real, kind, state, page_number, nums, tags)
            return
        for element in build(box, parent, pdf, page_number, nums, annotations, tags):
            state.elements[element.reference] = element
            state.boxes[element.reference] = real
            if _adjust(element, real, state):
                yield element

    build_box_tree.__wrapped__ = build  # type: ignore[attr-defined]
    return build_box_tree


def install() -> None:
    """Put the adjusting wrapper around WeasyPrint's tree builder (once per process)."""
    from weasyprint.pdf import tags

    if not hasattr(tags._build_box_tree, "__wrapped__"):
        tags._build_box_tree = _wrap(tags._build_box_tree)


def finish(pdf: Any) -> None:
    """Rewrite the marked content of the artifacts found while the tree was built.

    WeasyPrint opens each piece of text with ``/Span <</MCID n>> BDC``; an artifact's becomes
    ``/Artifact <</Type /Pagination /Subtype /Header>> BDC`` (Footer, Watermark), and its
    marked-content ID is gone from the page.
    """
    import pydyf

    state = getattr(pdf, _STATE, None)
    if state is None:
        return
    for annotation, text in state.annotations:
        description = state.links.get(_target(annotation)) or text
        if description:
            annotation["Contents"] = pydyf.String(description)
    for page_index, marks in state.artifacts.items():
        if not marks:
            continue
        page = pdf.objects[int(pdf.page_references[page_index].split()[0])]
        stream = pdf.objects[int(page["Contents"].split()[0])]
        operations = stream.stream
        for index, operation in enumerate(operations):
            if not isinstance(operation, pydyf.Dictionary) or "MCID" not in operation:
                continue
            kind = marks.get(operation["MCID"])
            if kind is None or index == 0:
                continue
            operations[index - 1] = "/Artifact"
            properties = {"Type": "/Pagination", "Subtype": f"/{kind}"}
            if kind == "Layout":
                properties = {"Type": "/Layout"}
            operations[index] = pydyf.Dictionary(properties)
    delattr(pdf, _STATE)
