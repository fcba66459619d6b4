"""What format a file is in, from its content; the file name's extension only breaks a tie.

A Word file renamed `.txt` is still a Word file. Formats the readers cannot read (old binary
Word, spreadsheets, images, archives, programs) are refused here with a message that says
what the file is and what to do with it.
"""

import io
import re
import zipfile
from pathlib import PurePath

import olefile

from intake.readers.blocks import DocumentError
from intake.readers.encoding import SAMPLE_BYTES, detect_encoding
from intake.readers.html_names import is_markup

PDF = "pdf"
DOCX = "docx"
ODT = "odt"
EMAIL = "email"
RTF = "rtf"
DOC = "doc"
HTML = "html"
MARKDOWN = "markdown"
TEXT = "text"

SAVE_AS = "save it as .docx or PDF and try again"
NEEDS_OCR = (
    "the reader needs text, not a picture of it: run it through OCR first "
    "(for instance ocrmypdf, to make a PDF with a text layer) or save the minutes as .docx or PDF"
)

# An OLE compound file: an old Word, Excel or PowerPoint file, an Outlook message.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Magic bytes of the formats refused, with what the file is and what to do.
REFUSED_MAGIC = (
    (OLE_MAGIC, "an old binary Office file (.xls, .ppt)", SAVE_AS),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", NEEDS_OCR),
    (b"\xff\xd8\xff", "a JPEG image", NEEDS_OCR),
    (b"GIF87a", "a GIF image", NEEDS_OCR),
    (b"GIF89a", "a GIF image", NEEDS_OCR),
    (b"II*\x00", "a TIFF image", NEEDS_OCR),
    (b"MM\x00*", "a TIFF image", NEEDS_OCR),
    (b"\x1f\x8b", "a gzip archive", "unpack it and give the minutes inside"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it and give the minutes inside"),
    (b"Rar!\x1a\x07", "a RAR archive", "unpack it and give the minutes inside"),
    (b"\x7fELF", "a program, not a document", "give the minutes as text, HTML, .docx or PDF"),
    (b"MZ", "a Windows program, not a document", "give the minutes as text, HTML, .docx or PDF"),
)
# What an old binary Office file is, by its extension: its magic is the same for all three.
OLE_BY_EXTENSION = {
    ".doc": "an old binary Word file (.doc)",
    ".dot": "an old binary Word template (.dot)",
    ".xls": "an old binary Excel workbook (.xls)",
    ".ppt": "an old binary PowerPoint file (.ppt)",
    ".msg": "an Outlook message (.msg)",
}
OUTLOOK_ADVICE = "save it from Outlook as .eml (or save the minutes attached to it) and try again"
# ZIP-based formats other than .docx, by the entry that marks them.
REFUSED_ZIP_ENTRIES = (
    ("xl/workbook.xml", "an Excel workbook (.xlsx)", SAVE_AS),
    ("ppt/presentation.xml", "a PowerPoint presentation (.pptx)", SAVE_AS),
)
OPENDOCUMENT_TEXT = b"application/vnd.oasis.opendocument.text"
OTHER_OPENDOCUMENT = "an OpenDocument spreadsheet, presentation or drawing"
# A flat OpenDocument file (.fodt): the whole document as one XML file.
FLAT_OPENDOCUMENT = re.compile(
    r"<office:document\b[^>]*office:mimetype=[\"']application/vnd\.oasis\.opendocument\.text"
)

# Headers of a saved e-mail message (.eml), which opens with them.
MESSAGE_HEADERS = ("from:", "to:", "subject:", "date:", "message-id:", "mime-version:")


# What the readers take from a folder, or from the attachments of a message.
DOCUMENT_SUFFIXES = (
    ".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".doc", ".odt", ".fodt", ".rtf",
    ".pdf", ".eml",
)  # fmt: skip
HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)
XHTML = re.compile(r"^\s*<\?xml[^>]*>\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)
BLOCK_TAG = re.compile(
    r"<(p|div|h[1-6]|ul|ol|li|table|tr|td|th|blockquote|pre|section|article|main|body|br)"
    r"(\s[^<>]*)?/?>",
    re.I,
)
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
MARKDOWN_EXTENSIONS = {".md", ".markdown", ".mdown", ".mkd"}

# Markdown syntax that plain text rarely has by chance ("strong" signs), and syntax that plain
# text often has too (an underlined title, dashes as bullets), which only adds to the evidence.
STRONG_MARKDOWN_SIGNS = {
    "atx heading": re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.M),
    # Emphasis hugs its text: `**Ms. Ng:**`, `_noted_`, never a rule of underscores (`____`).
    # Bounded repeats: an unbounded one would try every "*" against the rest of its line.
    "bold": re.compile(r"(?<![*_\w])(\*\*|__)(?=[^\s*_])[^\n]{0,200}?[^\s*_]\1(?![*_\w])"),
    "emphasis": re.compile(r"(?<![*_\w])([*_])(?=[^\s*_])[^*_\n]{0,100}?[^\s*_]\1(?![*_\w])"),
    "link": re.compile(r"\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)"),
    "table": re.compile(
        r"^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.M
    ),
    "fence": re.compile(r"^ {0,3}(```|~~~)", re.M),
}
WEAK_MARKDOWN_SIGNS = {
    "setext heading": re.compile(r"^\S[^\n]*\n {0,3}(=+|-{2,})[ \t]*$", re.M),
    "bullet": re.compile(r"^ {0,3}[-*+][ \t]+\S", re.M),
}
# Signs of plain text that Markdown would spoil: a chat handle in brackets opening a line
# (`<seun> +1`), the header lines of an e-mail, a rule of underscores or a long row of
# dashes or equals signs under a blank line (a signature line, a separator), a page break,
# indented prose.
TEXT_SIGNS = {
    "handle": re.compile(r"^[ \t]*<[A-Za-z][\w.|-]{0,31}>[ \t]", re.M),
    "mail header": re.compile(r"^(From|To|Cc|Subject|Date|Sent|Message-ID):[ \t]+\S", re.M | re.I),
    "rule": re.compile(r"(^|\n)[ \t]*\n[ \t]*(_{5,}|-{20,}|={20,})[ \t]*$", re.M),
    "page break": re.compile("\f"),
    # Prose indented by four spaces or a tab: a numbered section's body in plain text; in
    # Markdown it would be a code block, which minutes do not use.
    "indented prose": re.compile(r"^(?: {4,}|\t)[A-Z][a-z]+\b", re.M),
}


def extension(name: str) -> str:
    return PurePath(name).suffix.lower()


def refuse(name: str, what: str, advice: str) -> DocumentError:
    return DocumentError(f"{name}: {what}: {advice}")


def zip_format(*, data: bytes, name: str) -> str:
    """DOCX for a ZIP holding `word/document.xml`, ODT for OpenDocument text; others refused."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in entries else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        what = "a damaged Word file" if extension(name) == ".docx" else "a damaged ZIP file"
        raise refuse(name, f"{what} ({error})", "open it in Word and save it again") from None
    except (NotImplementedError, RuntimeError) as error:
        raise refuse(name, f"a ZIP file that cannot be read ({error})", SAVE_AS) from None
    if "word/document.xml" in entries:
        return DOCX
    if mimetype.startswith(OPENDOCUMENT_TEXT) or (
        not mimetype and "content.xml" in entries and extension(name) in (".odt", ".ott")
    ):
        return ODT
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        raise refuse(name, OTHER_OPENDOCUMENT, SAVE_AS)
    for entry, what, advice in REFUSED_ZIP_ENTRIES:
        if entry in entries:
            raise refuse(name, what, advice)
    raise refuse(name, "a ZIP archive, not a Word file", "unpack it and give the minutes inside")


def is_word97(data: bytes) -> bool:
    """Whether an OLE compound file holds a Word document (its WordDocument stream)."""
    try:
        with olefile.OleFileIO(data) as ole:
            return ole.exists("WordDocument")
    except (OSError, ValueError):
        return False


def binary_format(*, data: bytes, name: str) -> str | None:
    """PDF or DOCX by their magic; refuse other known binaries; None for anything else."""
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.lstrip()[:5] == b"{\\rtf":
        return RTF
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return zip_format(data=data, name=name)
    if data.startswith(OLE_MAGIC) and is_word97(data):
        return DOC
    for magic, what, advice in REFUSED_MAGIC:
        if data.startswith(magic):
            if magic == OLE_MAGIC:
                what = OLE_BY_EXTENSION.get(extension(name), what)
                advice = OUTLOOK_ADVICE if extension(name) == ".msg" else advice
            raise refuse(name, what, advice)
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        raise refuse(name, "a WebP image", NEEDS_OCR)
    if data[4:8] == b"ftyp":
        raise refuse(name, "an image or video (HEIC, MP4…)", NEEDS_OCR)
    return None


def sample_text(data: bytes) -> str:
    """The start of a text file as text, good enough to recognise markup by."""
    encoding, skip = detect_encoding(data[:SAMPLE_BYTES], partial=True)
    sample = data[skip : skip + SAMPLE_BYTES]
    try:
        return sample.decode(encoding or "cp1252", errors="replace")
    except LookupError:
        return sample.decode("cp1252", errors="replace")


def looks_binary(data: bytes, sample: str) -> bool:
    """NUL bytes in a file that is not UTF-16/32, or mostly undecodable: not text at all."""
    if "\x00" in sample:
        return True
    return sample.count("\ufffd") > 0.1 * max(len(sample), 1)


def is_html(sample: str, name: str) -> bool:
    """A document start, enough block tags for a page, or a few tags in a file named `.html`."""
    if HTML_START.match(sample) or XHTML.match(sample):
        return True
    tags = len(BLOCK_TAG.findall(sample))
    lines = max(sum(1 for line in sample.splitlines() if line.strip()), 1)
    if tags >= 5 and tags >= 0.3 * lines:
        return True
    starts_with_tag = sample.lstrip().startswith("<") and tags >= 2
    return starts_with_tag or (tags >= 1 and extension(name) in HTML_EXTENSIONS)


def sign_counts(signs: dict[str, re.Pattern], sample: str) -> list[int]:
    return [len(pattern.findall(sample)) for pattern in signs.values()]


def text_evidence(sample: str) -> int:
    """How many signs of plain text the sample has; handles only when no HTML element's name."""
    counts = dict(zip(TEXT_SIGNS, sign_counts(TEXT_SIGNS, sample), strict=True))
    counts["handle"] = sum(
        1 for found in TEXT_SIGNS["handle"].finditer(sample) if not is_markup(found.group().strip())
    )
    return sum(counts.values())


def is_markdown(sample: str, name: str) -> bool:
    """Markdown when its syntax outweighs the signs of plain text; a `.md` name breaks a tie.

    Markdown needs strong syntax used three times, or beside another kind of it, and more
    of it than signs of plain text; a file named `.md` needs only no more text than syntax.
    """
    strong = sign_counts(STRONG_MARKDOWN_SIGNS, sample)
    weak = sign_counts(WEAK_MARKDOWN_SIGNS, sample)
    syntax = sum(strong) + sum(weak)
    text = text_evidence(sample)
    kinds = sum(1 for count in strong + weak if count)
    if (sum(strong) >= 3 or (any(strong) and kinds >= 2)) and syntax > text:
        return True
    return extension(name) in MARKDOWN_EXTENSIONS and syntax >= text


def looks_like_message(sample: str) -> bool:
    """A file that opens with mail headers, MIME among them: a saved message, not pasted text."""
    head = sample.split("\n\n", 1)[0].lower()
    lines = [line for line in head.splitlines() if line and not line[0].isspace()]
    found = sum(1 for line in lines if line.startswith(MESSAGE_HEADERS))
    return "mime-version:" in head and found >= 3 and found >= 0.5 * len(lines)


def detect_format(*, data: bytes, name: str) -> str:
    """The format to read `data` as: pdf, docx, doc, odt, rtf, email, html, markdown or text."""
    found = binary_format(data=data, name=name)
    if found:
        return found
    sample = sample_text(data)
    if looks_binary(data, sample):
        raise refuse(
            name,
            "a binary file of a kind the reader does not know",
            "give the minutes as text, Markdown, HTML, Word (.docx) or PDF",
        )
    if FLAT_OPENDOCUMENT.search(sample):
        return ODT
    if looks_like_message(sample):
        return EMAIL
    if is_html(sample, name):
        return HTML
    if is_markdown(sample, name):
        return MARKDOWN
    return TEXT
