"""HTML (a saved web page or copied markup) through lxml: the page's content as blocks.

The page is decoded (its byte order mark, its declared charset, else as text files are),
parsed, stripped of its furniture (intake.readers.html.furniture), narrowed to its `main` or
`article` when it has one with real text, and walked into blocks.
"""

import codecs
import re

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from intake.readers.blocks import Document, DocumentError
from intake.readers.encoding import bom_encoding, decode
from intake.readers.html.furniture import MAIN_CONTENT, remove_furniture
from intake.readers.html.office import apply_class_weights
from intake.readers.html.walk import blocks_of

DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Characters XML and libxml2 refuse; none of them is text.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# What a page's main content needs to count as the page's text rather than a stub.
MAIN_SHARE = 0.25
# Labels that the WHATWG encoding standard reads as Windows-1252, as browsers do.
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"}


def declared_encoding(data: bytes) -> str | None:
    """The charset a `<meta>` near the top declares, if Python knows it and it is not UTF-16."""
    found = DECLARED_CHARSET.search(data[:4096])
    if not found:
        return None
    label = found.group(1).decode("ascii", "replace").lower()
    if label in WINDOWS_1252_LABELS:
        return "cp1252"
    # A page that says UTF-16 in ASCII-compatible bytes is not UTF-16 (browsers agree).
    if label.startswith("utf-16") or label.startswith("utf-32"):
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(*, data: bytes, name: str) -> str:
    if bom_encoding(data) is None:
        encoding = declared_encoding(data)
        if encoding:
            return data.decode(encoding, errors="replace")
    return decode(data=data, name=name)


def parse(*, text: str, name: str) -> HtmlElement:
    text = NOT_XML.sub("", XML_DECLARATION.sub("", text))
    parser = HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        return document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise DocumentError(f"{name}: not an HTML page that can be read ({error})") from None


def meta_content(root: HtmlElement, prop: str) -> str:
    for meta in root.iter("meta"):
        if prop in (meta.get("property", ""), meta.get("name", "")):
            return meta.get("content", "").strip()
    return ""


def page_title(root: HtmlElement) -> str:
    title = next(root.iter("title"), None)
    if title is not None and title.text_content().strip():
        return " ".join(title.text_content().split())
    return meta_content(root, "og:title")


def page_url(root: HtmlElement) -> str:
    for link in root.iter("link"):
        if "canonical" in link.get("rel", "").lower().split() and link.get("href", "").strip():
            return link.get("href").strip()
    return meta_content(root, "og:url")


def content_root(body: HtmlElement) -> HtmlElement:
    """The page's `main` (or `role="main"`, or an `article`) when it holds real text, else body."""
    page_text = len(body.text_content().strip())
    for candidate in body.xpath(f"descendant::*[{MAIN_CONTENT}]"):
        text = len(candidate.text_content().strip())
        if text and text >= MAIN_SHARE * page_text:
            return candidate
    return body


def converted_body(*, markup: str, name: str) -> HtmlElement:
    """The body of markup made by a converter (mammoth), to be read with `blocks_of`."""
    root = parse(text=markup, name=name)
    body = root.find("body")
    return root if body is None else body


def read_html(*, data: bytes, name: str) -> Document:
    """A web page as headings, paragraphs, list items and table rows, its furniture removed."""
    root = parse(text=decode_html(data=data, name=name), name=name)
    title, url = page_title(root), page_url(root)
    apply_class_weights(root)
    body = root.find("body")
    if body is None:
        body = root
    remove_furniture(body)
    blocks = blocks_of(content_root(body))
    if not blocks:
        raise DocumentError(
            f"{name}: no text once the page's navigation, headers and footers are set aside"
        )
    return Document(name=name, format="html", blocks=blocks, title=title, source_url=url)
