"""A block's text from runs of inline text, some bold: the text, its bold lead, whether all bold.

Markdown and HTML readers (and Word, through HTML) cut a block into runs as its markup does;
these functions put them back together the same way for every format.
"""

import re
from dataclasses import dataclass

# A hard line break (`<br>`, a Markdown hard or soft break) inside a run's text, kept apart
# from white space so that collapsing white space never removes it.
LINE_BREAK = "\u2028"
HTML_SPACE = re.compile(r"[ \t\n\r\f\u00a0]+")
IMAGE_FILE_NAME = re.compile(r"^\S+\.[A-Za-z0-9]{2,5}$")
# Characters that print as nothing (a soft hyphen inside a line, zero-width spaces, a word
# joiner): text is searched and compared as printed.
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
# Characters printed as others: the non-breaking hyphen, typographic ligatures (ﬁ, ﬂ), and
# the bullets of Word's symbol fonts that reach text in their private-use codes.
PRINTED_AS = str.maketrans(
    {
        "\u2011": "-",
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\uf0b7": "\u2022",
        "\uf0a7": "\u25aa",
        "\uf0d8": "\u27a2",
        "\uf0fc": "\u2713",
    }
)


def as_printed(text: str) -> str:
    """`text` as printed: characters that print as nothing removed, ligatures as their
    letters, a non-breaking hyphen as "-", a symbol font's bullet as a bullet."""
    return INVISIBLE.sub("", text).translate(PRINTED_AS)


@dataclass(frozen=True)
class Run:
    """A piece of a block's inline text, bold or not."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Composed:
    """A block's text as the runs compose it."""

    text: str
    bold_lead: str
    bold: bool


def tidy(raw: str, *, collapse: bool) -> str:
    """Lines split at line breaks, white space collapsed (HTML) or kept (Markdown), ends trimmed."""
    raw = as_printed(raw)
    if collapse:
        raw = HTML_SPACE.sub(" ", raw)
    lines = [line.rstrip() for line in raw.replace("\n", LINE_BREAK).split(LINE_BREAK)]
    if collapse:
        # Markup breaks lines where blocks meet; an empty line between them is no text.
        lines = [line.lstrip() for line in lines if line.strip()]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if lines:
        lines[0] = lines[0].lstrip()
    return "\n".join(lines)


def leading_bold(runs: list[Run]) -> str:
    """The raw text of the bold runs the block starts with (white space between them counts)."""
    lead = []
    for run in runs:
        if run.bold or not run.text.strip():
            lead.append(run.text)
        else:
            break
    return "".join(lead)


def compose(runs: list[Run], *, collapse: bool) -> Composed:
    """The text of `runs`, its leading bold run and whether every visible character is bold."""
    text = tidy("".join(run.text for run in runs), collapse=collapse)
    lead = tidy(leading_bold(runs), collapse=collapse)
    if not text.startswith(lead):
        lead = ""
    visible = [run for run in runs if run.text.strip()]
    bold = bool(visible) and all(run.bold for run in visible)
    return Composed(text=text, bold_lead=lead, bold=bold)


def is_file_name(text: str) -> bool:
    """Whether an image's alternative text is only its file name (`photo_03.jpg`)."""
    return bool(IMAGE_FILE_NAME.match(text.strip()))
