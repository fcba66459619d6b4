"""Words broken across lines with a hyphen: join them, or keep the hyphen of a compound.

A typesetter breaks a line either inside a word (pro-/cedure, govern-/ment: the hyphen is its
own and goes) or at the hyphen of a compound (ring-/fenced, long-/term: the hyphen is the
word's and stays). The document itself is the first dictionary, an English word list the
second. In order:
1. a soft hyphen (U+00AD) is always undone;
2. the hyphen stays when the part after it begins with a capital or a digit (Nunn-Lugar,
   COVID-19), unless both parts are in capitals (SANITA-TION in a label set in capitals:
   the rules below decide, as for any word);
3. it is undone when the joined word occurs elsewhere in the document (procedure, seen
   unbroken on another line), and
4. it stays when the hyphenated word does (cyber-security, seen on one line): what the
   document spells, it spells the same way everywhere;
5. it stays after a prefix that ends in the vowel the rest begins with (co-ordinate,
   re-elect, pre-empt), which house styles hyphenate to keep the vowels apart;
6. it is undone when the joined word is a common English word (budget, attend, review,
   something: typesetters break these between two parts that happen to be words too);
7. it stays when both parts are words, of the document or of English (ring-fenced,
   cross-party, follow-up, self-assessment): a compound of words;
8. otherwise it is undone (pro-cedure, govern-ment, mul-tilateral: a syllable is no word).
When the document spells neither form, rules 5 to 8 decide: a break inside a word is far
more common than a break at a compound's hyphen, so joining is the default, and only two
real words on either side (and no common word made of them) keep the hyphen.
"""

import re
from functools import cache

from spellchecker import SpellChecker

WORD = re.compile(r"[^\W_]+(?:[-\u2010][^\W_]+)*")
BROKEN_END = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
FIRST_WORD = re.compile(r"^([^\W_]+)")
SOFT_HYPHEN = "\u00ad"
# Prefixes that keep a hyphen before the vowel they end in (co-operate, re-elect, pre-empt).
VOWEL_PREFIXES = {"co", "re", "pre", "de", "anti", "semi", "multi"}
# Seen this often in the word list's sources, a word is common; its rarest entries (50)
# include misspellings of compounds ("followup"), which this leaves out.
COMMON_WORD = 100


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


@cache
def english() -> SpellChecker:
    """pyspellchecker's English word list with the words' frequencies, loaded once."""
    return SpellChecker(language="en", distance=1)


def english_count(word: str) -> int:
    """How often the word list has seen `word` (0 for no word of English)."""
    return english().word_frequency[word]


def is_word(part: str, words: set[str]) -> bool:
    """Whether `part` is a word of its own: in the document, or common enough in English."""
    return part in words or (len(part) > 1 and english_count(part) >= COMMON_WORD)


def keeps_hyphen(*, before: str, after: str, hyphen: str, words: set[str]) -> bool:
    """Whether `before`-`after`, broken at a line end, keeps its hyphen (see the module)."""
    if hyphen == SOFT_HYPHEN:
        return False
    capitals = before.isupper() and after.isupper() and len(after) > 1
    if (after[:1].isupper() and not capitals) or after[:1].isdigit():
        return True  # 'Nunn-/Lugar'; a word in capitals ('SANITA-/TION') is read as any word
    before, after = before.lower(), after.lower()
    joined, hyphenated = f"{before}{after}", f"{before}-{after}"
    if joined in words:
        return False
    if hyphenated in words:
        return True
    if before in VOWEL_PREFIXES and after.startswith(before[-1]):
        return True
    if english_count(joined) >= COMMON_WORD:
        return False
    return is_word(before, words) and is_word(after, words)


def broken_word(previous: str, following: str) -> tuple[str, str, str] | None:
    """(the part before, the hyphen, the part after) when `previous` ends a broken word."""
    end = BROKEN_END.search(previous.rstrip())
    start = FIRST_WORD.search(following.lstrip())
    if not end or not start:
        return None
    return end.group(1), previous.rstrip()[-1], start.group(1)
