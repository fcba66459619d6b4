"""Turning a database's marked-up text into safe HTML with <mark> around the matches."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .matching import MARK_END, MARK_START


def marked_html(marked: str) -> SafeString:
    """Escaped text in `<p>`s (split at blank lines, single breaks as `<br>`), with `<mark>`
    where the database put its private marks.

    Only those two private-use characters become tags; everything else goes through
    escape(), and every mark opened is closed in the paragraph it was opened in, so no text
    in a statement, however hostile, can make a tag of its own.
    """
    text = marked.replace("\r\n", "\n").replace("\r", "\n")
    blocks, inside = [], False
    for block in text.split("\n\n"):
        if not block.strip("\n" + MARK_START + MARK_END):
            continue
        html, inside = _marked_block(block.strip("\n"), inside)
        blocks.append(f"<p>{html}</p>")
    return mark_safe("".join(blocks))  # every piece of text went through escape()


def _marked_block(block: str, inside: bool) -> tuple[str, bool]:
    """One paragraph's HTML; a mark still open at its end is closed there and reopened in
    the next paragraph (a phrase can match across a paragraph break)."""
    out = ["<mark>"] if inside else []
    start = 0
    for index, char in enumerate(block):
        if char not in (MARK_START, MARK_END):
            continue
        out.append(escape(block[start:index]).replace("\n", "<br>"))
        start = index + 1
        if char == MARK_START and not inside:
            out.append("<mark>")
            inside = True
        elif char == MARK_END and inside:
            out.append("</mark>")
            inside = False
    out.append(escape(block[start:]).replace("\n", "<br>"))
    if inside:
        out.append("</mark>")
    return "".join(out).replace("<mark></mark>", ""), inside
