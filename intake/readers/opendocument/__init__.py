"""OpenDocument text (.odt, and flat .fodt) as the HTML the HTML reader's walk reads.

LibreOffice and other office suites save minutes as OpenDocument: a ZIP whose `content.xml`
holds the text and whose `styles.xml` the named styles. Headings (`text:h`, or a paragraph
in a heading or title style) become `h1` to `h6`, paragraphs `p`, lists `ul`/`ol` (by their list
style: numbers or bullets), tables rows and cells, line breaks `br`; a span or paragraph whose
style is bold — directly or through the style it inherits from — becomes `strong`. Comments,
tracked deletions, footnotes and drawings are not text of the minutes and are left out.
"""

import io
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from intake.readers.archives import check_archive
from intake.readers.blocks import Document, DocumentError
from intake.readers.html.building import add, append_text, new_body
from intake.readers.html.walk import blocks_of

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
TEXT_MIMETYPES = (
    b"application/vnd.oasis.opendocument.text",
    b"application/vnd.oasis.opendocument.text-template",
)
SAFE_XML = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)
# Elements whose content is no text of the minutes: comments, the store of tracked changes
# (deleted text lives there), footnotes and endnotes, images, fields' hidden text, sequences.
LEFT_OUT = {"annotation", "annotation-end", "tracked-changes", "note", "image", "hidden-text"}
STYLE_PARTS = {"styles.xml"}
BOLD_WEIGHTS = {"bold", "600", "700", "800", "900"}
HEADING_STYLE_PREFIXES = ("heading", "title")


def q(name: str) -> str:
    """A qualified name, "text:p" → "{urn:…:text:1.0}p"."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


@dataclass
class Styles:
    """What the document's styles say: which are bold, which are headings, which lists number."""

    parents: dict[str, str] = field(default_factory=dict)
    bold: dict[str, bool] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    numbered_lists: set[str] = field(default_factory=set)

    def read(self, root: etree._Element) -> None:
        for style in root.iter(q("style:style")):
            name = style.get(q("style:name"), "")
            self.parents[name] = style.get(q("style:parent-style-name"), "")
            self.display[name] = style.get(q("style:display-name"), name).replace("_20_", " ")
            properties = style.find(q("style:text-properties"))
            if properties is not None and properties.get(q("fo:font-weight")):
                self.bold[name] = properties.get(q("fo:font-weight")) in BOLD_WEIGHTS
        for list_style in root.iter(q("text:list-style")):
            first = next(iter(list_style), None)
            if first is not None and local(first) == "list-level-style-number":
                self.numbered_lists.add(list_style.get(q("style:name"), ""))

    def lineage(self, name: str):
        seen = set()
        while name and name not in seen:
            seen.add(name)
            yield name
            name = self.parents.get(name, "")

    def is_bold(self, name: str) -> bool:
        return next((self.bold[n] for n in self.lineage(name) if n in self.bold), False)

    def heading_level(self, name: str) -> int:
        """1 for a title style, 2 for a subtitle, N for "Heading N" (or a style built on one)."""
        for ancestor in self.lineage(name):
            words = self.display.get(ancestor, ancestor).lower().split()
            if words and words[0] in ("title", "subtitle"):
                return 1 if words[0] == "title" else 2
            if words and words[0] == "heading":
                return int(words[1]) if len(words) > 1 and words[1].isdigit() else 1
        return 0


class Converter:
    """Builds an HTML body from an OpenDocument `office:text`, element by element."""

    def __init__(self, styles: Styles):
        self.styles = styles
        self.numbered: dict[str, int] = {}  # the last number of each list style's last list

    def body(self, office_text: etree._Element) -> HtmlElement:
        body = new_body()
        self.blocks(office_text, body)
        return body

    def blocks(self, container: etree._Element, out: HtmlElement) -> None:
        for child in container:
            name = local(child)
            if name in LEFT_OUT:
                continue
            if name in ("h", "p"):
                self.paragraph(child, out)
            elif name == "list":
                self.list(child, out)
            elif name == "table":
                self.table(child, out)
            elif name in ("section", "index-body", "text-box", "frame"):
                self.blocks(child, out)  # a section or a text frame holds paragraphs

    def paragraph(self, element: etree._Element, out: HtmlElement) -> None:
        style = element.get(q("text:style-name"), "")
        level = self.heading_level(element, style)
        tag = f"h{min(level, 6)}" if level else "p"
        target = add(out, tag)
        if not level and self.styles.is_bold(style):
            target = add(target, "strong")
        self.inline(element, target)

    def heading_level(self, element: etree._Element, style: str) -> int:
        if local(element) == "h":
            level = element.get(q("text:outline-level"), "1")
            return int(level) if level.isdigit() and int(level) > 0 else 1
        return self.styles.heading_level(style)

    def inline(self, element: etree._Element, target: HtmlElement) -> None:
        """Copy the element's text and inline children (spans, spaces, breaks) into `target`."""
        append_text(target, element.text)
        for child in element:
            name = local(child)
            if name in LEFT_OUT:
                pass
            elif name in ("span", "a"):
                inner = target
                if self.styles.is_bold(child.get(q("text:style-name"), "")):
                    inner = add(target, "strong")
                self.inline(child, inner)
            elif name == "s":
                append_text(target, " " * spaces(child))
            elif name == "tab":
                append_text(target, "\t")
            elif name == "line-break":
                add(target, "br")
            elif name == "frame":
                self.inline_frame(child, target)
            elif name not in ("bookmark", "bookmark-start", "bookmark-end", "soft-page-break"):
                self.inline(child, target)  # fields, metadata, change marks: their text
            append_text(target, child.tail)

    def inline_frame(self, frame: etree._Element, target: HtmlElement) -> None:
        for box in frame.iter(q("draw:text-box")):
            for paragraph in box.iter(q("text:p")):
                add(target, "br")
                self.inline(paragraph, target)

    def list(self, element: etree._Element, out: HtmlElement, style: str = "") -> None:
        style = element.get(q("text:style-name"), style)
        numbered = style in self.styles.numbered_lists
        target = add(out, "ol" if numbered else "ul")
        if numbered and style and not is_nested_list(element):
            target.set("start", str(self.list_start(element, style)))
        for item in element:
            if local(item) not in ("list-item", "list-header"):
                continue
            entry = add(target, "li")
            if item.get(q("text:start-value"), "").isdigit():
                entry.set("value", item.get(q("text:start-value")))
            for child in item:
                if local(child) == "list":
                    self.list(child, entry, style)
                elif local(child) in ("p", "h"):
                    if len(entry):
                        add(entry, "br")
                    self.inline(child, entry)

    def list_start(self, element: etree._Element, style: str) -> int:
        """The first number of a top-level numbered list: on from the last list of its style
        when it continues that list (as a list interrupted by a paragraph does), else 1."""
        items = sum(1 for item in element if local(item) == "list-item")
        continues = element.get(q("text:continue-numbering")) == "true" or element.get(
            q("text:continue-list")
        )
        start = self.numbered.get(style, 0) + 1 if continues else 1
        self.numbered[style] = start + items - 1
        return start

    def table(self, element: etree._Element, out: HtmlElement) -> None:
        table = add(out, "table")
        for row in element.iter(q("table:table-row")):
            tr = add(table, "tr")
            for cell in row:
                if local(cell) != "table-cell":
                    continue
                td = add(tr, "td")
                self.blocks(cell, td)


def is_nested_list(element: etree._Element) -> bool:
    return local(element.getparent()) == "list-item"


def spaces(element: etree._Element) -> int:
    count = element.get(q("text:c"), "1")
    return min(int(count), 100) if count.isdigit() else 1


def parse_xml(data: bytes, *, name: str) -> etree._Element:
    try:
        return etree.fromstring(data, parser=SAFE_XML)
    except (etree.XMLSyntaxError, ValueError) as error:
        raise DocumentError(
            f"{name}: not an OpenDocument file that can be read ({error})"
        ) from None


def dublin_core_title(meta: etree._Element | None) -> str:
    title = meta.find(f".//{q('dc:title')}") if meta is not None else None
    return " ".join((title.text or "").split()) if title is not None else ""


def document_from(*, content: etree._Element, styles: list[etree._Element], title: str, name: str):
    known = Styles()
    for root in [*styles, content]:
        known.read(root)
    office_text = content.find(f".//{q('office:body')}/{q('office:text')}")
    if office_text is None:
        raise DocumentError(f"{name}: an OpenDocument file with no text document inside")
    blocks = blocks_of(Converter(known).body(office_text))
    if not blocks:
        raise DocumentError(f"{name}: an OpenDocument file with no text")
    return Document(name=name, format="odt", blocks=blocks, title=title)


def read_zipped(*, data: bytes, name: str) -> Document:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive=archive, name=name, what="OpenDocument file")
            entries = set(archive.namelist())
            content = parse_xml(archive.read("content.xml"), name=name)
            styles = [parse_xml(archive.read(part), name=name) for part in STYLE_PARTS & entries]
            meta = parse_xml(archive.read("meta.xml"), name=name) if "meta.xml" in entries else None
    except DocumentError:
        raise
    except KeyError:
        raise DocumentError(f"{name}: an OpenDocument file without its content.xml") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as error:
        raise DocumentError(
            f"{name}: a damaged OpenDocument file ({error}): open it and save it again"
        ) from None
    return document_from(content=content, styles=styles, title=dublin_core_title(meta), name=name)


def read_opendocument(*, data: bytes, name: str) -> Document:
    """An .odt file (or a flat .fodt) as headings, paragraphs, list items and table rows."""
    if data.startswith(b"PK"):
        return read_zipped(data=data, name=name)
    root = parse_xml(data, name=name)
    return document_from(content=root, styles=[root], title=dublin_core_title(root), name=name)
