"""Word files built for the reader tests with python-docx, and the archives that attack them.

python-docx writes no tracked changes, so `with_tracked_changes` edits the saved file's
document.xml with lxml, wrapping runs in `w:ins` and `w:del` as Word does.
"""

import io
import zipfile

import docx
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def saved(document) -> bytes:
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def features_docx() -> bytes:
    """A Word file with each thing the reader maps: headings, bold, lists, a table, breaks."""
    document = docx.Document()
    document.core_properties.title = "Minutes of the Steering Group"
    section = document.sections[0]
    section.header.paragraphs[0].text = "CONFIDENTIAL \u2014 Steering Group"
    section.footer.paragraphs[0].text = "Page footer text"
    document.add_paragraph("Steering Group", style="Title")
    document.add_heading("Minutes of 14 March 2019", level=1)
    document.add_heading("Present", level=2)
    document.add_paragraph("Ms. A. Okafor (Chair)", style="List Bullet")
    document.add_paragraph("Mr. B. Lindqvist", style="List Bullet")
    paragraph = document.add_paragraph()
    paragraph.add_run("Ms. Okafor:").bold = True
    paragraph.add_run(" We will start with the budget.")
    paragraph.add_run().add_break()
    paragraph.add_run("The figures were circulated last week.")
    document.add_paragraph().add_run("Dr. C. Haddad").bold = True
    document.add_paragraph("Raising awareness is important.", style="List Number")
    document.add_paragraph("Codes of conduct are vital.", style="List Number")
    commented = document.add_paragraph("A paragraph with a comment on it.")
    document.add_comment(commented.runs, text="Check this figure", author="Editor")
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(
        table.rows, [("Action", "Who"), ("Circulate", "Secretariat")], strict=True
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_heading("Any other business", level=3)
    document.add_paragraph("None.")
    return saved(document)


def with_tracked_changes() -> bytes:
    """A paragraph with a tracked insertion ("kept ") and a tracked deletion ("dropped ")."""
    document = docx.Document()
    paragraph = document.add_paragraph()
    for text in ("The Chair ", "kept ", "dropped ", "the order."):
        paragraph.add_run(text)
    data = saved(document)
    return rewrite_part(data, "word/document.xml", mark_changes)


def mark_changes(root) -> None:
    for run in root.iter(f"{{{W}}}r"):
        text = run.find(f"{{{W}}}t")
        if text is None or text.text not in ("kept ", "dropped "):
            continue
        wrapper = etree.Element(f"{{{W}}}{'ins' if text.text == 'kept ' else 'del'}")
        wrapper.set(f"{{{W}}}id", "1" if text.text == "kept " else "2")
        wrapper.set(f"{{{W}}}author", "Editor")
        run.addprevious(wrapper)
        wrapper.append(run)
        if text.text == "dropped ":
            text.tag = f"{{{W}}}delText"


def rewrite_part(data: bytes, part: str, change) -> bytes:
    """The archive with one XML part changed by `change(root)`."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(output, "w") as target:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == part:
                root = etree.fromstring(content)
                change(root)
                content = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            target.writestr(entry, content, compress_type=zipfile.ZIP_DEFLATED)
    return output.getvalue()


def expanding_bomb(*, uncompressed: int) -> bytes:
    """A small .docx-shaped ZIP whose document.xml expands to `uncompressed` bytes of spaces."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = b" " * (1024 * 1024)
            for _ in range(uncompressed // len(chunk)):
                entry.write(chunk)
    return output.getvalue()


def claiming_bomb(*, claimed: int) -> bytes:
    """A tiny .docx-shaped ZIP whose central directory claims document.xml is `claimed` bytes."""
    data = bytearray(saved(docx.Document()))
    # Each central directory record: signature, then the uncompressed size at offset 24.
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) != -1:
        data[start + 24 : start + 28] = min(claimed, 0xFFFFFFFE).to_bytes(4, "little")
        start += 4
    return bytes(data)


def encrypted_entries() -> bytes:
    """A .docx-shaped ZIP whose entries say they are encrypted (the flag in each header)."""
    data = bytearray(saved(docx.Document()))
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + flag_offset] |= 0x1
            start += 4
    return bytes(data)


def continued_numbering_docx() -> bytes:
    """Numbered points interrupted by a paragraph, which Word numbers on: 1, 2, then 3."""
    document = docx.Document()
    document.add_paragraph("First point.", style="List Number")
    document.add_paragraph("Second point.", style="List Number")
    document.add_paragraph("A remark between the points.")
    document.add_paragraph("Third point.", style="List Number")
    return saved(document)


def restarted_lettered_docx() -> bytes:
    """Two lists of "(a)" points, the second restarting at (a) as Word's "Restart" makes it."""
    document = docx.Document()
    for text in ("Alpha.", "Beta.", "Between the lists.", "Gamma."):
        style = None if text.startswith("Between") else "List Number"
        document.add_paragraph(text, style=style)
    data = saved(document)
    data = rewrite_part(data, "word/numbering.xml", lettered_with_restart)
    return rewrite_part(data, "word/document.xml", restart_last_point)


def lettered_with_restart(root) -> None:
    """Every level "(%1)" in lower letters, and a list 99 restarting list 5 at 1."""
    for level in root.iter(f"{{{W}}}lvl"):
        level.find(f"{{{W}}}numFmt").set(f"{{{W}}}val", "lowerLetter")
        level.find(f"{{{W}}}lvlText").set(f"{{{W}}}val", "(%1)")
    original = next(n for n in root.iter(f"{{{W}}}num") if n.get(f"{{{W}}}numId") == "5")
    restart = etree.SubElement(root, f"{{{W}}}num", {f"{{{W}}}numId": "99"})
    etree.SubElement(restart, f"{{{W}}}abstractNumId").set(
        f"{{{W}}}val", original.find(f"{{{W}}}abstractNumId").get(f"{{{W}}}val")
    )
    override = etree.SubElement(restart, f"{{{W}}}lvlOverride", {f"{{{W}}}ilvl": "0"})
    etree.SubElement(override, f"{{{W}}}startOverride", {f"{{{W}}}val": "1"})


def restart_last_point(root) -> None:
    """The "Gamma." paragraph in list 99 (set on the paragraph, over its style's list)."""
    paragraph = next(p for p in root.iter(f"{{{W}}}p") if "".join(p.itertext()) == "Gamma.")
    properties = paragraph.find(f"{{{W}}}pPr")
    numbering = etree.SubElement(properties, f"{{{W}}}numPr")
    etree.SubElement(numbering, f"{{{W}}}ilvl", {f"{{{W}}}val": "0"})
    etree.SubElement(numbering, f"{{{W}}}numId", {f"{{{W}}}val": "99"})
