"""Blocks (:mod:`.blocks`) written as a Word document with python-docx.

Word's own structure, so that the file behaves as a lawyer expects: Heading 1–3 styles (the
navigation pane lists the sections), the clause numbers as one multilevel list (a clause
inserted after 2.3 becomes 2.4 and the rest move on), each lettered list as a list of its own,
tables whose heading rows repeat on every page, a running header (title, document ID) and
footer ("Page X of Y" as PAGE and NUMPAGES fields, the fingerprint), the document's title,
subject and language, a DRAFT watermark unless the contract is signed, the logo and the accent
colour.

A number the HTML prints is made Word's numbering only where Word's list would print the same
number in the same place; anywhere else it is written as text, so the document never says
another number than the PDF. :class:`Writer` writes one block at a time (a redline writes two
contracts' blocks with tracked changes through it).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from docx import Document as new_document
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from .blocks import (
    Block,
    Cell,
    Contract,
    Definition,
    Furniture,
    Heading,
    ListItem,
    PageBreak,
    Paragraph,
    Picture,
    Runs,
    Space,
    Table,
    Title,
)

DEFAULT_ACCENT = "1f3a5f"
GREY = RGBColor(0x55, 0x55, 0x55)
# A4 with the PDF's margins (templates/css/base.css: 24 mm 20 mm 22 mm 22 mm).
PAGE = (Mm(210), Mm(297))
MARGINS = {"top": Mm(24), "right": Mm(20), "bottom": Mm(22), "left": Mm(22)}
TEXT_WIDTH = Mm(210 - 20 - 22)
INDENT = Mm(8)
FONTS = {"formal": "DejaVu Serif", "internal": "DejaVu Sans"}
SANS = "DejaVu Sans"
MONO = "DejaVu Sans Mono"

# The numbering definitions (numbering.xml): the clauses' multilevel list and the item lists.
CLAUSES_ABSTRACT = 9001
ITEMS_ABSTRACT = 9002
BULLETS_ABSTRACT = 9003
CLAUSES_NUM = 9001
CLAUSE_STYLES = {1: "Clause", 2: "Subclause"}
"""The paragraph styles of numbered clauses by list level (a new paragraph in the style is
numbered: Word's way of numbering the clauses a lawyer adds)."""

_VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
# Word's own watermark: a WordArt text path (shape type 136) behind the text, centred on the
# page, in the header so that it is on every page. The text is set as an attribute value.
_WATERMARK = f"""<w:r {nsdecls("w")} {_VML}><w:rPr><w:noProof/></w:rPr><w:pict>
<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
 path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/>
<v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>
<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/>
<v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>
<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>
<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"
 o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>
<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>
<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>
<v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" type="#_x0000_t136"
 style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;
z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;
mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f"
 fillcolor="#e4e4e4" stroked="f"><v:fill opacity=".5"/>
<v:textpath style="font-family:&quot;DejaVu Sans&quot;;font-size:1pt;font-weight:bold"
 string=""/></v:shape></w:pict></w:r>"""


def word_letter(index: int) -> str:
    """The label Word's lowerLetter list gives its ``index``-th item (0-based): (a)…(z),
    (aa), (bb)…"""
    return "(" + chr(ord("a") + index % 26) * (index // 26 + 1) + ")"


def _element(tag: str, **attributes: str) -> Any:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _level(ilvl: int, fmt: str, text: str, left: int, hanging: int, style: str = "") -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{style_xml}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
    )


def _twips(length: int) -> int:
    return int(length / 635)  # EMU to twentieths of a point


class Writer:
    """Writes blocks into a new python-docx document, one block at a time.

    ``style`` is the contract's look (``formal``, ``internal``), ``accent`` its colour as
    ``#rrggbb`` (the heading and table heading colour).
    """

    def __init__(self, furniture: Furniture, *, style: str, accent: str | None = None) -> None:
        self.furniture = furniture
        self.document: Document = new_document()
        self.accent = RGBColor.from_string((accent or "#" + DEFAULT_ACCENT).lstrip("#").upper())
        self.formal = style != "internal"
        self.font = FONTS.get(style, FONTS["formal"])
        self.counters = [0, 0, 0]
        self._lists: dict[int, int | None] = {}
        self._list_labels: dict[int, list[str | None]] = {}
        self._next_num = CLAUSES_NUM + 1
        self._after_table = False
        self._style_ids: dict[str, str] = {}
        self._styles()
        self._numbering()
        self._page()

    # -- set-up ------------------------------------------------------------------------------

    def _styles(self) -> None:
        styles = self.document.styles
        language = self.furniture.language
        defaults = styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
            if rpr is not None:
                for old in rpr.findall(qn("w:lang")):
                    rpr.remove(old)
                rpr.append(_element("w:lang", val=language, eastAsia=language, bidi=language))
        normal = styles["Normal"]
        self._font(normal, self.font, 10 if self.formal else 9.5)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.2
        lang = normal.element.get_or_add_rPr()
        lang.append(_element("w:lang", val=language, eastAsia=language, bidi=language))
        for level, size in ((1, 12.5), (2, 10.5), (3, 10)):
            heading = styles[f"Heading {level}"]
            self._font(heading, self.font, size)
            heading.font.bold = True
            heading.font.italic = False
            heading.font.color.rgb = self.accent
            heading.paragraph_format.space_before = Pt(14 if level == 1 else 8)
            heading.paragraph_format.space_after = Pt(5 if level == 1 else 3)
            heading.paragraph_format.keep_with_next = True
        if self.formal:
            styles["Heading 1"].font.all_caps = True
        title = styles["Title"]
        self._font(title, self.font, 24)
        title.font.color.rgb = RGBColor(0x1A, 0x1A, 0x1A)
        title.paragraph_format.space_after = Pt(24)
        # The default template's Title has a rule under it: not in the contract.
        ppr = title.element.find(qn("w:pPr"))
        if ppr is not None:
            for border in ppr.findall(qn("w:pBdr")):
                ppr.remove(border)
        for name, size in (("Header", 7.5), ("Footer", 7.5)):
            self._font(styles[name], SANS, size)
            styles[name].font.color.rgb = GREY
            # The template's centre and right tabs are for a Letter page: the one right tab
            # at the text width is the paragraph's own.
            ppr = styles[name].element.get_or_add_pPr()
            for tabs in ppr.findall(qn("w:tabs")):
                ppr.remove(tabs)
        self._add_style("Clause", keep_with_next=False)
        self._add_style("Subclause", keep_with_next=False)
        kind = self._add_style("Document Kind", size=9, font=SANS)
        kind.font.color.rgb = GREY
        kind.paragraph_format.space_before = Mm(30)  # the title page's top (.title-page)
        self._add_style("Parties", size=12).paragraph_format.space_after = Pt(6)
        note = self._add_style("Note", size=9)
        note.font.italic = True
        self._add_style("Contents", size=10)
        self._add_style("Definition").paragraph_format.left_indent = INDENT * 2
        self._add_style("Table Text", size=9, font=SANS if self.formal else None)
        signature = self._add_style("Signature Line", size=8)
        signature.font.color.rgb = GREY
        borders = _element("w:pBdr")
        borders.append(_element("w:top", val="single", sz="5", space="1", color="222222"))
        signature.element.get_or_add_pPr().append(borders)

    def _font(self, style: Any, name: str, size: float) -> None:
        style.font.name = name
        style.font.size = Pt(size)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), name)
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attribute), None)

    def _add_style(
        self,
        name: str,
        *,
        base: str = "Normal",
        size: float | None = None,
        font: str | None = None,
        keep_with_next: bool = False,
    ) -> Any:
        style = self.document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.document.styles[base]
        if size is not None:
            style.font.size = Pt(size)
        if font is not None:
            self._font(style, font, size or 10)
        style.paragraph_format.keep_with_next = keep_with_next
        return style

    def _numbering(self) -> None:
        numbering = self.document.part.numbering_part.element
        left = _twips(INDENT) * 2
        hang = _twips(INDENT) * 2
        clauses = (
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{CLAUSES_ABSTRACT}">'
            '<w:multiLevelType w:val="multilevel"/>'
            + _level(0, "decimal", "%1", hang, hang)
            + _level(1, "decimal", "%1.%2", left, hang, "Clause")
            + _level(2, "decimal", "%1.%2.%3", left * 2, hang, "Subclause")
            + "</w:abstractNum>"
        )
        items = (
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ITEMS_ABSTRACT}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            + _level(0, "lowerLetter", "(%1)", left + hang, hang)
            + "</w:abstractNum>"
        )
        bullets = (
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{BULLETS_ABSTRACT}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            + _level(0, "bullet", "\u2022", left + hang, hang)
            + "</w:abstractNum>"
        )
        first_num = numbering.find(qn("w:num"))
        for xml in (clauses, items, bullets):
            element = parse_xml(xml)
            if first_num is not None:
                first_num.addprevious(element)
            else:
                numbering.append(element)
        numbering.append(self._num(CLAUSES_NUM, CLAUSES_ABSTRACT, restart=False))
        for level, name in CLAUSE_STYLES.items():
            ppr = self.document.styles[name].element.get_or_add_pPr()
            ppr.insert(0, self._num_pr(CLAUSES_NUM, level))

    def _num(self, num_id: int, abstract: int, *, restart: bool) -> Any:
        num = _element("w:num", numId=str(num_id))
        num.append(_element("w:abstractNumId", val=str(abstract)))
        if restart:
            override = _element("w:lvlOverride", ilvl="0")
            override.append(_element("w:startOverride", val="1"))
            num.append(override)
        return num

    @staticmethod
    def _num_pr(num_id: int, level: int) -> Any:
        num_pr = _element("w:numPr")
        num_pr.append(_element("w:ilvl", val=str(level)))
        num_pr.append(_element("w:numId", val=str(num_id)))
        return num_pr

    def _page(self) -> None:
        section = self.document.sections[0]
        section.page_width, section.page_height = PAGE
        for side, length in MARGINS.items():
            setattr(section, f"{side}_margin", length)
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)
        section.different_first_page_header_footer = True
        furniture = self.furniture
        self._header(section.header.paragraphs[0], running=True)
        self._header(section.first_page_header.paragraphs[0], running=False)
        for footer in (section.footer, section.first_page_footer):
            self._footer(footer.paragraphs[0])
        properties = self.document.core_properties
        properties.title = furniture.title
        properties.subject = furniture.subject
        properties.keywords = ", ".join(furniture.keywords)
        properties.author = furniture.author or "slawriter"
        properties.last_modified_by = "slawriter"
        properties.language = furniture.language
        properties.comments = "slawriter"
        properties.revision = 1

    def _header(self, paragraph: DocxParagraph, *, running: bool) -> None:
        furniture = self.furniture
        if running:
            paragraph.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
            paragraph.add_run(furniture.title)
            paragraph.add_run("\t" + furniture.document_id)
        if furniture.watermark:
            run = parse_xml(_WATERMARK)
            for path in run.iter("{urn:schemas-microsoft-com:vml}textpath"):
                if path.get("string") is not None:
                    path.set("string", furniture.watermark)
            paragraph._p.append(run)

    def _footer(self, paragraph: DocxParagraph) -> None:
        before, between, after = self.furniture.page_words
        paragraph.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(before)
        self._field(paragraph, "PAGE")
        paragraph.add_run(between)
        self._field(paragraph, "NUMPAGES")
        paragraph.add_run(after + "\t" + self.furniture.fingerprint)

    @staticmethod
    def _field(paragraph: DocxParagraph, instruction: str) -> None:
        field = _element("w:fldSimple", instr=f" {instruction} ")
        run = _element("w:r")
        text = _element("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)

    # -- blocks ------------------------------------------------------------------------------

    def write(self, blocks: Iterable[Block]) -> Document:
        """Write every block (planned first, see :meth:`plan`); returns the document."""
        blocks = list(blocks)
        self.plan(blocks)
        for block in blocks:
            self.add(block)
        return self.document

    def plan(self, blocks: Iterable[Block]) -> None:
        """Read each list's labels before its items are added, so that a list becomes Word's
        numbering only when Word would label every item as the contract does. Without a plan,
        a list's first item decides (right but for a list past (z))."""
        for block in blocks:
            if isinstance(block, ListItem):
                self._list_labels.setdefault(block.list_id, []).append(block.label)

    def new_paragraph(self, style: str) -> DocxParagraph:
        """A paragraph of ``style`` (a style name) at the end of the document."""
        paragraph = self.document.add_paragraph()
        self._style(paragraph, style)
        return paragraph

    def _style(self, paragraph: DocxParagraph, style: str) -> None:
        # The style's ID, known once: python-docx looks a style up by its name through every
        # style of the document each time (two thirds of the export's time).
        if not self._style_ids:
            self._style_ids = {
                s.name: s.style_id for s in self.document.styles if s.name is not None
            }
        if style != "Normal":
            paragraph._p.style = self._style_ids[style]

    def add(self, block: Block) -> DocxParagraph | DocxTable | None:
        """Write ``block`` at the end of the document; returns the paragraph (or table)."""
        written = self._add(block)
        if self._after_table and isinstance(written, DocxParagraph):
            format_ = written.paragraph_format
            format_.space_before = max(format_.space_before or 0, Pt(6))
        self._after_table = isinstance(written, DocxTable)
        return written

    def _add(self, block: Block) -> DocxParagraph | DocxTable | None:
        if isinstance(block, Heading):
            return self.heading(block)
        if isinstance(block, Title):
            paragraph = self.new_paragraph("Title")
            self.add_runs(paragraph, block.runs)
            return paragraph
        if isinstance(block, Paragraph):
            return self.paragraph(block)
        if isinstance(block, ListItem):
            return self.item(block)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Definition):
            return self.definition(block)
        if isinstance(block, Picture):
            self.document.add_picture(io.BytesIO(block.data), width=Mm(block.width_mm))
            picture = self.document.paragraphs[-1]
            picture.paragraph_format.space_after = Pt(28)
            return picture
        if isinstance(block, Space):
            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.space_before = Mm(block.height_mm)
            paragraph.paragraph_format.keep_with_next = True
            return paragraph
        if isinstance(block, PageBreak):
            paragraph = self.document.add_paragraph()
            paragraph.add_run().add_break(WD_BREAK.PAGE)
            return paragraph
        raise TypeError(f"not a block: {block!r}")  # pragma: no cover - the union is closed

    def add_runs(self, paragraph: DocxParagraph, runs: Runs, *, mono: bool = False) -> list[Any]:
        """``runs`` added to ``paragraph``; returns python-docx's runs."""
        added: list[Any] = []
        for run in runs:
            lines = run.text.split("\n")
            for index, line in enumerate(lines):
                if index:
                    added[-1].add_break() if added else paragraph.add_run().add_break()
                if not line:
                    continue
                docx_run = paragraph.add_run(line)
                docx_run.bold = run.bold or None
                docx_run.italic = run.italic or None
                if run.mono or mono:
                    docx_run.font.name = MONO
                added.append(docx_run)
        return added

    def _numbered(self, number: str | None) -> int | None:
        """The list level at which Word's clause list prints ``number`` at this point, counting
        it; None when it would print another number (the number is then written as text)."""
        if number is None:
            return None
        parts = number.split(".")
        level = len(parts) - 1
        if level > 2 or not all(part.isdigit() for part in parts):
            return None
        expected = [*self.counters[:level], self.counters[level] + 1]
        if [int(part) for part in parts] != expected:
            return None
        self.counters[level] += 1
        for deeper in range(level + 1, 3):
            self.counters[deeper] = 0
        return level

    def _number_text(self, paragraph: DocxParagraph, number: str) -> None:
        paragraph.add_run(number + "\t")
        # A clause style numbers its paragraphs: this one says its number itself.
        paragraph._p.get_or_add_pPr().insert(0, self._num_pr(0, 0))

    def heading(self, block: Heading) -> DocxParagraph:
        paragraph = self.new_paragraph(f"Heading {block.level}")
        level = self._numbered(block.number)
        if level is not None:
            paragraph._p.get_or_add_pPr().insert(0, self._num_pr(CLAUSES_NUM, level))
        elif block.number is not None:
            paragraph.add_run(block.number + " ")
        self.add_runs(paragraph, block.runs)
        return paragraph

    def paragraph(self, block: Paragraph) -> DocxParagraph:
        if block.kind == "clause":
            level = self._numbered(block.number)
            style = CLAUSE_STYLES.get(level or 0, "Clause")
            paragraph = self.new_paragraph(style)
            if level is not None:
                paragraph._p.get_or_add_pPr().insert(0, self._num_pr(CLAUSES_NUM, level))
            elif block.number is not None:
                self._number_text(paragraph, block.number)
            self.add_runs(paragraph, block.runs)
            return paragraph
        style = {
            "kind": "Document Kind",
            "centered": "Parties",
            "note": "Note",
            "toc": "Contents",
            "signature": "Signature Line",
        }.get(block.kind, "Normal")
        paragraph = self.new_paragraph(style)
        if block.kind == "toc":
            paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(10))
            if block.number:
                paragraph.add_run(block.number + "\t")
        if block.indent:
            paragraph.paragraph_format.left_indent = INDENT * 2 * block.indent
        self.add_runs(paragraph, block.runs)
        return paragraph

    def item(self, block: ListItem) -> DocxParagraph:
        paragraph = self.new_paragraph("List Paragraph")
        num_id = self._list_num(block.list_id, block.label)
        if num_id is not None:
            paragraph._p.get_or_add_pPr().insert(0, self._num_pr(num_id, 0))
        else:
            left = INDENT * 2 * (block.indent + 1)
            paragraph.paragraph_format.left_indent = left
            paragraph.paragraph_format.first_line_indent = -INDENT * 2
            paragraph.paragraph_format.tab_stops.add_tab_stop(left)
            paragraph.add_run((block.label or "\u2022") + "\t")
        paragraph.paragraph_format.space_after = Pt(2)
        self.add_runs(paragraph, block.runs)
        return paragraph

    def _list_num(self, list_id: int, label: str | None) -> int | None:
        """The numbering instance of list ``list_id`` (each list starts at (a)); None when
        Word's letters would differ from the contract's (a list past (z): the contract goes on
        with (aa), (ab), Word with (aa), (bb))."""
        if list_id in self._lists:
            return self._lists[list_id]
        labels = self._list_labels.get(list_id) or [label]
        if all(label is None for label in labels):
            abstract = BULLETS_ABSTRACT
        elif all(label == word_letter(i) for i, label in enumerate(labels)):
            abstract = ITEMS_ABSTRACT
        else:
            self._lists[list_id] = None
            return None
        num_id = self._next_num
        self._next_num += 1
        numbering = self.document.part.numbering_part.element
        numbering.append(self._num(num_id, abstract, restart=True))
        self._lists[list_id] = num_id
        return num_id

    def definition(self, block: Definition) -> DocxParagraph:
        paragraph = self.new_paragraph("Definition")
        self.add_runs(paragraph, tuple(replace(r, bold=True) for r in block.term))
        if block.paragraphs:
            paragraph.add_run(" ")
            self.add_runs(paragraph, block.paragraphs[0])
        for more in block.paragraphs[1:]:
            self.add_runs(self.new_paragraph("Definition"), more)
        return paragraph

    def table(self, block: Table) -> DocxTable:
        columns = max((len(row.cells) for row in block.rows), default=1)
        table = self.document.add_table(rows=0, cols=columns)
        if block.kind == "grid":
            table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        width = TEXT_WIDTH if block.kind == "grid" else Mm(120)
        shares = block.widths or tuple(100 // columns for _ in range(columns))
        widths = [int(width * share / sum(shares)) for share in shares]
        for column, column_width in zip(table.columns, widths, strict=False):
            column.width = column_width
        for row in block.rows:
            docx_row = table.add_row()
            tr_pr = docx_row._tr.get_or_add_trPr()
            tr_pr.append(_element("w:cantSplit"))
            if row.header:
                tr_pr.append(_element("w:tblHeader"))
            for cell, docx_cell, cell_width in zip(row.cells, docx_row.cells, widths, strict=False):
                docx_cell.width = cell_width
                self._cell(cell, docx_cell, heading_row=row.header, facts=block.kind != "grid")
        return table

    def _cell(self, cell: Cell, docx_cell: Any, *, heading_row: bool, facts: bool) -> None:
        for index, runs in enumerate(cell.paragraphs):
            paragraph = docx_cell.paragraphs[0] if index == 0 else docx_cell.add_paragraph()
            self._style(paragraph, "Table Text")
            paragraph.paragraph_format.space_after = Pt(1)
            if cell.header and facts:
                runs = tuple(replace(r, bold=False) for r in runs)
            added = self.add_runs(paragraph, runs, mono=cell.mono)
            if cell.header and facts:
                for run in added:
                    run.font.color.rgb = GREY
            elif heading_row:
                for run in added:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if heading_row:
            shading = _element("w:shd", val="clear", color="auto", fill=str(self.accent))
            docx_cell._tc.get_or_add_tcPr().append(shading)


def write_contract(contract: Contract, *, style: str, accent: str | None = None) -> Document:
    """The contract's blocks as a python-docx document (not yet saved)."""
    return Writer(contract.furniture, style=style, accent=accent).write(contract.blocks)


def document_bytes(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


__all__ = ["Writer", "document_bytes", "word_letter", "write_contract"]
