"""Words broken across lines with a hyphen: join them, or keep the hyphen of a compound.

The rule, with the document itself as the only dictionary:
1. a soft hyphen (U+00AD) is always undone;
2. the hyphen stays when the part after it begins with a capital or a digit (Nunn-Lugar,
   COVID-19);
3. it is undone when the joined word occurs elsewhere in the document (pro-cedure →
   procedure, seen unbroken on another line);
4. it stays when the hyphenated word occurs elsewhere (cyber-security, seen on one line);
5. it stays when the part after it is a word the document uses on its own (self-assessment:
   "assessment" occurs elsewhere), as compounds are made of words and syllables are not;
6. otherwise it is undone (pro-cedure with "cedure" no word of the document).
"""

import re

WORD = re.compile(r"[^\W_]+(?:[-\u2010][^\W_]+)*")
BROKEN_END = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
FIRST_WORD = re.compile(r"^([^\W_]+)")
SOFT_HYPHEN = "\u00ad"


def line_words(text: str) -> list[str]:
    return [word.lower() for word in WORD.findall(text)]


def vocabulary(lines: list[str]) -> set[str]:
    """Every word and hyphenated word of the lines, less the pieces of words broken at ends."""
    words: set[str] = set()
    broken_before = False
    for text in lines:
        found = line_words(text)
        if broken_before and found:
            found = found[1:]
        broken_before = bool(BROKEN_END.search(text.rstrip()))
        if broken_before and found:
            found = found[:-1]
        for word in found:
            words.add(word)
            words.update(re.split(r"[-\u2010]", word))
    return words


def keeps_hyphen(*, before: str, after: str, hyphen: str, words: set[str]) -> bool:
    """Whether `before`-`after`, broken at a line end, keeps its hyphen (see the module)."""
    if hyphen == SOFT_HYPHEN:
        return False
    if after[:1].isupper() or after[:1].isdigit():
        return True
    joined, hyphenated = f"{before}{after}".lower(), f"{before}-{after}".lower()
    if joined in words:
        return False
    if hyphenated in words:
        return True
    return after.lower() in words


def broken_word(previous: str, following: str) -> tuple[str, str, str] | None:
    """(the part before, the hyphen, the part after) when `previous` ends a broken word."""
    end = BROKEN_END.search(previous.rstrip())
    start = FIRST_WORD.search(following.lstrip())
    if not end or not start:
        return None
    return end.group(1), previous.rstrip()[-1], start.group(1)
