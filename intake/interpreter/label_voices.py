"""Labels that name no one, or only an office: 'A resident:', 'Villager (Ward 2):', 'Woman
villager:', and 'THE INSPECTOR:' or 'The Harbour Master:', an office the record may name the
holder of elsewhere."""

import re

from .label_words import NOT_SPEAKERS
from .names import fold, honorific_of, title_case
from .words import HEADING_WORDS, ORG_WORDS

# Someone unnamed, introduced with an article: 'A resident', 'An observer from the floor'.
_SOMEONE = re.compile(r"^(?i:an?)\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}$")
# A member of the public printed by what they are, not who: assemblies and public meetings
# print the villager, the parent or the tenant who spoke without a name.
_LAY = (
    "villager", "resident", "parent", "tenant", "neighbour", "neighbor", "citizen", "voter",
    "elector", "ratepayer", "taxpayer", "parishioner", "householder", "homeowner", "farmer",
    "shopkeeper", "trader", "student", "pupil", "commuter", "passenger", "rider", "patient",
    "carer", "worker", "employee", "local", "onlooker", "bystander", "visitor", "constituent",
    # the same in the languages minutes are kept in: Spanish, French, German, Marathi/Hindi
    "vecino", "vecina", "habitante", "habitant", "habitante", "riverain", "riveraine",
    "anwohner", "anwohnerin", "bürger", "bürgerin", "einwohner", "einwohnerin", "gramasth",
    "gramastha", "nagrik",
)  # fmt: skip
# Who the unnamed person is besides: 'Woman villager', 'Elderly resident', 'Another parent'.
_LAY_QUALIFIER = (
    "woman", "man", "male", "female", "young", "elderly", "old", "local", "another", "other",
    "one", "second", "third", "concerned", "senior", "youth", "lady", "gentleman",
)  # fmt: skip
_LAY_VOICE = re.compile(
    rf"^(?:(?:{'|'.join(_LAY_QUALIFIER)})\s+){{0,2}}(?:{'|'.join(_LAY)})(?:\s+\d{{1,4}})?$",
    re.IGNORECASE,
)
# A question or comment put by a member the record does not name: 'Governor question', 'Parent
# comment', 'Board member question', as school, trust and company minutes print them.
_MEMBER_ASKS = re.compile(
    r"^(?:(?:board|committee|council|panel|staff|parent|foundation|co-opted|local)\s+)?"
    r"(?P<who>governor|member|councillor|councilor|trustee|director|shareholder|parent|resident|"
    r"student|pupil|staff|public|audience|floor|villager|delegate|observer)s?\s+"
    r"(?P<asks>question|comment|query|challenge|observation)s?$",
    re.IGNORECASE,
)
# 'THE INSPECTOR', 'The Harbour Master', 'THE TOWN CLERK': an office with the definite article.
_DEFINITE_OFFICE = re.compile(
    r"^(?i:the)\s+(?P<office>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})$"
)


def someone(label: str) -> bool:
    """'A resident', 'An observer from the floor': someone unnamed ('A motion', 'A note' are
    the record's own words)."""
    if not _SOMEONE.match(label):
        return False
    noun = fold(label).split()[1]
    return noun not in NOT_SPEAKERS and noun not in HEADING_WORDS


def lay_voice(label: str) -> bool:
    """'Villager', 'Woman villager', 'Resident 2': a member of the public printed by kind."""
    return bool(_LAY_VOICE.match(label.strip()))


def member_asks(label: str) -> str:
    """The kind of a question or comment by an unnamed member ('Governor question' is a
    question), '' for any other label."""
    match = _MEMBER_ASKS.match(label.strip())
    if match is None:
        return ""
    return "remark" if fold(match.group("asks")) in ("comment", "observation") else "question"


def definite_office(label: str) -> str:
    """The office of 'THE INSPECTOR' or 'The Harbour Master' ('Inspector'), else ''. A body
    ('The Council'), the record's own words ('The Motion') or a name are no office."""
    match = _DEFINITE_OFFICE.match(label.strip())
    if match is None:
        return ""
    words = match.group("office").split()
    folded = [fold(word) for word in words]
    if honorific_of(words[0]) or any(w in ORG_WORDS or w.rstrip("s") in ORG_WORDS for w in folded):
        return ""
    if (
        " ".join(folded) in NOT_SPEAKERS
        or folded[-1] in NOT_SPEAKERS
        or folded[-1] in HEADING_WORDS
    ):
        return ""
    return " ".join(title_case(word) for word in words)
