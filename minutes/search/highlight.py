"""Turning a database's marked-up text into safe HTML with <mark> around the matches."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .backend import MARK_END, MARK_START


def marked_html(marked: str) -> SafeString:
    """Escape everything, then put <mark> where the database put its private marks.

    Only the two private-use characters become tags, and every opened mark is closed, so no
    text in a statement (however hostile) can open a tag of its own.
    """
    out, inside, start = [], False, 0
    for index, char in enumerate(marked):
        if char not in (MARK_START, MARK_END):
            continue
        out.append(escape(marked[start:index]))
        start = index + 1
        if char == MARK_START and not inside:
            out.append("<mark>")
            inside = True
        elif char == MARK_END and inside:
            out.append("</mark>")
            inside = False
    out.append(escape(marked[start:]))
    if inside:
        out.append("</mark>")
    return mark_safe("".join(out))
