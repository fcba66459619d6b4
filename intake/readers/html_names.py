"""The names of HTML elements, to tell markup from text that only looks like a tag.

Minutes often print chat handles and placeholders in angle brackets (`<seun>`, `<jdoe>`,
`<Name>`); they are text. Only a tag whose name is an element of HTML (current or obsolete,
as old pages and word processors still write them) is taken for markup.
"""

import re

ELEMENT_NAMES = """
a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big
blink blockquote body br button canvas caption center cite code col colgroup data datalist
dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form
frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label
legend li link main map mark marquee menu meta meter nav nobr noframes noscript object ol
optgroup option output p param picture plaintext pre progress q rp rt ruby s samp script
search section select slot small source span strike strong style sub summary sup svg table
tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp o:p
"""
HTML_ELEMENTS = frozenset(ELEMENT_NAMES.split())
TAG_NAME = re.compile(r"^<\s*/?\s*([A-Za-z][A-Za-z0-9:-]*)")
# What is markup whatever its name: a comment, a declaration, a processing instruction.
NOT_A_TAG = re.compile(r"^<\s*[!?]")


def is_markup(tag: str) -> bool:
    """Whether `tag` (`<b>`, `</span>`, `<!-- … -->`) is HTML rather than text in brackets."""
    tag = tag.strip()
    if NOT_A_TAG.match(tag):
        return True
    found = TAG_NAME.match(tag)
    return bool(found) and found.group(1).lower() in HTML_ELEMENTS


def tags_in(markup: str) -> list[str]:
    """Every tag-like piece of `markup`, in order."""
    return re.findall(r"<[^<>\n]{1,200}>", markup)
