"""People's names as minutes print them: honorifics, role words, short forms, capitals."""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.text import slugify

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
    "ambassador": "Ambassador",
    "amb": "Amb.",
    "hon": "Hon.",
    "rev": "Rev.",
    "h.e": "H.E.",
}
# Offices printed before a name ("Chairman Jane Doe"): kept as the role, never as the name.
ROLE_WORDS = [
    "acting chairman",
    "vice chairman",
    "vice chairwoman",
    "vice chair",
    "deputy chairman",
    "co-chairman",
    "co-chair",
    "under secretary",
    "assistant secretary",
    "deputy secretary",
    "secretary-general",
    "secretary general",
    "deputy director",
    "executive director",
    "director general",
    "deputy minister",
    "vice president",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "commissioner",
    "secretary",
    "minister",
    "senator",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "mayor",
    "director",
    "administrator",
    "moderator",
    "president",
    "judge",
    "justice",
    "general",
    "admiral",
    "colonel",
    "captain",
    "delegate",
    "rapporteur",
    "facilitator",
]
# Words that make a line an office or an organisation rather than a name.
ORG_WORDS = {
    "office", "ministry", "department", "agency", "organization", "organisation", "service",
    "bureau", "directorate", "division", "commission", "council", "committee", "centre",
    "center", "institute", "university", "embassy", "mission", "bank", "branch", "secretariat",
    "cluster", "administration", "programme", "program", "foundation", "endowment",
    "association", "authority", "board", "unit", "section", "government", "delegation",
    "laboratory", "union", "nations", "school", "college", "company", "corporation", "group",
}  # fmt: skip
TITLE_WORDS = {
    "head", "chief", "officer", "manager", "coordinator", "advisor", "adviser", "specialist",
    "counsel", "envoy", "attaché", "attache", "member", "fellow", "dean", "staff", "analyst",
    "deputy", "assistant", "associate", "senior", "principal", "lead", "representative",
}  # fmt: skip
_NOT_NAMES = ORG_WORDS | TITLE_WORDS | {
    "remarks", "session", "meeting", "conference", "panel", "statement", "address", "welcome",
    "minutes", "report", "summary", "security", "global", "international", "national",
    "partnership", "action", "diplomacy", "annual", "opening", "closing", "keynote",
    "discussion", "discussions", "agenda", "workshop", "symposium", "briefing", "hearing",
    "transcript", "proceedings", "introduction", "conclusion", "conclusions", "findings",
    "recommendations", "overview", "update", "questions", "answers", "thank", "thanks", "you",
    "and", "the", "of", "on", "for", "in", "to", "at", "by", "with", "from", "about", "policy",
    "forum", "plenary", "affairs", "next",
    "steps", "key", "points", "present", "adjourned", "recess", "break", "lunch", "note",
}  # fmt: skip
PARTICLES = {"de", "van", "von", "da", "del", "della", "di", "du", "la", "le", "bin", "al",
             "ibn", "der", "den", "ten", "ter", "dos", "das", "y", "st."}  # fmt: skip
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'\u2019.-]*(?:['\u2019-][^\W\d_]+)*\.?$|^[^\W\d_]\.$")


@dataclass
class ParsedName:
    """A printed name taken apart: 'Chairman Jane Doe' → role 'Chairman', name 'Jane Doe'."""

    name: str
    honorific: str = ""
    role: str = ""

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.name else ""


def fold(text: str) -> str:
    """For comparing names: no case, no accents, no possessive."""
    text = re.sub(r"['\u2019]s$", "", text.strip())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key_for(text: str) -> str:
    """A file key (lowercase letters, digits, single hyphens) for a name; '' if it has none."""
    key = re.sub(r"[^a-z0-9]+", "-", slugify(text).replace("_", "-")).strip("-")
    return key[:120].rstrip("-")


def title_case(word: str) -> str:
    """'TILLEMANN' → 'Tillemann', "O'NEILL" → "O'Neill"; mixed-case words are left as printed."""
    if not word.isupper():
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())


def parse_name(text: str) -> ParsedName | None:
    """A person's name with its honorific and role words, or None if the text is not one."""
    words = text.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    role, honorific = _take_role(words), ""
    if words and words[0].casefold().rstrip(".") in HONORIFICS:
        honorific = HONORIFICS[words.pop(0).casefold().rstrip(".")]
    if not role:
        role = _take_role(words)
    if not 0 < len(words) <= 5 and not (role and not words):
        return None
    for word in words:
        if word.casefold() in PARTICLES:
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper() or fold(word) in _NOT_NAMES:
            return None
    if len(words) == 1 and not (honorific or role) and not words[0].isupper():
        return None
    name = " ".join(title_case(word) for word in words)
    return ParsedName(name=name, honorific=honorific, role=_role_as_printed(role))


def _take_role(words: list[str]) -> str:
    lowered = " ".join(words).casefold()
    for role in ROLE_WORDS:
        if lowered == role or lowered.startswith(role + " "):
            taken = words[: len(role.split())]
            del words[: len(role.split())]
            return " ".join(taken)
    return ""


def _role_as_printed(role: str) -> str:
    return " ".join(title_case(word) for word in role.split())


MEETING_WORDS = {
    "meeting", "meetings", "conference", "workshop", "forum", "session", "hearing", "discussion",
    "discussions", "briefing", "symposium", "dialogue", "roundtable", "panel", "summit",
    "seminar", "consultation", "consultations", "assembly", "plenary",
}  # fmt: skip


def names_a_meeting(text: str) -> bool:
    return bool({fold(word.strip(",.;:()")) for word in text.split()} & MEETING_WORDS)


def looks_like_office(text: str) -> bool:
    """The line names a post or an organisation ('Director, Office of X')."""
    words = {fold(word.strip(",.;()")) for word in text.split()}
    roles = {word for role in ROLE_WORDS for word in role.split()}
    return bool(words & (ORG_WORDS | TITLE_WORDS | roles))


def sort_name(name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return name
    surname_start = len(words) - 1
    while surname_start > 1 and words[surname_start - 1].casefold() in PARTICLES:
        surname_start -= 1
    return f"{' '.join(words[surname_start:])}, {' '.join(words[:surname_start])}"
