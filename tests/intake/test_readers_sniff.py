"""Recognising a file's format by its content, the extension only breaking ties."""

import io
import zipfile

import pytest

from intake.readers.blocks import DocumentError
from intake.readers.sniff import detect_format
from tests.intake.golden_blocks import GOLDEN


def detect(data: bytes, name: str) -> str:
    return detect_format(data=data, name=name)


def zip_of(entries: dict[str, bytes]) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for entry, content in entries.items():
            archive.writestr(entry, content)
    return output.getvalue()


def test_binary_formats_by_their_magic_whatever_the_name():
    assert detect((GOLDEN / "word-features.docx").read_bytes(), "minutes.txt") == "docx"
    assert detect((GOLDEN / "pdf-indented.pdf").read_bytes(), "minutes.html") == "pdf"
    assert detect(b"\xef\xbb\xbf\n%PDF-1.4 rest", "x") == "pdf"  # junk before the header
    assert detect(b"{\\rtf1\\ansi hello}", "minutes.txt") == "rtf"


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
            "minutes.doc",
            r"^minutes\.doc: an old binary Word file \(\.doc\): save it as \.docx or PDF and try "
            r"again$",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
            "minutes.msg",
            r"^minutes\.msg: an Outlook message \(\.msg\): save it from Outlook as \.eml",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
            "sheet.xls",
            r"^sheet\.xls: an old binary Excel",
        ),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "scan.png", r"^scan\.png: a PNG image: .*OCR"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "scan.txt", r"^scan\.txt: a JPEG image"),
        (
            zip_of({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
            "m.ods",
            r"^m\.ods: an OpenDocument spreadsheet, presentation or drawing: save it as \.docx",
        ),
        (zip_of({"xl/workbook.xml": b"<x/>"}), "m.xlsx", r"^m\.xlsx: an Excel workbook"),
        (zip_of({"notes.txt": b"hello"}), "m.zip", r"^m\.zip: a ZIP archive, not a Word file"),
        (b"PK\x03\x04" + bytes(50), "m.docx", r"^m\.docx: a damaged Word file"),
        (
            bytes(range(256)) * 8,
            "blob.bin",
            r"^blob\.bin: a binary file of a kind the reader does not know",
        ),
    ],
)
def test_formats_the_readers_cannot_read_are_refused_saying_what_to_do(data, name, message):
    with pytest.raises(DocumentError, match=message):
        detect(data, name)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("<!DOCTYPE html><p>x</p>", "m.txt", "html"),
        ("  <html><body>x</body></html>", "m.md", "html"),
        ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "m", "html"),
        (
            "<p>One</p>\n<p>Two</p>\n<div>Three</div>\n<p>Four</p>\n<ul><li>Five</li></ul>",
            "m.txt",
            "html",
        ),
        ("<p>A single paragraph</p>", "m.html", "html"),
        # A saved message opens with its MIME headers; mail pasted as text has none.
        ("MIME-Version: 1.0\nFrom: a@b.org\nTo: c@d.org\nSubject: x\n\nMinutes.\n", "m", "email"),
        ("From: a@b.org\nTo: c@d.org\nSubject: x\nDate: 1 May 2019\n\nMinutes.\n", "m", "text"),
        (
            '<?xml version="1.0"?>\n<office:document xmlns:office="o" '
            'office:mimetype="application/vnd.oasis.opendocument.text">',
            "m.xml",
            "odt",
        ),
        ("# Minutes\n\n**Ms. Ng:** Yes.\n", "m.txt", "markdown"),
        ("Minutes\n\n**Ms. Ng:** yes. **Mr. Li:** no. **Dr. Wu:** maybe.\n", "m.txt", "markdown"),
        ("Minutes\n\nMs. Ng: yes.\n", "m.md", "markdown"),
        ("Minutes\n\n1. First point.\n2. Second point.\n- a dash\n", "m.txt", "text"),
        ("Minutes\n=======\n\nMs. Ng said 3 < 4 and <br> is a tag.\n", "m.txt", "text"),
        ("Plain minutes.\n", "m.html", "text"),
        # Underscores of a signature line are no bold; chat handles are no tags.
        ("Signed:\n\n______________      ______________\nChair   Clerk\n", "m.txt", "text"),
        ("<seun> +1 to __that__\n<jdoe> **agreed**\n<ann> ok\n", "m.txt", "text"),
        ("From: A <a@b.org>\nSubject: minutes\n\n* Topics\n* Actions\n\n" + "_" * 30, "m", "text"),
        ("<seun> +1\n<jdoe> agreed\n", "log.md", "text"),
        ("Minutes\n\n_Noted_ by **Ms. Ng** and *Mr. Li*.\n", "m.txt", "markdown"),
        ("# Minutes\n\n## Item 1\n\n<seun> agreed\n\n## Item 2\n", "m.txt", "markdown"),
        # Numbered sections with indented bodies are plain text, though an attachment quoted
        # at the end uses Markdown's headings.
        (
            "1. Call to order\n\n    The meeting began at 10:33.\n\n2. Roll Call\n\n"
            "    Directors Present:\n        Priya Raman\n        Marten Olofsson\n\n"
            "3. Minutes\n\n    Approved by General Consent.\n\n"
            "## Description:\nA project.\n## Issues:\nNone.\n## Activity:\nReleases.\n",
            "m.txt",
            "text",
        ),
        # Markdown whose list items go on indented is still Markdown.
        (
            "# Minutes\n\n- **Item 1**\n    - noted\n\n## Actions\n\n**Ann**: to write\n",
            "m.md",
            "markdown",
        ),
    ],
)
def test_text_formats_by_their_content_with_the_extension_as_tie_breaker(text, name, expected):
    assert detect(text.encode("utf-8"), name) == expected


def test_utf_16_text_is_not_taken_for_binary():
    assert detect("Minutes of the meeting\n".encode("utf-16"), "m.txt") == "text"
    assert detect("<!doctype html><p>x</p>".encode("utf-16-le"), "m.txt") == "html"
