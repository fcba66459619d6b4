"""Names as minutes print them: honorifics, offices before a name, short forms, capitals."""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.text import slugify

from .words import HEADING_WORDS, ORG_WORDS, ROLE_WORDS, TITLE_WORDS

HONORIFICS = {
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
    "dr": "Dr.",
    "prof": "Prof.",
    "professor": "Professor",
    "sir": "Sir",
    "dame": "Dame",
    "lord": "Lord",
    "lady": "Lady",
    "baroness": "Baroness",
    "ambassador": "Ambassador",
    "amb": "Amb.",
    "hon": "Hon.",
    "rev": "Rev.",
    "h.e": "H.E.",
    "sen": "Sen.",
    "rep": "Rep.",
    "m": "M.",
    "mme": "Mme",
    # Honorifics of South Asian, Malaysian and other parliaments and courts.
    "shri": "Shri",
    "smt": "Smt.",
    "shrimati": "Shrimati",
    "kumari": "Kumari",
    "sushri": "Sushri",
    "dato": "Dato'",
    "datuk": "Datuk",
    "rt": "Rt.",
    "right": "Right",
    "honourable": "Honourable",
    "honorable": "Honorable",
    "very": "Very",
    "revd": "Revd",
    "reverend": "Reverend",
    "cllr": "Cllr",
    "cr": "Cr",  # a councillor in Australia and New Zealand
    "clr": "Clr",
    "councillor": "Councillor",
    # Ranks printed before a name, as officers of uniformed services are listed.
    "cdr": "CDR",
    "lcdr": "LCDR",
    "capt": "Capt.",
    "col": "Col.",
    "lt": "Lt.",
    "maj": "Maj.",
    "gen": "Gen.",
    "adm": "Adm.",
    "radm": "RADM",
    "sgt": "Sgt.",
    # Local government's and churches' honorifics, and other languages' ('Ald. Smith', 'Fr
    # Byrne', 'A/Prof Lee', 'Frau Weber', 'Sra. Ruiz', 'dhr. De Vries').
    "ald": "Ald.",
    "fr": "Fr",
    "pastor": "Pastor",
    "bishop": "Bishop",
    "canon": "Canon",
    "archdeacon": "Archdeacon",
    "rabbi": "Rabbi",
    "imam": "Imam",
    "assoc": "Assoc.",
    "a/prof": "A/Prof",
    "herr": "Herr",
    "frau": "Frau",
    "mlle": "Mlle",
    "sr": "Sr.",
    "sra": "Sra.",
    "srta": "Srta.",
    "dhr": "dhr.",
    "mevr": "mevr.",
    "ing": "Ing.",
    "lic": "Lic.",
}
# Honorifics that are one letter or easily a word of prose: only taken with a full stop.
_NEEDS_STOP = {"m", "rep", "sen", "right", "very", "sr", "ing", "lic", "assoc", "ald"}
# Letters after a name: degrees, honours, membership of a house ('DBE', 'MSP', 'PhD').
POST_NOMINALS = re.compile(
    r"(?:MD|MPH|PhD|Ph\.D\.|DrPH|RN|MSc|BSc|MA|BA|MBA|FRCP|FRCS|FRCGP|FRCPE|OBE|CBE|MBE|DBE|KBE|"
    r"GBE|CMG|KCMG|CH|CB|KC|QC|SC|MP|MSP|MS|MLA|MHK|TD|AM|AO|AC|JP|DL|Esq\.?|DPhil|MBBS|FRS|FRSE|"
    r"FREng|FMedSci|CPA|PE|P\.E\.|JD|LLB|LLM|FCA|ACA)\.?"
)
_NOT_NAMES = (
    ORG_WORDS
    | TITLE_WORDS
    | HEADING_WORDS
    | {word for role in ROLE_WORDS for word in role.split() if len(role.split()) == 1}
)
PARTICLES = {"de", "van", "von", "da", "del", "della", "di", "du", "la", "le", "bin", "al",
             "ibn", "der", "den", "ten", "ter", "dos", "das", "y", "st."}  # fmt: skip
_NAME_WORD = re.compile(
    r"^[^\W\d_][^\W\d_'\u2019.-]*(?:['\u2019:-][^\W\d_]+)*\.?$|^(?:[^\W\d_]\.){1,4}$"
)  # a colon between letters ('S:t') belongs to the word; initials run together ('A.B.') too
MAX_NAME_WORDS = 5


@dataclass
class ParsedName:
    """A printed name taken apart: 'Chairman Jane Doe' → role 'Chairman', name 'Jane Doe'."""

    name: str
    honorific: str = ""
    role: str = ""

    @property
    def surname(self) -> str:
        return surname_of(self.name)

    @property
    def is_full(self) -> bool:
        return len(self.name.split()) >= 2


def surname_of(name: str) -> str:
    words = name.split()
    return words[-1] if words else ""


def fold(text: str) -> str:
    """For comparing names: no case, no accents, no possessive, no full stops."""
    text = re.sub(r"['\u2019]s$", "", text.strip())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(".", "")


def key_for(text: str) -> str:
    """A file key (lowercase letters, digits, single hyphens) for a name; '' if it has none."""
    key = re.sub(r"[^a-z0-9]+", "-", slugify(text).replace("_", "-")).strip("-")
    return key[:120].rstrip("-")


def title_case(word: str) -> str:
    """'TILLEMANN' → 'Tillemann', "O'NEILL" → "O'Neill"; mixed-case words are left as printed."""
    prefix = re.match(r"^(Mc|Mac|Fitz|D')(?=[A-Z]{2,}[.']?$)", word)
    if prefix:
        return prefix.group(1) + word[prefix.end() :].capitalize()  # 'McKENZIE': 'McKenzie'
    if not word.isupper() or len(word.rstrip(".")) == 1:
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())


def honorific_of(word: str) -> str:
    """'MS.' → 'Ms.'; '' when the word is not an honorific."""
    bare = word.casefold().rstrip(".")
    if bare in _NEEDS_STOP and not word.endswith("."):
        return ""
    return HONORIFICS.get(bare, "")


def parse_name(text: str) -> ParsedName | None:
    """A person's name with its honorific and office words, or None if the text is not one.

    A role alone ('The Chair', 'MODERATOR') gives a ParsedName with an empty name.
    """
    words = text.replace(",", " ").split() if _ends_in_letters(text) else text.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    elif len(words) > 1 and words[0].casefold() == "an" and take_role(words[1:]):
        words = words[1:]  # Irish 'the': 'An Ceann Comhairle'
    role, honorific = take_role(words), ""
    if words and words[0].casefold() == "the" and role:
        words = words[1:]  # 'Senator the Hon Lorraine Kearney'
    honorific = _honorifics(words)
    if not role:
        role = take_role(words)
    while len(words) > 1 and POST_NOMINALS.fullmatch(words[-1]):
        words.pop()  # 'Dame Sarah Kline DBE', 'Rhona Baird MSP'
    if not role and len(words) > 1 and words[0].casefold() == "deputy" and not take_role(words[1:]):
        role = words.pop(0)  # 'Deputy Mary Byrne': a member of the Dáil
    if not words:
        return ParsedName(name="", honorific=honorific, role=role) if role else None
    # After an honorific or an office, only the first word must not be a common word:
    # 'Commissioner John Q. Public' is a name, 'Public Comment' is not.
    relaxed = bool(honorific or role)
    if len(words) > MAX_NAME_WORDS or not all(
        _is_name_word(word, relaxed=relaxed and i > 0) for i, word in enumerate(words)
    ):
        return None
    if all(word.casefold() in PARTICLES for word in words):
        return None
    if len(words) == 1 and not (honorific or role) and not words[0].isupper():
        return None
    name = " ".join(title_case(word) for word in words)
    return ParsedName(name=name, honorific=honorific, role=role)


def _honorifics(words: list[str]) -> str:
    """Remove the honorifics a name begins with ('Professor Dame', 'Rt. Hon.'); return them."""
    taken: list[str] = []
    while len(words) > 1 and honorific_of(words[0]) and not _an_initial(words, after=taken):
        taken.append(honorific_of(words.pop(0)))
    return " ".join(taken)


def _an_initial(words: list[str], *, after: list[str]) -> bool:
    """'M.' is Monsieur before a surname alone ('M. Boudreau'); after another honorific ('Dr.
    M. Khan') or before more of a name ('M. J. Boudreau') it is an initial of the name."""
    return fold(words[0]) == "m" and (bool(after) or len(words) > 2)


def is_initial(word: str) -> bool:
    """'J.', 'J', 'A.B.': a given name written as its initials."""
    return bool(re.fullmatch(r"(?:[^\W\d_]\.){1,4}|[^\W\d_]", word))


# Honorifics written only in French: where a document writes them, 'M.' is Monsieur. 'M.'
# before a surname alone counts too, unless a first name stands before it ('Raul M. Morales').
_FRENCH = re.compile(
    r"\b(?:Mme|Mmes|Mlle|Mlles|Madame|Monsieur|MM\.)\s+[A-Z]"
    r"|(?<![\w.])(?<![A-Za-z] )M\.\s+[A-Z][^\W\d_]+\b(?!\s+[A-Z])"
)


def writes_french_honorifics(texts) -> bool:
    """The document writes 'Mme', 'Mlle', 'Monsieur' or 'M.' before a surname alone."""
    return any(_FRENCH.search(text) for text in texts)


def as_french(parsed: ParsedName) -> ParsedName:
    """'M. Jean Boudreau' in a document of French honorifics: Monsieur Jean Boudreau."""
    words = parsed.name.split()
    if parsed.honorific or len(words) < 2 or words[0] != "M.":
        return parsed
    return ParsedName(" ".join(words[1:]), "M.", parsed.role)


def _ends_in_letters(text: str) -> bool:
    """'Sarah Kline, DBE': post-nominal letters after a comma belong to the name."""
    return bool(re.search(r",\s*" + POST_NOMINALS.pattern + r"(?:\s|$)", text))


def _is_name_word(word: str, *, relaxed: bool = False) -> bool:
    if word.casefold() in PARTICLES:
        return True
    common = ORG_WORDS if relaxed else _NOT_NAMES
    return bool(_NAME_WORD.match(word)) and word[0].isupper() and fold(word) not in common


def take_role(words: list[str]) -> str:
    """Remove the office words a name begins with ('Vice Chair', 'SENATOR'); return them."""
    if (
        words
        and "-" in words[0]
        and all(part in _ROLE_PARTS for part in words[0].casefold().split("-"))
    ):
        return title_case(words.pop(0))  # 'Secretary-Treasurer', 'Vice-Chairperson'
    if len(words) > 1 and words[0].casefold() in _QUALIFIERS:
        rest = words[1:]
        qualified = take_role(rest)  # 'Temporary Speaker', 'Interim Convener'
        if qualified:
            taken = len(words) - 1 - len(rest)
            qualifier = words.pop(0)
            del words[:taken]
            return f"{title_case(qualifier)} {qualified}"
    lowered = " ".join(words).casefold()
    for role in ROLE_WORDS:
        if lowered == role or lowered.startswith(role + " "):
            count = len(role.split())
            taken = words[:count]
            del words[:count]
            return " ".join(title_case(word) for word in taken)
    return ""


# Words that qualify an office without changing it: 'Temporary Speaker', 'Interim Chair'.
_QUALIFIERS = {"temporary", "interim", "acting", "substitute", "pro-tem", "joint", "outgoing"}
_ROLE_PARTS = {part for role in ROLE_WORDS for part in role.replace("-", " ").split()} | {
    "vice",
    "deputy",
    "co",
    "acting",
    "assistant",
    "chief",
}


def looks_like_office(text: str) -> bool:
    """The text names a post or an organisation ('Director, Office of X')."""
    words = {fold(word.strip(",.;()")) for word in text.replace("-", " ").split()}
    roles = {word for role in ROLE_WORDS for word in role.replace("-", " ").split()}
    return bool(words & (ORG_WORDS | TITLE_WORDS | roles))


def looks_like_organisation(text: str) -> bool:
    words = {fold(word.strip(",.;()")) for word in text.split()}
    return bool(words & ORG_WORDS)


def sort_name(name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return name
    surname_start = len(words) - 1
    while surname_start > 1 and words[surname_start - 1].casefold() in PARTICLES:
        surname_start -= 1
    return f"{' '.join(words[surname_start:])}, {' '.join(words[:surname_start])}"
