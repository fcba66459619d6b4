"""Other spellings of a word that mean the same: British and American forms, and the way names
and thesaurus terms are compared (case, accents, spelling and plural folded away).

Rules are written for a class of words, never for one: any -ise/-ize word, any -our/-or word,
and so on. A rule may produce a form no one writes ("promize" from "promise"); searching for it
costs one index lookup and finds nothing, so rules favour reach over tidiness.
"""

import re
import unicodedata
from functools import lru_cache

# (British, American) endings. Each pair is applied both ways, to the end of a word, when at
# least `MIN_STEM` letters come before the ending (so "rise" and "for" are left alone).
ENDING_PAIRS = (
    *((f"is{end}", f"iz{end}") for end in ("e", "es", "ed", "ing", "er", "ers", "ation", "ations")),
    *((f"ys{end}", f"yz{end}") for end in ("e", "es", "ed", "ing", "er", "ers")),
    *((f"our{end}", f"or{end}") for end in ("", "s", "ed", "ing", "ful", "ite", "ites", "able")),
    *((f"tre{end}", f"ter{end}") for end in ("", "s")),
    ("tred", "tered"),
    ("tring", "tering"),
    *((f"bre{end}", f"ber{end}") for end in ("", "s")),
    *((f"ogue{end}", f"og{end}") for end in ("", "s")),
    *((f"{c}ence{end}", f"{c}ense{end}") for c in "fc" for end in ("", "s")),
    *((f"ell{end}", f"el{end}") for end in ("ing", "ed", "er", "ers", "or", "ors")),
    *((f"amme{end}", f"am{end}") for end in ("", "s")),
    ("dgement", "dgment"),
    ("dgements", "dgments"),
)
MIN_STEM = 2
# Beginnings, both ways: sceptic/skeptic; and the British ae of Greek words, one way only
# (paediatric → pediatric; an American e cannot tell where the a was).
BEGINNING_PAIRS = (("scep", "skep"),)
BRITISH_AE = re.compile(r"(?<=[bcdfghklmnprstv])ae(?=[a-z])")

_ENDINGS = sorted(
    [(british, american) for british, american in ENDING_PAIRS]
    + [(american, british) for british, american in ENDING_PAIRS],
    key=lambda pair: -len(pair[0]),
)
_AMERICAN = sorted(ENDING_PAIRS, key=lambda pair: -len(pair[0]))


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=4096)
def spelling_variants(word: str) -> tuple[str, ...]:
    """The other spellings of a lower-case word (not the word itself), British ↔ American."""
    variants = []
    for ending, other in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            variants.append(word[: -len(ending)] + other)
            break
    for first, second in BEGINNING_PAIRS:
        for start, other in ((first, second), (second, first)):
            if word.startswith(start):
                variants.append(other + word[len(start) :])
    if BRITISH_AE.search(word):
        variants.append(BRITISH_AE.sub("e", word))
    return tuple(dict.fromkeys(v for v in variants if v != word))


@lru_cache(maxsize=16384)
def folded_word(word: str) -> str:
    """One form for comparing names and terms: lower case, no accents, American spelling,
    no plural s ("Organisations" → "organization", "COEs" → "coe", "centres" → "center")."""
    word = strip_accents(word.casefold())
    for british, american in _AMERICAN:
        if word.endswith(british) and len(word) - len(british) >= MIN_STEM:
            word = word[: -len(british)] + american
            break
    word = BRITISH_AE.sub("e", word)
    return _singular(word)


def _singular(word: str) -> str:
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


# Endings of inflected English words, and what may stand before them in the plain word.
_INFLECTIONS = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("ing", ("", "e")),
    ("ed", ("", "e")),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ers", ("", "e")),
    ("er", ("", "e")),
    ("ly", ("",)),
)


@lru_cache(maxsize=4096)
def plain_forms(word: str) -> tuple[str, ...]:
    """Forms a word may be an inflection of, by rule ("working" → "work", "planned" →
    "plan", "studies" → "study"): to tell whether a word is known in some form."""
    forms = []
    for ending, replacements in _INFLECTIONS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            forms += [stem + replacement for replacement in replacements]
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                forms.append(stem[:-1])  # planned, running
    return tuple(dict.fromkeys(form for form in forms if form != word))


def inflected_forms(plain: str) -> tuple[str, ...]:
    """The usual inflections of a plain word ("train" → trains, trained, training)."""
    if len(plain) < 3:
        return ()
    forms = [plain + ending for ending in ("s", "es", "ed", "ing", "er", "ers")]
    if plain.endswith("e"):
        forms += [plain[:-1] + ending for ending in ("ing", "ed", "er", "ers")]
    if plain.endswith("y"):
        forms += [plain[:-1] + ending for ending in ("ies", "ied")]
    return tuple(forms)
