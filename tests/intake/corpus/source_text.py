"""The text a corpus document holds, read plainly, to check its expectations against.

This is no importer: it reads every character of the file (furniture included) in source
order, so the corpus tests can say that an expected statement, name or furniture string is
really there. Word files are read from their XML with the standard library (the body, then
headers and footers; deleted text of tracked changes is left out, inserted text kept). PDF
files need pdfminer.six; `pdf_text` returns None without it.
"""

import codecs
import io
import re
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTE_MARKS = re.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
WORD_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|comments)\.xml")


def decoded(data: bytes) -> str:
    """A text file's characters: by its BOM when it has one, else UTF-8, else Windows-1252."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


class _TextOfHtml(HTMLParser):
    """Every text node of a page, scripts and styles included, with a space between nodes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # Image names and link targets are furniture a reader must drop: keep them findable.
        self.parts.extend(value for name, value in attrs if name in {"src", "alt"} and value)


def html_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    return " ".join(parser.parts)


def docx_text(data: bytes, *, deleted: bool = False) -> str:
    """The text of a Word file's body, headers, footers, notes and comments, paragraph by paragraph.

    Text deleted by a tracked change is left out unless `deleted` asks for it.
    """
    wanted = {f"{WORD_NS}t", f"{WORD_NS}delText"} if deleted else {f"{WORD_NS}t"}
    paragraphs: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist(), key=lambda n: (n != "word/document.xml", n)):
            if WORD_PARTS.fullmatch(name):
                root = ElementTree.fromstring(archive.read(name))
                paragraphs.extend(_paragraph_text(p, wanted) for p in root.iter(f"{WORD_NS}p"))
    return "\n".join(paragraphs)


def _paragraph_text(paragraph: ElementTree.Element, wanted: set[str]) -> str:
    pieces = []
    for node in paragraph.iter():
        if node.tag in wanted:
            pieces.append(node.text or "")
        elif node.tag in {f"{WORD_NS}br", f"{WORD_NS}cr"}:
            pieces.append("\n")
        elif node.tag == f"{WORD_NS}tab":
            pieces.append("\t")
    return "".join(pieces)


def pdf_text(data: bytes, *, margins: bool = True) -> str | None:
    """A PDF's lines page by page, the left half of a page before the right (two columns).

    Needs pdfminer.six; None without it. Lines are ordered by band (running head, body,
    footer), column, then top to bottom: the reading order of every PDF in this corpus.
    Without `margins`, running heads, footers and line numbers in the left margin are left
    out, so that a paragraph broken by a page turn or numbered line by line reads on.
    """
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer, LTTextLine
    except ImportError:
        return None
    pages = []
    for page in extract_pages(io.BytesIO(data)):
        middle = page.width / 2
        lines = [
            (
                band(line.y1, page.height),
                line.x0 >= middle,
                -line.y1,
                line.x0,
                line.get_text().rstrip("\n"),
            )
            for box in page
            if isinstance(box, LTTextContainer)
            for line in box
            if isinstance(line, LTTextLine)
        ]
        kept = sorted(
            line
            for line in lines
            if margins or (line[0] == 1 and not margin_number(line[4], line[3], page.width))
        )
        pages.append("\n".join(text for *_, text in kept))
    return "\n".join(pages)


def margin_number(text: str, left: float, width: float) -> bool:
    """A line number printed in the left margin, outside the text (a court transcript's)."""
    return text.strip().isdigit() and left < 0.1 * width


def band(top: float, height: float) -> int:
    """0 for the running head at the top of a page, 2 for its footer, 1 for the body between."""
    return 0 if top > 0.92 * height else 2 if top < 0.08 * height else 1


def source_text(path: Path, *, deleted: bool = False, margins: bool = True) -> str | None:
    """The document's text as a reader would find it in the file; None when it cannot be read here.

    `deleted` adds the text of a Word file's tracked deletions (which a reader must drop);
    `margins=False` leaves out a PDF's running heads and footers.
    """
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return docx_text(data, deleted=deleted)
    if suffix == ".pdf":
        return pdf_text(data, margins=margins)
    text = decoded(data)
    return html_text(text) if suffix == ".html" else text


def comparable(text: str, *, suffix: str) -> str:
    """Text reduced to what a faithful reading must keep, so that two readings can be compared.

    Whitespace runs become one space (hard wraps, indentation). Footnote marks set as
    superscript digits (¹ ² ³) go: they call a note and are no part of the text. In Markdown the
    emphasis marks and escapes go. In a PDF, line-end hyphenation cannot be told from the text
    alone, so hyphens and all spaces go on both sides.
    """
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    text = FOOTNOTE_MARKS.sub("", text)
    if suffix == ".md":
        text = re.sub(r"[*_\\]", "", text)
    if suffix == ".pdf":
        return re.sub(r"[\s\-]", "", text)
    return re.sub(r"\s+", " ", text).strip()
