"""The agreement inside the Word file, and the one check that a file is a DOCX slawriter wrote.

The agreement file travels in a custom XML part (``customXml/itemN.xml``, with its properties
part, related from the document part as Word's own custom XML data is): one element of the
namespace :data:`NAMESPACE` holding the file's exact bytes in base64, their SHA-256, the look
the contract was written in and whether a template folder of the user's wrote it. Word keeps
custom XML parts when it saves a document (it may number them otherwise), so the part is found
by its namespace, not by its name.

Reading uses only the zip and lxml: a file that is not a DOCX, a DOCX without the part, or one
whose part is damaged is refused naming the file, with a template of :class:`DocxMessage`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model.messages import MessageTemplate
from ...storage.errors import DocumentError, FileMessage
from ...storage.files import MAX_FILE_BYTES

NAMESPACE = "urn:slawriter:agreement:1"
ITEM_ID = "{6E1C2F3A-5B8D-4C7E-9A21-5D0B7E4F1A10}"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_RUN = f"{{{_W}}}r"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
MAX_DOCX_BYTES = 100 * 1024 * 1024
_MAX_PART_BYTES = 4 * MAX_FILE_BYTES  # base64 and the element around it


class DocxMessage(MessageTemplate):
    """What is wrong with a file given as a contract's Word document (English templates; the
    app translates them)."""

    IS_FOLDER = "is a folder, not a Word document"
    TOO_LARGE = "is too large to be a contract exported by slawriter"
    NOT_A_DOCX = "is not a Word document (.docx)"
    NO_AGREEMENT = "has no slawriter agreement inside"
    DAMAGED = "its slawriter agreement part is damaged ({reason})"


class DocxHint(MessageTemplate):
    """What to do about a Word document that does not carry its agreement."""

    EXPORTED_ONLY = (
        "only Word documents exported by slawriter carry their agreement; "
        "open the .sla.json file instead"
    )


class UnreadableDocx(DocumentError):
    """The file is not a Word document that can be read."""


class DocxWithoutAgreement(DocumentError):
    """The Word document carries no slawriter agreement, or a damaged one."""


@dataclass(frozen=True, slots=True)
class Embedded:
    """What the custom part holds."""

    data: bytes
    """The agreement file's exact bytes."""
    style: str
    custom_template: bool
    text_digest: str
    """The digest of the document's text when it was exported."""
    accepted_digest: str = ""
    """A redline's: the digest of its text with every tracked change accepted (the newer
    version's, which is the agreement it carries); empty for a contract's export."""


@dataclass(frozen=True, slots=True)
class DocxContents:
    embedded: Embedded
    text: tuple[str, ...]
    """The body's paragraphs as text (:func:`body_text`)."""


def item_xml(
    data: bytes, *, style: str, custom_template: bool, text: str = "", accepted: str = ""
) -> bytes:
    """The custom XML part holding ``data`` (the agreement file's bytes); ``text`` is the
    digest of the document's text as exported (:func:`text_digest`), ``accepted`` a
    redline's text with its changes accepted."""
    from lxml import etree

    root = etree.Element(f"{{{NAMESPACE}}}agreement", nsmap={None: NAMESPACE})
    root.set("name", "agreement.json")
    root.set("style", style)
    root.set("template", "custom" if custom_template else "bundled")
    root.set("sha256", hashlib.sha256(data).hexdigest())
    root.set("text-sha256", text)
    if accepted:
        root.set("accepted-sha256", accepted)
    root.text = base64.b64encode(data).decode("ascii")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def props_xml() -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<ds:datastoreItem ds:itemID="{ITEM_ID}" xmlns:ds="{_DS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
        "</ds:datastoreItem>"
    ).encode()


def embed(document: Any, data: bytes, *, style: str, custom_template: bool) -> None:
    """Add the agreement's part (and its properties part) to a python-docx document whose
    body is written: the part records the digest of the body's text (and of its text with
    every tracked change accepted, when it has tracked changes)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    taken = {str(part.partname) for part in package.iter_parts()}
    number = 1
    while f"/customXml/item{number}.xml" in taken or f"/customXml/itemProps{number}.xml" in taken:
        number += 1
    item = Part(
        PackURI(f"/customXml/item{number}.xml"),
        "application/xml",
        item_xml(
            data,
            style=style,
            custom_template=custom_template,
            text=text_digest(body_text(document.element)),
            accepted=_accepted_digest(document.element),
        ),
        package,
    )
    props = Part(
        PackURI(f"/customXml/itemProps{number}.xml"),
        "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
        props_xml(),
        package,
    )
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)


def _zip(path: Path) -> zipfile.ZipFile:
    try:
        if path.is_dir():
            raise UnreadableDocx(path, DocxMessage.IS_FOLDER)
        if path.stat().st_size > MAX_DOCX_BYTES:
            raise UnreadableDocx(path, DocxMessage.TOO_LARGE)
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise UnreadableDocx(path, FileMessage.MISSING) from exc
    except PermissionError as exc:
        raise UnreadableDocx(path, FileMessage.PERMISSION_DENIED) from exc
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise UnreadableDocx(path, DocxMessage.NOT_A_DOCX) from exc
    except OSError as exc:
        raise UnreadableDocx(path, FileMessage.UNREADABLE, reason=exc.strerror or str(exc)) from exc
    if "word/document.xml" not in archive.namelist():
        archive.close()
        raise UnreadableDocx(path, DocxMessage.NOT_A_DOCX)
    return archive


def _read(archive: zipfile.ZipFile, name: str, path: Path, limit: int) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise DocxWithoutAgreement(path, DocxMessage.DAMAGED, reason=f"{name} is too large")
    try:
        with archive.open(info) as handle:
            return handle.read(limit + 1)[:limit]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise DocxWithoutAgreement(path, DocxMessage.DAMAGED, reason=str(exc)) from exc


def _parse(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser)


def _embedded(archive: zipfile.ZipFile, path: Path) -> Embedded:
    from lxml import etree

    for name in sorted(archive.namelist()):
        if not (name.startswith("customXml/") and name.endswith(".xml")) or "itemProps" in name:
            continue
        if "/_rels/" in name:
            continue
        raw = _read(archive, name, path, _MAX_PART_BYTES)
        try:
            root = _parse(raw)
        except etree.XMLSyntaxError as exc:
            if NAMESPACE.encode() in raw:
                raise DocxWithoutAgreement(path, DocxMessage.DAMAGED, reason=str(exc)) from exc
            continue
        if root.tag != f"{{{NAMESPACE}}}agreement":
            continue
        try:
            data = base64.b64decode((root.text or "").strip(), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise DocxWithoutAgreement(
                path, DocxMessage.DAMAGED, reason="its data is not base64"
            ) from exc
        if hashlib.sha256(data).hexdigest() != root.get("sha256"):
            raise DocxWithoutAgreement(
                path, DocxMessage.DAMAGED, reason="its data does not match its checksum"
            )
        return Embedded(
            data=data,
            style=root.get("style") or "",
            custom_template=root.get("template") == "custom",
            text_digest=root.get("text-sha256") or "",
            accepted_digest=root.get("accepted-sha256") or "",
        )
    raise DocxWithoutAgreement(path, DocxMessage.NO_AGREEMENT, hint=DocxHint.EXPORTED_ONLY)


def body_text(document_xml: bytes | Any) -> tuple[str, ...]:
    """The text of every paragraph of a document part's body (its XML, or its root element),
    tables' cells included, in order: what a reader reads (inserted text counts, deleted text
    does not; numbering that Word adds is not text)."""
    root = _parse(document_xml) if isinstance(document_xml, bytes) else document_xml
    body = root.find(f"{{{_W}}}body")
    paragraphs: list[str] = []
    if body is None:
        return ()
    for paragraph in body.iter(f"{{{_W}}}p"):
        parts: list[str] = []
        for node in paragraph.iter(f"{{{_W}}}t", f"{{{_W}}}tab", f"{{{_W}}}br"):
            if node.getparent().tag != _RUN:  # a tab stop of the paragraph's properties
                continue
            tag = node.tag.rsplit("}", 1)[1]
            parts.append(node.text or "" if tag == "t" else "\t" if tag == "tab" else "\n")
        paragraphs.append("".join(parts))
    return tuple(paragraphs)


def _accepted_digest(root: Any) -> str:
    """The digest of the body's text as Accept All leaves it ("" without tracked changes):
    deleted text, rows and paragraph marks gone (a paragraph whose mark is deleted joins the
    next one), inserted ones kept."""
    from copy import deepcopy

    body = root.find(f"{{{_W}}}body")
    if body is None or next(body.iter(f"{{{_W}}}ins", f"{{{_W}}}del"), None) is None:
        return ""
    body = deepcopy(body)
    deleted = f"{{{_W}}}del"
    for paragraph in list(body.iter(f"{{{_W}}}p")):
        if paragraph.find(f"{{{_W}}}pPr/{{{_W}}}rPr/{deleted}") is None:
            continue
        following = paragraph.getnext()
        if following is not None and following.tag == f"{{{_W}}}p":
            ppr = following.find(f"{{{_W}}}pPr")
            at = 0 if ppr is None else 1
            content = [c for c in paragraph if c.tag != f"{{{_W}}}pPr"]
            for offset, child in enumerate(content):
                following.insert(at + offset, child)
        paragraph.getparent().remove(paragraph)
    for mark in list(body.iter(deleted)):
        parent = mark.getparent()
        if parent is None:
            continue
        if parent.tag == f"{{{_W}}}trPr":
            row = parent.getparent()
            if row.getparent() is not None:
                row.getparent().remove(row)
        elif parent.tag != f"{{{_W}}}rPr":
            parent.remove(mark)
    for table in list(body.iter(f"{{{_W}}}tbl")):
        if table.find(f"{{{_W}}}tr") is None and table.getparent() is not None:
            table.getparent().remove(table)
    wrapper = root.makeelement(root.tag, nsmap=root.nsmap)
    wrapper.append(body)
    return text_digest(body_text(wrapper))


def text_digest(text: tuple[str, ...]) -> str:
    """The SHA-256 of a document's body text (:func:`body_text`), as the part records it."""
    return hashlib.sha256("\x1e".join(text).encode("utf-8")).hexdigest()


def read_docx(path: Path | str) -> DocxContents:
    """The agreement part and the body text of the Word document at ``path``.

    Raises :class:`UnreadableDocx` (not a DOCX, missing, a folder…) or
    :class:`DocxWithoutAgreement` (no slawriter part, or a damaged one), naming the file.
    """
    from lxml import etree

    path = Path(path)
    with _zip(path) as archive:
        embedded = _embedded(archive, path)
        document = _read(archive, "word/document.xml", path, MAX_DOCX_BYTES)
    try:
        text = body_text(document)
    except etree.XMLSyntaxError as exc:
        raise UnreadableDocx(path, DocxMessage.NOT_A_DOCX) from exc
    return DocxContents(embedded, text)
