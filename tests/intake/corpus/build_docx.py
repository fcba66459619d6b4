"""Write a corpus source as a Word file with real styles, numbering, tables and tracked changes.

python-docx's default template supplies the Heading, Title and List styles (List Number and
List Bullet carry real Word numbering). Tracked changes (`w:ins`, `w:del`) have no API in
python-docx, so they are built as elements; the archive is rewritten with fixed timestamps
so that the same source always gives the same bytes.
"""

import datetime
import io
import re
import zipfile

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

FIXED = datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC)
ZIP_TIME = (2015, 1, 1, 0, 0, 0)
REVISION_DATE = "2015-01-01T00:00:00Z"


def build_docx(path, source) -> None:
    """Write `source` (a module of the corpus's sources/) to `path` as .docx."""
    document = docx.Document()
    set_properties(document, source.METADATA)
    section = document.sections[0]
    if getattr(source, "HEADER", ""):
        section.header.paragraphs[0].text = source.HEADER
    if getattr(source, "FOOTER", ""):
        section.footer.paragraphs[0].text = source.FOOTER
    for block in source.BLOCKS:
        add_block(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(with_fixed_times(buffer.getvalue()))


def set_properties(document, metadata: dict) -> None:
    properties = document.core_properties
    properties.title = metadata.get("title", "")
    properties.author = metadata.get("author", "")
    properties.subject = metadata.get("subject", "")
    properties.last_modified_by = metadata.get("author", "")
    properties.created = properties.modified = properties.last_printed = FIXED
    properties.revision = 1


def add_block(document, block) -> None:
    kind, content = block[0], block[1]
    if kind == "title":
        document.add_paragraph(content, style="Title")
    elif kind == "heading":
        document.add_heading(content, level=block[2] if len(block) > 2 else 1)
    elif kind == "boldhead":
        document.add_paragraph().add_run(content).bold = True
    elif kind in {"p", "plain"}:
        add_runs(document, document.add_paragraph(), content)
    elif kind == "number":
        add_runs(document, document.add_paragraph(style="List Number"), content)
    elif kind == "bullet":
        add_runs(document, document.add_paragraph(style="List Bullet"), content)
    elif kind == "table":
        add_table(document, content)
    elif kind == "pagebreak":
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    elif kind == "styled":
        # A paragraph in a named style of the default template (e.g. "Quote", "Subtitle").
        add_runs(document, document.add_paragraph(style=block[2]), content)
    else:
        raise ValueError(f"unknown block kind {kind!r}")


def add_runs(document, paragraph, content) -> None:
    """A paragraph's runs: str plain, ("b"|"i"|"sc"|"bsc", str), ("ins"|"del", str),
    ("comment", str, note). "sc" is small capitals (text stored as typed), "bsc" bold ones."""
    for run in [content] if isinstance(content, str) else content:
        if isinstance(run, str):
            paragraph.add_run(run)
        elif run[0] == "b":
            paragraph.add_run(run[1]).bold = True
        elif run[0] == "i":
            paragraph.add_run(run[1]).italic = True
        elif run[0] in {"sc", "bsc"}:
            small = paragraph.add_run(run[1])
            small.font.small_caps = True
            small.bold = run[0] == "bsc" or None
        elif run[0] in {"ins", "del"}:
            # python-docx has no API for tracked changes: put the change where a new run would go.
            anchor = paragraph.add_run().element
            anchor.addnext(tracked(run[0], run[1]))
            anchor.getparent().remove(anchor)
        elif run[0] == "comment":
            anchored = paragraph.add_run(run[1])
            document.add_comment(anchored, text=run[2], author="Clerk", initials="CL")
        else:
            raise ValueError(f"unknown run kind {run[0]!r}")


def tracked(kind: str, text: str):
    """A tracked insertion (`w:ins` holding a run) or deletion (`w:del` holding `w:delText`)."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(100 + len(text)))
    change.set(qn("w:author"), "Clerk")
    change.set(qn("w:date"), REVISION_DATE)
    run = OxmlElement("w:r")
    node = OxmlElement("w:delText" if kind == "del" else "w:t")
    node.set(qn("xml:space"), "preserve")
    node.text = text
    run.append(node)
    change.append(run)
    return change


def add_table(document, rows) -> None:
    """A table: the first row is its header, in bold.

    A cell is a str (one paragraph), or a list of paragraphs, each a str or a list of runs.
    """
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            if isinstance(value, str):
                run = cell.paragraphs[0].add_run(value)
                run.bold = r == 0
                run.font.size = Pt(10)
                continue
            for n, paragraph_content in enumerate(value):
                paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                add_runs(document, paragraph, paragraph_content)
                for run in paragraph.runs:
                    run.font.size = Pt(10)
                    run.bold = True if r == 0 else run.bold


def fixed_dates(name: str, data: bytes) -> bytes:
    """Comments are dated when python-docx adds them: give them the fixed date instead."""
    if name != "word/comments.xml":
        return data
    return re.sub(rb'w:date="[^"]*"', f'w:date="{REVISION_DATE}"'.encode(), data)


def with_fixed_times(data: bytes) -> bytes:
    """The same archive with every member dated ZIP_TIME, so builds are byte-for-byte stable."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, fixed_dates(info.filename, source.read(info.filename)))
    return out.getvalue()
