"""Rich Text control words left in a text file, read as the text they format.

Text copied out of an RTF file by a tool that did not understand it, or an RTF body sent
without its `{\\rtf1` header, prints `\\par`, `\\b Present:\\b0`, `\\'92` and braces around
the minutes. Only when such control words are common in the text (a few could be a path or a
formula) are they read: paragraph and line marks as line ends, `\\tab` as a tab, `\\'hh` as
the Windows-1252 character it stands for, the groups that hold no text (font and colour
tables, `{\\*…}` destinations) dropped, every other control word and brace removed.
"""

import re

CONTROL = re.compile(
    r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([\\{}~_\-*|:])|([{}])|\n"
)
KNOWN_WORDS = re.compile(r"\\(par|pard|line|tab|b0?|i0?|ul0?|ulnone|f\d+|fs\d+|cf\d+|plain)\b")
# Control words this many, and this dense, before the text is read as RTF leftovers.
MIN_WORDS = 5
WORDS_PER_CHARACTER = 1 / 400
# Groups whose content is no text of the document.
HIDDEN_GROUPS = {"fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable"}
BREAKS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "tab": "\t"}
CHARACTERS = {
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "endash": "\u2013",
    "emdash": "\u2014",
    "bullet": "\u2022",
}
SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}"}


def has_rtf_leftovers(text: str) -> bool:
    found = len(KNOWN_WORDS.findall(text))
    return found >= MIN_WORDS and found >= WORDS_PER_CHARACTER * len(text)


def without_rtf_control_words(text: str) -> str:
    """The text with RTF control words read (see the module); unchanged when it has few."""
    if not has_rtf_leftovers(text):
        return text
    out: list[str] = []
    hidden_depth: list[int] = []  # the depths at which a hidden group opened
    depth = 0
    position = 0
    for found in CONTROL.finditer(text):
        if not hidden_depth:
            out.append(text[position : found.start()])
        position = found.end()
        word, hex_code, symbol, brace = found.group(1, 3, 4, 5)
        if brace == "{":
            depth += 1
            continue
        if brace == "}":
            if hidden_depth and hidden_depth[-1] == depth:
                hidden_depth.pop()
            depth -= 1
            continue
        if hidden_depth:
            continue
        starts_group = text[found.start() - 1 : found.start()] == "{"
        if symbol == "*" or (word in HIDDEN_GROUPS and starts_group):
            hidden_depth.append(depth)
        elif word in BREAKS or word in CHARACTERS:
            out.append(BREAKS.get(word) or CHARACTERS[word])
        elif hex_code:
            out.append(bytes([int(hex_code, 16)]).decode("cp1252", errors="replace"))
        elif symbol:
            out.append(SYMBOLS.get(symbol, ""))
        # Any other control word formats text and is dropped; so are RTF's own line ends,
        # as \par ends its paragraphs.
    if not hidden_depth:
        out.append(text[position:])
    return "".join(out)
