"""A checker of tagged PDFs, for want of veraPDF: what a screen reader and PDF/A-3a need.

Two independent readers: poppler's ``pdfinfo -struct-text`` gives the structure tree as a reader
sees it (element types, their attributes and text, in reading order), and pypdf gives the rest —
the catalog, the XMP metadata, the parent tree and every page's content stream. ``check()``
returns what is wrong in words (an empty list when nothing is); ``docs/ACCESSIBILITY.md`` says
which PDF/UA (Matterhorn protocol) checkpoints this covers and which it does not.

Checked:

* the catalog: ``/MarkInfo /Marked true``, ``/Lang`` set (and the language expected),
  ``/ViewerPreferences /DisplayDocTitle true``, a title in the document information and in the
  XMP metadata, which names PDF/A-3a (``pdfaid:part`` 3, ``pdfaid:conformance`` A);
* headings: H1 to H3 only, the first an H1, none more than one level below the one before, none
  without text;
* tables: each has header cells (TH), each TH has a ``/Scope``; a table has rows; lists: an L holds
  only LI (or a nested L, a Caption), an LI only Lbl and LBody;
* figures have alternative text;
* content: every piece of text, every image and every path painted on a page is inside marked
  content; marked content is either an Artifact or has a marked-content ID that the parent tree
  maps to an element of the tree (reachable from the root, not an orphan);
* link annotations: each has a ``/Contents`` description and a ``/StructParent`` that maps to a
  Link element of the tree;
* bookmarks: the document has an outline.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

_PAINT = {b"Tj", b"TJ", b"'", b'"', b"Do", b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*"}
_PAINT |= {b"sh", b"BI"}
_TEXT = {b"Tj", b"TJ", b"'", b'"'}


@dataclass
class Node:
    """An element of the structure tree."""

    kind: str
    attributes: dict[str, Any] = field(default_factory=dict)
    """The element's /A attributes, its /Alt, /Lang…, by name without the slash."""
    children: list[Node] = field(default_factory=list)
    marks: list[tuple[int, int]] = field(default_factory=list)
    """Its marked content: (page index, marked-content ID)."""
    texts: dict[tuple[int, int], str] = field(default_factory=dict, repr=False)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def text(self) -> str:
        """The text of the element and everything in it, as one line."""
        parts = [self.texts.get(mark, "") for node in self.walk() for mark in node.marks]
        return " ".join(" ".join(parts).split())


@dataclass
class Structure:
    """What the checker read of one PDF."""

    root: Node
    headings: list[tuple[int, str]]
    """Every heading in reading order: (level, text)."""
    problems: list[str]
    artifacts: dict[str, int]
    """How many artifact sequences of each subtype (Header, Footer, Watermark, …) the pages have."""

    def of_kind(self, kind: str) -> list[Node]:
        return [node for node in self.root.walk() if node.kind == kind]


_POPPLER_ELEMENT = re.compile(
    r"^\s*([A-Za-z][A-Za-z0-9]*)(?: \((?:block|inline)\))?(?: <[^>]*>)?:?$"
)


def _poppler_kinds(path: Path) -> list[str]:
    """The element types of the tree in reading order, as poppler reads it."""
    output = subprocess.run(
        ["pdfinfo", "-struct", str(path)], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    kinds = []
    for line in output.splitlines():
        match = _POPPLER_ELEMENT.match(line)
        if match and not line.strip().startswith("Object"):
            kinds.append(match.group(1))
    return kinds


def _tree(reader: Any, texts: dict[tuple[int, int], str]) -> Node:
    """The structure tree as pypdf reads it."""
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    root = Node("(root)")
    catalog = reader.trailer["/Root"]
    if "/StructTreeRoot" not in catalog:
        return root

    def page_of(element: Any, inherited: int | None) -> int | None:
        reference = element.get("/Pg")
        return pages.get(reference.idnum, inherited) if reference is not None else inherited

    def build(element: Any, into: Node, page: int | None) -> None:
        kids = element.get("/K")
        if kids is None:
            return
        kids = _resolve(kids)
        for kid in kids if isinstance(kids, list) else [kids]:
            if isinstance(kid, int) or (hasattr(kid, "as_numeric") and not hasattr(kid, "get")):
                if page is not None:
                    into.marks.append((page, int(kid)))
                continue
            kid_element = _resolve(kid)
            if not hasattr(kid_element, "get"):
                continue
            kind = kid_element.get("/Type")
            if kind == "/MCR":
                into.marks.append((page_of(kid_element, page) or 0, int(kid_element["/MCID"])))
                continue
            if kind == "/OBJR":
                continue
            node = Node(str(kid_element.get("/S", "/?"))[1:], texts=texts)
            attributes = _resolve(kid_element.get("/A")) or {}
            for group in attributes if isinstance(attributes, list) else [attributes]:
                for name, value in _resolve(group).items():
                    node.attributes[name[1:]] = value
            for name in ("/Alt", "/Lang", "/ActualText"):
                if name in kid_element:
                    node.attributes[name[1:]] = kid_element[name]
            into.children.append(node)
            build(kid_element, node, page_of(kid_element, page))

    build(_resolve(catalog["/StructTreeRoot"]), root, None)
    return root


class _MarkedText:
    """Collects the text of each marked-content sequence of one page (pypdf's visitors)."""

    def __init__(self, page: int, texts: dict[tuple[int, int], str]) -> None:
        self.page = page
        self.texts = texts
        self.stack: list[int | None] = []

    def before(self, operator: bytes, operands: list[Any], *_: Any) -> None:
        if operator in (b"BDC", b"BMC"):
            properties = _resolve(operands[1]) if len(operands) > 1 else None
            mcid = properties.get("/MCID") if hasattr(properties, "get") else None
            self.stack.append(int(mcid) if mcid is not None else None)
        elif operator == b"EMC" and self.stack:
            self.stack.pop()

    def text(self, value: str, *_: Any) -> None:
        mcid = next((m for m in reversed(self.stack) if m is not None), None)
        if mcid is not None and value:
            key = (self.page, mcid)
            self.texts[key] = self.texts.get(key, "") + value


def _marked_texts(reader: Any) -> dict[tuple[int, int], str]:
    """The text of each marked-content sequence: (page index, MCID) → text."""
    texts: dict[tuple[int, int], str] = {}
    for index, page in enumerate(reader.pages):
        visitor = _MarkedText(index, texts)
        page.extract_text(visitor_operand_before=visitor.before, visitor_text=visitor.text)
    return texts


def _tree_problems(root: Node) -> tuple[list[tuple[int, str]], list[str]]:
    problems: list[str] = []
    headings: list[tuple[int, str]] = []
    for node in root.walk():
        if re.fullmatch(r"H[1-6]", node.kind):
            level = int(node.kind[1])
            text = node.text
            if level > 3:
                problems.append(f"heading {node.kind} {text!r}: only H1 to H3 are used")
            if not headings and level != 1:
                problems.append(f"the first heading {text!r} is {node.kind}, not H1")
            elif headings and level > headings[-1][0] + 1:
                problems.append(
                    f"heading {node.kind} {text!r} follows H{headings[-1][0]} "
                    f"{headings[-1][1]!r}: a level is skipped"
                )
            if not text:
                problems.append(f"an empty {node.kind}")
            headings.append((level, text))
        elif node.kind == "Table":
            cells = [n for n in node.walk() if n.kind in ("TH", "TD")]
            ths = [n for n in cells if n.kind == "TH"]
            if not ths:
                problems.append(f"a table without header cells: {node.text[:60]!r}")
            for th in ths:
                if "Scope" not in th.attributes:
                    problems.append(f"header cell {th.text!r} has no /Scope")
            if not any(n.kind == "TR" for n in node.walk()):
                problems.append(f"a table without rows: {node.text[:60]!r}")
        elif node.kind == "L":
            for child in node.children:
                if child.kind not in ("LI", "L", "Caption"):
                    problems.append(f"a list holds {child.kind} ({child.text[:40]!r}), not LI")
        elif node.kind == "LI":
            for child in node.children:
                if child.kind not in ("Lbl", "LBody"):
                    problems.append(
                        f"a list item holds {child.kind} ({child.text[:40]!r}), not Lbl/LBody"
                    )
        elif node.kind == "Figure" and not str(node.attributes.get("Alt", "")).strip():
            problems.append("a figure without alternative text (/Alt)")
    if not headings:
        problems.append("no headings")
    return headings, problems


def _resolve(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _number_tree(node: Any) -> dict[int, Any]:
    node = _resolve(node)
    entries: dict[int, Any] = {}
    nums = node.get("/Nums")
    if nums is not None:
        for index in range(0, len(nums), 2):
            entries[int(nums[index])] = nums[index + 1]
    for kid in node.get("/Kids", ()):
        entries.update(_number_tree(kid))
    return entries


def _reachable(root: Any) -> set[int]:
    """Object numbers of every structure element in the tree."""
    seen: set[int] = set()
    stack = list(_resolve(root).get("/K", []) or [])
    while stack:
        kid = stack.pop()
        number = getattr(kid, "idnum", None)
        element = _resolve(kid)
        if not hasattr(element, "get") or element.get("/Type") in ("/MCR", "/OBJR"):
            continue
        if number is not None:
            if number in seen:
                continue
            seen.add(number)
        kids = element.get("/K")
        if kids is None:
            continue
        kids = _resolve(kids)
        stack.extend(kids if isinstance(kids, list) else [kids])
    return seen


def _catalog_problems(reader: Any, language: str | None) -> list[str]:
    problems: list[str] = []
    catalog = reader.trailer["/Root"]
    mark_info = _resolve(catalog.get("/MarkInfo")) or {}
    if getattr(mark_info.get("/Marked"), "value", None) is not True:
        problems.append("/MarkInfo /Marked is not true")
    lang = catalog.get("/Lang")
    if not lang:
        problems.append("the document language (/Lang) is not set")
    elif language is not None and str(lang).split("-")[0] != language:
        problems.append(f"the document language is {lang}, not {language}")
    preferences = _resolve(catalog.get("/ViewerPreferences")) or {}
    if getattr(preferences.get("/DisplayDocTitle"), "value", None) is not True:
        problems.append("/ViewerPreferences /DisplayDocTitle is not true")
    title = (reader.metadata or {}).get("/Title")
    if not title:
        problems.append("the document information has no /Title")
    xmp = reader.xmp_metadata
    if xmp is None:
        problems.append("no XMP metadata")
    else:
        raw = _resolve(catalog["/Metadata"]).get_data().decode("utf-8", "replace")
        if not xmp.dc_title:
            problems.append("the XMP metadata has no dc:title")
        part = re.search(r"pdfaid:part(?:>|=\")\s*(\d)", raw)
        conformance = re.search(r"pdfaid:conformance(?:>|=\")\s*([A-Za-z])", raw)
        if not part or part.group(1) != "3" or not conformance or conformance.group(1) != "A":
            found = (
                f"{part.group(1) if part else '?'}{conformance.group(1) if conformance else '?'}"
            )
            problems.append(f"the XMP metadata does not name PDF/A-3a (found {found})")
    if "/StructTreeRoot" not in catalog:
        problems.append("no structure tree (/StructTreeRoot)")
    if "/Outlines" not in catalog or not _resolve(catalog["/Outlines"]).get("/First"):
        problems.append("no bookmarks (/Outlines)")
    return problems


def _content_problems(reader: Any) -> tuple[list[str], dict[str, int]]:
    from pypdf.generic import ContentStream

    problems: list[str] = []
    artifacts: dict[str, int] = {}
    catalog = reader.trailer["/Root"]
    root = _resolve(catalog.get("/StructTreeRoot")) or {}
    in_tree = _reachable(root) if root else set()
    parents = _number_tree(root["/ParentTree"]) if "/ParentTree" in root else {}
    for number, page in enumerate(reader.pages, start=1):
        key = page.get("/StructParents")
        mapping = _resolve(parents.get(int(key))) if key is not None else None
        mapping = list(mapping) if mapping is not None else []
        contents = page.get_contents()
        if contents is None:
            continue
        stack: list[str] = []
        untagged: set[str] = set()
        for operands, operator in ContentStream(contents, reader).operations:
            if operator in (b"BDC", b"BMC"):
                tag = str(operands[0])
                if tag == "/Artifact":
                    properties = _resolve(operands[1]) if len(operands) > 1 else {}
                    subtype = properties.get("/Subtype") or properties.get("/Type") or "/-"
                    artifacts[str(subtype)[1:]] = artifacts.get(str(subtype)[1:], 0) + 1
                    stack.append("artifact")
                    continue
                properties = _resolve(operands[1]) if len(operands) > 1 else None
                mcid = properties.get("/MCID") if hasattr(properties, "get") else None
                if mcid is None:
                    stack.append("other")
                    continue
                target = mapping[int(mcid)] if int(mcid) < len(mapping) else None
                number_of = getattr(target, "idnum", None)
                if number_of is None or number_of not in in_tree:
                    problems.append(
                        f"page {number}: marked content {tag} MCID {mcid} is not in the tree"
                    )
                stack.append("tagged")
            elif operator == b"EMC":
                if stack:
                    stack.pop()
            elif operator in _PAINT and not stack:
                untagged.add("text" if operator in _TEXT else operator.decode())
        if untagged:
            problems.append(f"page {number}: untagged content ({', '.join(sorted(untagged))})")
        for annotation in page.get("/Annots", []) or []:
            annotation = _resolve(annotation)
            if annotation.get("/Subtype") != "/Link":
                continue
            if not annotation.get("/Contents"):
                problems.append(f"page {number}: a link without a description (/Contents)")
            parent = annotation.get("/StructParent")
            target = parents.get(int(parent)) if parent is not None else None
            element = _resolve(target) if target is not None else None
            if element is None or element.get("/S") != "/Link":
                problems.append(f"page {number}: a link annotation outside a Link element")
            elif getattr(target, "idnum", None) not in in_tree:
                problems.append(f"page {number}: a link's Link element is not in the tree")
    return problems, artifacts


def read(pdf: bytes | Path, language: str | None = None) -> Structure:
    """Read the structure of ``pdf`` (bytes or a file) and everything wrong with it."""
    import tempfile

    from pypdf import PdfReader

    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "checked.pdf"
        path.write_bytes(data)
        poppler = _poppler_kinds(path)
    reader = PdfReader(BytesIO(data))
    root = _tree(reader, _marked_texts(reader))
    headings, problems = _tree_problems(root)
    problems = _catalog_problems(reader, language) + problems
    ours = [node.kind for node in root.walk()][1:]
    if ours != poppler:
        problems.append(
            f"poppler reads another tree ({len(poppler)} elements) than pypdf ({len(ours)})"
        )
    content, artifacts = _content_problems(reader)
    return Structure(root, headings, problems + content, artifacts)


def check(pdf: bytes | Path, language: str | None = None) -> list[str]:
    """Everything wrong with the tagging of ``pdf``; empty when nothing is."""
    return read(pdf, language).problems
