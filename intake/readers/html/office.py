"""What word processors write into the HTML they save: weights in styles, lists, title styles.

Word ("Save as Web Page") writes its numbered and bulleted paragraphs as `p` elements with
an `mso-list` style, the printed number in a span marked `mso-list:Ignore`, and its Title
and Subtitle styles as classes; Google Docs writes bold and plain as `font-weight` in class
rules of a `<style>` element (`.c3{font-weight:700}`), and wraps copied text in a
`<b style="font-weight:normal">`. These functions read those conventions; the walk uses them.
"""

import re

from lxml.html import HtmlElement

BOLD_TAGS = {"b", "strong"}
# `font-weight` itself, not Word's `mso-bidi-font-weight`.
FONT_WEIGHT = re.compile(r"(?<![\w-])font-weight\s*:\s*([\w]+)", re.I)
BOLD_WEIGHTS = {"bold", "bolder", "600", "700", "800", "900"}
CLASS_RULE = re.compile(r"\.([A-Za-z_][\w-]*)\s*\{([^{}]*)\}")
WORD_LIST_STYLE = re.compile(r"mso-list\s*:\s*l\d+\s+level(\d)", re.I)
IGNORED_SPAN = re.compile(r"mso-list\s*:\s*ignore", re.I)
# What Word prints for a bullet in the symbol fonts it uses (Symbol, Wingdings, Courier).
BULLET_GLYPHS = {
    "·",
    "•",
    "o",
    "§",
    "▪",
    "■",
    "Ø",
    "ü",
    "v",
    "-",
    "\u2013",
    "\u2014",
    "*",
    "\uf0b7",
}
# The page header and footer, footnotes and comments a word processor writes into the page:
# LibreOffice as `<div title="header">`, Word as `<div style="mso-element:footer">`.
MARGIN_TITLES = {"header", "footer"}
MSO_ELEMENT = re.compile(
    r"mso-element\s*:\s*(header|footer|footnote-list|endnote-list|comment-list|footnote|endnote)",
    re.I,
)
# LibreOffice's footnotes and endnotes: `<div id="sdfootnote1">`.
NOTE_ID = re.compile(r"^sd(foot|end)note\d+$")
# Type this large (in points) is a title's; `<font size>` in points.
TITLE_POINTS = 20.0
FONT_SIZE = re.compile(r"(?<![\w-])font-size\s*:\s*(\d+(?:\.\d+)?)\s*(pt|px)", re.I)
FONT_TAG_POINTS = {"6": 24.0, "7": 36.0, "+3": 24.0, "+4": 36.0}
# Paragraph classes of a document's title and subtitle (Word, Google Docs).
TITLE_CLASSES = {"msotitle": 1, "title": 1, "msosubtitle": 2, "subtitle": 2}


def is_office_margin(element: HtmlElement) -> bool:
    """Whether the element is what a word processor saved from outside the text: a page
    header or footer, footnotes, endnotes, comments."""
    if element.tag != "div":
        return False
    return (
        element.get("title", "").strip().lower() in MARGIN_TITLES
        or bool(MSO_ELEMENT.search(element.get("style", "")))
        or bool(NOTE_ID.match(element.get("id", "")))
    )


def declared_weight(element: HtmlElement) -> bool | None:
    """True or False when the element says its weight (tag or style), None to inherit it."""
    found = FONT_WEIGHT.findall(element.get("style", ""))
    if found:
        return found[-1].lower() in BOLD_WEIGHTS
    if element.tag in BOLD_TAGS:
        return True
    return None


def apply_class_weights(root: HtmlElement) -> None:
    """Write the `font-weight` of class rules in `<style>` into the styles of their elements.

    Done before the style elements are removed with the page's furniture; a weight set on
    the element itself wins, as in a browser.
    """
    weights: dict[str, str] = {}
    for style in root.iter("style"):
        for name, body in CLASS_RULE.findall(style.text or ""):
            found = FONT_WEIGHT.findall(body)
            if found:
                weights[name] = found[-1]
    if not weights:
        return
    for element in root.iter():
        if not isinstance(element.tag, str) or FONT_WEIGHT.search(element.get("style", "")):
            continue
        classes = [name for name in element.get("class", "").split() if name in weights]
        if classes:
            style = element.get("style", "").rstrip().rstrip(";")
            element.set("style", f"{style};font-weight:{weights[classes[-1]]}".lstrip(";"))


def title_level(element: HtmlElement) -> int:
    """1 for a paragraph in a Title style or set all in title-sized type, 2 for Subtitle."""
    if element.tag != "p":
        return 0
    levels = [TITLE_CLASSES.get(name.lower(), 0) for name in element.get("class", "").split()]
    return max(levels, default=0) or (1 if in_title_type(element) else 0)


def in_title_type(paragraph: HtmlElement) -> bool:
    """Whether all the paragraph's text is set in type of a title's size (LibreOffice writes
    its Title style so: `<font size="6" style="font-size: 26pt">`)."""
    text = paragraph.text_content().strip()
    if not text:
        return False
    return any(
        declared_points(element) >= TITLE_POINTS and element.text_content().strip() == text
        for element in paragraph.iter()
    )


def declared_points(element: HtmlElement) -> float:
    """The font size an element declares, in points (0 when it declares none)."""
    found = FONT_SIZE.search(element.get("style", ""))
    if found:
        return float(found.group(1)) * (0.75 if found.group(2).lower() == "px" else 1.0)
    size = element.get("size", "") if element.tag == "font" else ""
    return FONT_TAG_POINTS.get(size.strip(), 0.0)


def word_list_item(element: HtmlElement) -> tuple[str, int] | None:
    """(marker, level) of a Word list paragraph, its printed number's span removed; else None.

    The marker is "" for a bullet. The span is removed so that the number is not read twice.
    """
    if element.tag != "p":
        return None
    level = WORD_LIST_STYLE.search(element.get("style", ""))
    span = next((s for s in element.iter("span") if IGNORED_SPAN.search(s.get("style", ""))), None)
    if level is None or span is None:
        return None
    marker = " ".join(span.text_content().split())
    span.drop_tree()
    return ("" if marker in BULLET_GLYPHS else marker), int(level.group(1))
