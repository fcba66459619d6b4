"""Word (.docx) through mammoth, which turns it into HTML the HTML reader then reads.

mammoth maps heading styles to `h1` to `h6`, bold runs to `strong`, Word lists to `ul`/`ol`,
tables and line breaks to theirs; it leaves out comments, page headers and footers and
tracked deletions, and keeps tracked insertions, as the document reads once changes are
accepted. The archive is checked before anything is unzipped (`readers.archives`).
"""

import io
import zipfile
import zlib
from dataclasses import replace
from xml.parsers.expat import ExpatError

import mammoth
from lxml import etree

from intake.readers.archives import check_archive
from intake.readers.blocks import Block, BlockKind, Document, DocumentError
from intake.readers.html import converted_body
from intake.readers.html.walk import blocks_of
from intake.readers.word.headings import formatted_headings
from intake.readers.word.numbering import numbered_labels

# Word styles mammoth's default map leaves as paragraphs, though they print as headings.
STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => h2:fresh
"""
DUBLIN_CORE_TITLE = "{http://purl.org/dc/elements/1.1/}title"
SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def core_title(archive: zipfile.ZipFile) -> str:
    """The title in the document's properties (docProps/core.xml), "" when none."""
    try:
        root = etree.fromstring(archive.read("docProps/core.xml"), parser=SAFE_XML)
    except (KeyError, etree.XMLSyntaxError, ValueError):
        return ""
    title = root.find(DUBLIN_CORE_TITLE)
    return " ".join((title.text or "").split()) if title is not None else ""


def word_blocks(
    *, html: str, labels: list[str], name: str, headings: dict[str, int] | None = None
) -> list[Block]:
    """The blocks of mammoth's HTML, numbered items given Word's own labels.

    The labels are matched with mammoth's `ol` items in order; should the counts differ
    (a numbered paragraph mammoth leaves out, say), the items keep the HTML numbering.
    `headings` are the texts of paragraphs formatted as headings, with their levels.
    """
    body = converted_body(markup=html, name=name)
    items = body.xpath(
        "//ol/li[not(starts-with(@id, 'footnote-')) and not(starts-with(@id, 'endnote-'))]"
    )
    markers = dict(zip(items, labels, strict=True)) if len(items) == len(labels) else {}
    return [as_heading(block, headings or {}) for block in blocks_of(body, markers=markers)]


def as_heading(block: Block, headings: dict[str, int]) -> Block:
    """A paragraph formatted as a heading (`word.headings`) as that heading; others as they are."""
    level = (
        headings.get(" ".join(block.text.split())) if block.kind == BlockKind.PARAGRAPH else None
    )
    if not level:
        return block
    return replace(block, kind=BlockKind.HEADING, level=level, bold=False, bold_lead="")


def read_word(*, data: bytes, name: str) -> Document:
    """A .docx file as headings, paragraphs, list items and table rows."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive=archive, name=name)
            title = core_title(archive)
            labels = numbered_labels(archive)
            headings = formatted_headings(archive)
            html = mammoth.convert_to_html(io.BytesIO(data), style_map=STYLE_MAP).value
    except DocumentError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as error:
        raise DocumentError(
            f"{name}: a damaged Word file ({error}): open it in Word and save it again"
        ) from None
    except (KeyError, ValueError, ExpatError, etree.XMLSyntaxError, NotImplementedError) as error:
        raise DocumentError(f"{name}: not a Word document that can be read ({error})") from None
    blocks = (
        word_blocks(html=html, labels=labels, name=name, headings=headings) if html.strip() else []
    )
    if not blocks:
        raise DocumentError(f"{name}: a Word file with no text")
    return Document(name=name, format="docx", blocks=blocks, title=title)
