"""Building an HTML tree for the walk, for readers of formats that are not HTML (.odt, .rtf)."""

from lxml import etree
from lxml.html import HtmlElement, html_parser


def new_body() -> HtmlElement:
    return html_parser.makeelement("body")


def add(parent: HtmlElement, tag: str) -> HtmlElement:
    """A new element at the end of `parent`."""
    return etree.SubElement(parent, tag)


def append_text(element: HtmlElement, text: str | None) -> None:
    """Add text at the end of `element`'s content (after its last child, if any)."""
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text
