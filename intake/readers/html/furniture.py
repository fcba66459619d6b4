"""A web page's furniture: the navigation, banners, footers and site chrome around the minutes.

Removed before blocks are made, carefully: an element that holds the page's main content is
never removed, whatever its class says, nor one that holds most of the page's text.
"""

import re

from lxml.html import HtmlElement

from intake.readers.html.office import is_office_margin

FURNITURE_TAGS = {
    "nav",
    "aside",
    "script",
    "style",
    "noscript",
    "template",
    "form",
    "button",
    "iframe",
    "frame",
    "frameset",
    "svg",
    "math",
    "canvas",
    "object",
    "embed",
    "select",
    "textarea",
    "dialog",
    "menu",
}
# A page's header and footer are its banner and content information only outside sectioning
# content: inside an article or main they are the article's own (its title, its date).
PAGE_LANDMARK_TAGS = {"header", "footer"}
SECTIONING = {"article", "main", "section", "aside", "nav"}
FURNITURE_ROLES = {"banner", "navigation", "contentinfo", "search", "complementary", "menubar"}
# Words of class names and ids that site chrome carries.
FURNITURE_WORDS = {
    "menu",
    "menubar",
    "megamenu",
    "nav",
    "navbar",
    "subnav",
    "navigation",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "share",
    "sharing",
    "social",
    "cookie",
    "cookies",
    "consent",
    "toolbar",
    "skip",
    "skiplink",
    "skiplinks",
    "topbar",
    "offcanvas",
}
# Class words of a page's banner and footer, which inside an article name the article's own.
LANDMARK_WORDS = {"header", "footer", "masthead"}
# Class words naming what a header heads, when it is the record's own.
CONTENT_WORDS = {
    "meeting", "minutes", "article", "document", "record", "item", "agenda", "post", "entry",
    "report", "event", "hearing", "session", "transcript",
}  # fmt: skip
# Endings of class names run together (`leftnav`, `mainmenu`, `rightsidebar`).
FURNITURE_ENDINGS = ("nav", "menu", "sidebar", "breadcrumb", "breadcrumbs", "toolbar")
SKIP_LINK_TEXT = re.compile(
    r"^\s*(skip|jump|go)\s+(to|directly to)\b|^\s*(back|return)\s+to\s+top\s*$", re.I
)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# The share of the page's text past which an element is content, whatever its class says.
CONTENT_SHARE = 0.5
MAIN_CONTENT = "self::main or self::article or @role='main'"
# ASP.NET pages (Legistar and many councils' sites) wrap the whole body in one form.
WRAPPER_TAGS = {"form"}


def class_words(element: HtmlElement) -> set[str]:
    """The words of an element's class and id: `site-menu`, `sideBar` → site, menu, side, bar…"""
    values = f"{element.get('class', '')} {element.get('id', '')}"
    words = {word.lower() for word in WORD.findall(values)}
    # Compounds written as one word (`sidebar`, `breadcrumbs`) are words too.
    words |= {part.lower() for part in re.split(r"[\s_\-]+", values) if part}
    return words


def is_hidden(element: HtmlElement) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden", "").strip().lower() == "true"
        or bool(HIDDEN_STYLE.search(element.get("style", "")))
    )


def in_sectioning_content(element: HtmlElement) -> bool:
    return any(ancestor.tag in SECTIONING for ancestor in element.iterancestors())


def is_skip_link(element: HtmlElement) -> bool:
    return (
        element.tag == "a"
        and element.get("href", "").startswith("#")
        and bool(SKIP_LINK_TEXT.search(element.text_content()))
    )


def is_breadcrumb(element: HtmlElement) -> bool:
    label = f"{element.get('aria-label', '')} {element.get('itemtype', '')}".lower()
    return "breadcrumb" in label


def is_furniture(element: HtmlElement) -> bool:
    """Whether the element is site chrome by its tag, role, state or purpose (not its class)."""
    tag = element.tag
    if tag in FURNITURE_TAGS or is_hidden(element) or is_skip_link(element):
        return True
    if is_office_margin(element):
        return True
    if tag in PAGE_LANDMARK_TAGS and not in_sectioning_content(element):
        return True
    return element.get("role", "").strip().lower() in FURNITURE_ROLES or is_breadcrumb(element)


def is_chrome_by_class(element: HtmlElement) -> bool:
    """Whether the words of the element's class or id name site chrome (`site-menu`, `leftnav`)."""
    words = class_words(element)
    # 'meeting-header', 'minutes-header': the head of the record, not the page's banner.
    heads_content = bool(words & CONTENT_WORDS)
    if words & LANDMARK_WORDS and not (in_sectioning_content(element) or heads_content):
        return True
    return bool(words & FURNITURE_WORDS) or any(w.endswith(FURNITURE_ENDINGS) for w in words)


def holds_main_content(element: HtmlElement) -> bool:
    return bool(element.xpath(f"descendant-or-self::*[{MAIN_CONTENT}]"))


def holds_most_text(element: HtmlElement, page_text: int) -> bool:
    """A class name is only a hint: an element holding most of the page's text is content."""
    return page_text > 0 and len(element.text_content().strip()) > CONTENT_SHARE * page_text


# The terms of a box giving the meeting's particulars: 'Date' and 'Place' (or 'Venue', …).
_WHEN_TERMS = {"date", "when", "date and time"}
_WHERE_TERMS = {"place", "venue", "location", "where", "room"}


def gives_the_particulars(element: HtmlElement) -> bool:
    """A sidebar box of terms and values that says when and where the meeting was ('Meeting
    details': Date / 3 July 2019, Place / Room XX, …): the record's own, not site chrome."""
    terms = {" ".join(term.text_content().split()).casefold().rstrip(":") for term in
             element.iter("dt", "th")}  # fmt: skip
    return bool(terms & _WHEN_TERMS) and bool(terms & _WHERE_TERMS)


def should_remove(element: HtmlElement, page_text: int) -> bool:
    if is_furniture(element):
        wraps_page = element.tag in WRAPPER_TAGS and holds_most_text(element, page_text)
        particulars = element.tag == "aside" and gives_the_particulars(element)
        return not (wraps_page or particulars or holds_main_content(element))
    if is_chrome_by_class(element):
        return not holds_main_content(element) and not holds_most_text(element, page_text)
    return False


def remove_furniture(root: HtmlElement) -> None:
    """Remove every furniture element under `root` that does not hold the page's content."""
    page_text = len(root.text_content().strip())
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        # In document order, an element inside a removed one comes right after it.
        if doomed and doomed[-1] in element.iterancestors():
            continue
        if should_remove(element, page_text):
            doomed.append(element)
    for element in doomed:
        element.drop_tree()
