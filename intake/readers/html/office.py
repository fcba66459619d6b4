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
# Paragraph classes of a document's title and subtitle (Word, Google Docs).
TITLE_CLASSES = {"msotitle": 1, "title": 1, "msosubtitle": 2, "subtitle": 2}


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
    """1 for a paragraph in a Title style, 2 for Subtitle, else 0."""
    if element.tag != "p":
        return 0
    levels = [TITLE_CLASSES.get(name.lower(), 0) for name in element.get("class", "").split()]
    return max(levels, default=0)


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
