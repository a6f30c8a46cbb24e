"""Reading back a Word document as Word would show it: numbering labels included.

Word prints a numbered paragraph's label (``5.4``, ``(b)``) from numbering.xml, not from the
text; :func:`shown_paragraphs` works the labels out as Word does, so that a test can compare
what a reader sees with the PDF's HTML.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from lxml import etree
from lxml import html as lxml_html

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TOKEN = re.compile(r"\w+|[^\w\s]")


def q(name: str) -> str:
    return f"{{{W}}}{name}"


def part(docx: bytes, name: str) -> Any:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return etree.fromstring(archive.read(name))


def part_names(docx: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return archive.namelist()


@dataclass
class Numbering:
    formats: dict[tuple[str, int], tuple[str, str]]
    """(abstractNumId, ilvl) → (numFmt, lvlText)."""
    nums: dict[str, str]
    """numId → abstractNumId."""
    restarts: set[str]
    style_num: dict[str, tuple[str, int]]
    """paragraph style ID → (numId, ilvl) its style numbers with."""


def numbering(docx: bytes) -> Numbering:
    root = part(docx, "word/numbering.xml")
    formats: dict[tuple[str, int], tuple[str, str]] = {}
    for abstract in root.iterfind("w:abstractNum", NS):
        aid = abstract.get(q("abstractNumId"))
        for lvl in abstract.iterfind("w:lvl", NS):
            fmt = lvl.find("w:numFmt", NS).get(q("val"))
            text = lvl.find("w:lvlText", NS).get(q("val"))
            formats[(aid, int(lvl.get(q("ilvl"))))] = (fmt, text)
    nums = {}
    restarts = set()
    for num in root.iterfind("w:num", NS):
        nid = num.get(q("numId"))
        nums[nid] = num.find("w:abstractNumId", NS).get(q("val"))
        if num.find("w:lvlOverride/w:startOverride", NS) is not None:
            restarts.add(nid)
    styles = part(docx, "word/styles.xml")
    style_num = {}
    for style in styles.iterfind("w:style", NS):
        num_pr = style.find("w:pPr/w:numPr", NS)
        if num_pr is not None and num_pr.find("w:numId", NS) is not None:
            ilvl = num_pr.find("w:ilvl", NS)
            style_num[style.get(q("styleId"))] = (
                num_pr.find("w:numId", NS).get(q("val")),
                0 if ilvl is None else int(ilvl.get(q("val"))),
            )
    return Numbering(formats, nums, restarts, style_num)


def num_pr(paragraph: Any, numbers: Numbering) -> tuple[str, int] | None:
    """The (numId, ilvl) a paragraph is numbered with: its own, else its style's."""
    own = paragraph.find("w:pPr/w:numPr", NS)
    if own is not None:
        nid = own.find("w:numId", NS).get(q("val"))
        return None if nid == "0" else (nid, int(own.find("w:ilvl", NS).get(q("val"))))
    style = paragraph.find("w:pPr/w:pStyle", NS)
    if style is not None:
        return numbers.style_num.get(style.get(q("val")))
    return None


def _format(fmt: str, value: int) -> str:
    if fmt == "decimal":
        return str(value)
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
    return ""


def _label(text: str, aid: str, values: list[int], numbers: Numbering) -> str:
    """``lvlText`` ("%1.%2") with each level's counter in that level's format."""

    def level(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return _format(numbers.formats[(aid, index)][0], values[index])

    return re.sub(r"%(\d)", level, text)


def paragraph_text(paragraph: Any) -> str:
    parts = []
    for node in paragraph.iter(q("t"), q("tab"), q("br")):
        if node.getparent().tag != q("r"):  # a tab stop, not a tab
            continue
        if node.tag == q("t"):
            parts.append(node.text or "")
        else:
            parts.append("\t" if node.tag == q("tab") else "\n")
    return "".join(parts)


@dataclass
class Shown:
    label: str
    text: str
    style: str
    element: Any


def shown_paragraphs(docx: bytes) -> list[Shown]:
    """The body's paragraphs (table cells included) with the label Word numbers each with."""
    numbers = numbering(docx)
    body = part(docx, "word/document.xml").find("w:body", NS)
    counters: dict[str, list[int]] = {}
    shown = []
    for paragraph in body.iter(q("p")):
        label = ""
        numbered = num_pr(paragraph, numbers)
        if numbered is not None:
            nid, level = numbered
            aid = numbers.nums[nid]
            key = aid if nid not in numbers.restarts else nid
            values = counters.setdefault(key, [0] * 9)
            values[level] += 1
            for deeper in range(level + 1, 9):
                values[deeper] = 0
            fmt, text = numbers.formats[(aid, level)]
            label = "" if fmt == "bullet" else _label(text, aid, values, numbers)
        style = paragraph.find("w:pPr/w:pStyle", NS)
        shown.append(
            Shown(
                label,
                paragraph_text(paragraph),
                "" if style is None else style.get(q("val")),
                paragraph,
            )
        )
    return shown


def docx_words(docx: bytes) -> list[str]:
    words: list[str] = []
    for paragraph in shown_paragraphs(docx):
        words += TOKEN.findall(paragraph.label + " " + paragraph.text)
    return words


FURNITURE = ("watermark", "running-header", "running-footer")


def html_words(html: str) -> list[str]:
    """The words of the contract's HTML as the PDF prints them in its pages' bodies (the
    running header, footer and watermark left out); element boundaries separate words."""
    root = lxml_html.document_fromstring(html)
    body = root.find("body")
    for element in list(body.iter()):
        if set((element.get("class") or "").split()) & set(FURNITURE):
            element.drop_tree()
    return TOKEN.findall(" ".join(body.itertext()))


# -- tracked changes, accepted or rejected as Word does ------------------------------------------


def _unwrap(element: Any) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def resolve_changes(docx: bytes, *, accept: bool) -> bytes:
    """The document with every tracked change accepted (``accept``) or rejected, as Word's
    Accept All / Reject All leave it: the changes that go are taken out (a paragraph whose
    mark goes is joined to the next one, a row that goes is taken out of its table, a table
    left without rows too), the ones that stay become plain text (``w:delText`` → ``w:t``);
    a paragraph's layout change (``w:pPrChange``) is kept, or its old layout put back."""
    root = part(docx, "word/document.xml")
    body = root.find("w:body", NS)
    gone, kept = ("del", "ins") if accept else ("ins", "del")
    for change in list(body.iter(q("pPrChange"))):
        ppr = change.getparent()
        ppr.remove(change)
        if accept:
            continue
        for child in [c for c in ppr if c.tag not in (q("rPr"), q("sectPr"))]:
            ppr.remove(child)
        old = change.find("w:pPr", NS)
        for offset, child in enumerate([] if old is None else list(old)):
            ppr.insert(offset, child)
    for paragraph in list(body.iter(q("p"))):
        mark = paragraph.find(f"w:pPr/w:rPr/w:{gone}", NS)
        if mark is None:
            continue
        mark.getparent().remove(mark)
        following = paragraph.getnext()
        content = [c for c in paragraph if c.tag != q("pPr")]
        if following is not None and following.tag == q("p"):
            ppr = following.find("w:pPr", NS)
            at = 0 if ppr is None else 1
            for offset, child in enumerate(content):
                following.insert(at + offset, child)
        paragraph.getparent().remove(paragraph)
    for mark in list(body.iter(q(f"{kept}"))):
        if mark.getparent().tag in (q("rPr"), q("trPr")):
            mark.getparent().remove(mark)
        else:
            _unwrap(mark)
    for mark in list(body.iter(q(gone))):
        parent = mark.getparent()
        if parent is None:
            continue
        if parent.tag == q("trPr"):
            row = parent.getparent()
            table = row.getparent()
            table.remove(row)
            if table.find("w:tr", NS) is None:
                table.getparent().remove(table)
        elif parent.tag != q("rPr"):
            parent.remove(mark)
    for text in list(body.iter(q("delText"))):
        text.tag = q("t")
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(info, data)
    return out.getvalue()


def tracked_marks(docx: bytes) -> list[Any]:
    """Every tracked change of the body (``w:ins`` and ``w:del``, run, paragraph and row)."""
    body = part(docx, "word/document.xml").find("w:body", NS)
    return list(body.iter(q("ins"), q("del")))
