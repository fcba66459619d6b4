"""Word files in the layouts offices send, built with python-docx, for the reader's golden files.

`python -m tests.intake.word_layouts` (from the project root, with Django's settings) writes
`golden/readers/word-office-layouts.docx`: a title and subtitle made by direct formatting (bold,
larger type) rather than styles, bold labels in runs of their own followed by a tab, a
non-breaking hyphen, a date field, a text box, a section break with a header of its own and
a page number field in the footer, an attendance table and an action table, a paragraph in a
content control. python-docx has no API for fields, text boxes or content controls, so they
are written as Word writes them.
"""

import io
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from tests.intake.corpus.build_docx import FIXED, with_fixed_times

TEXT_BOX = """<w:r {w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">
<w:drawing><wp:inline><wp:extent cx="2000000" cy="500000"/><wp:docPr id="1" name="Text Box 1"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>
</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>
</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t>
</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>
</w:r>"""
CONTENT_CONTROL = """<w:sdt {w}><w:sdtPr><w:alias w:val="Signature"/></w:sdtPr><w:sdtContent>
<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>"""


def field(paragraph, instruction: str, result: str) -> None:
    """A field as Word writes it: begin, its instruction, separate, its last result, end."""

    def mark(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    mark("begin")
    instruction_text = OxmlElement("w:instrText")
    instruction_text.set(qn("xml:space"), "preserve")
    instruction_text.text = f" {instruction} "
    paragraph.add_run()._r.append(instruction_text)
    mark("separate")
    paragraph.add_run(result)
    mark("end")


def formatted(document, text: str, *, size: float, bold: bool = True, centre: bool = False):
    """A paragraph that looks like a heading by its type alone, in the Normal style."""
    paragraph = document.add_paragraph()
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold, run.font.size = bold, Pt(size)
    return paragraph


def labelled(document, label: str, *texts: str):
    """A paragraph whose bold label is a run of its own, a tab after it."""
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run("\t")
    for text in texts:
        paragraph.add_run(text)
    return paragraph


def table(document, rows: list[tuple[str, ...]]) -> None:
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(grid.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def office_layouts_docx() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Westbury Parish Council minutes"
    document.core_properties.created = document.core_properties.modified = FIXED
    document.sections[0].header.paragraphs[0].text = "Westbury Parish Council"
    formatted(document, "WESTBURY PARISH COUNCIL", size=16, centre=True)
    formatted(document, "Minutes of the meeting held on 2 March 2022", size=13)
    labelled(document, "Present:", "Cllr A Ames (Chair), Cllr B Booth, Cllr C Cole")
    formatted(document, "1. Apologies", size=12)
    document.add_paragraph("None were received.")
    formatted(document, "2. The school", size=12)
    paragraph = labelled(document, "Cllr Ames:", "The co")
    paragraph.add_run()._r.append(OxmlElement("w:noBreakHyphen"))
    paragraph.add_run("operation of the school was welcome.")
    paragraph = document.add_paragraph("A note from the clerk follows.")
    paragraph._p.append(
        parse_xml(TEXT_BOX.format(w=nsdecls("w"), text="The clerk is away in April."))
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "Westbury Parish Council \u2014 attendance and actions"
    footer = section.footer.paragraphs[0]
    footer.text = "Page "
    field(footer, "PAGE", "2")
    formatted(document, "Attendance", size=12)
    table(document, [("Name", "Role", "Attendance"), ("Cllr A Ames", "Chair", "Present"),
                     ("Cllr D Dunn", "Member", "Apologies")])  # fmt: skip
    formatted(document, "Actions", size=12)
    table(document, [("Action", "Owner", "Due"), ("Write to the school", "Clerk", "31 March")])
    paragraph = document.add_paragraph("Printed on ")
    field(paragraph, 'DATE \\@ "d MMMM yyyy"', "2 March 2022")
    control = parse_xml(CONTENT_CONTROL.format(w=nsdecls("w"), text="Signed: Chair"))
    document.element.body.insert(len(document.element.body) - 1, control)
    output = io.BytesIO()
    document.save(output)
    return with_fixed_times(output.getvalue())


if __name__ == "__main__":
    target = Path(__file__).parent / "golden" / "readers" / "word-office-layouts.docx"
    target.write_bytes(office_layouts_docx())
