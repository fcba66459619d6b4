"""Statements once read: short lists joined to the line that opens them, kinds of what was
said, and minutes of one speaker's remarks named by a byline."""

import re
from itertools import pairwise

from .biography import post_from_attribution
from .lineup import name_line
from .names import looks_like_office
from .record import PanelDraft, Record, StatementDraft
from .words import INTRODUCES

NUMBERED_ITEM = re.compile(r"^\(?(?:\d{1,3}|[a-z])[.)]\s+\S")
SHORT_ITEM = 80
BYLINE = re.compile(
    r"^(?:(?:opening|closing|keynote|welcoming|prepared|press|daily|regular|special|media)\s+)*"
    r"(?:remarks|statement|address|speech|testimony|keynote|presentation|briefing|interview)"
    r"\s+(?:by|of|from|with)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
_BYLINE_END = re.compile(r"\s+(?:at|to|before|on|in)\s+(?=the\b|[A-Z])")


def join_short_lists(statements: list[StatementDraft]) -> list[StatementDraft]:
    """'… as following:' and the short numbered items under it are one statement."""
    out: list[StatementDraft] = []
    for statement in statements:
        last = out[-1] if out else None
        if (
            last is not None
            and last.speaker is statement.speaker
            and opens_list(last.text)
            and is_short_item(statement.text)
        ):
            separator = "\n" if statement.unit.block == last.unit.block else "\n\n"
            last.text = f"{last.text}{separator}{statement.text}"
            continue
        out.append(statement)
    return out


def continues_list(statements: list[StatementDraft], text: str) -> bool:
    """The text is a short numbered item of a list the statements above opened ('… as
    following:' and the items under it so far)."""
    if not is_short_item(text):
        return False
    for statement in reversed(statements):
        if not is_short_item(statement.text):
            return opens_list(statement.text)
    return False


def is_short_item(text: str) -> bool:
    return (
        bool(NUMBERED_ITEM.match(text))
        and len(text) <= SHORT_ITEM
        and not text.rstrip().endswith((".", "!", "?", ";", " and", " or"))
    )


def opens_list(text: str) -> bool:
    first_line = text.split("\n", 1)[0]
    return first_line.endswith(":") and ("\n" in text or not NUMBERED_ITEM.match(text))


def answer_questions(statements: list[StatementDraft]) -> None:
    """A reply by someone else to a question from the floor is an answer; so is the next
    witness's turn introducing themselves, as each does in turn when asked to."""
    for before, statement in pairwise(statements):
        replies = statement.speaker is not None and statement.speaker is not before.speaker
        introduces = before.kind == "answer" and bool(INTRODUCES.match(statement.text))
        if (before.kind == "question" or introduces) and statement.kind == "remark" and replies:
            statement.kind = "answer"


def single_speaker(record: Record) -> None:
    """One speaker named in the header and no one in the body: all the text is theirs."""
    if record.attendees or any(p.panelists for p in record.panels):
        return
    if any(s.speaker for p in record.panels for s in p.statements):
        return
    found = _person_in(record)
    if found is None:
        return
    index, (parsed, attribution), byline = found
    person = record.registry.add(parsed, record.leftovers[index].place)
    place = record.panels[0].place_for(person)
    line = record.leftovers.pop(index)
    leftovers = record.leftovers
    if attribution:
        place.take(post_from_attribution(attribution, record.organisations))
    elif index < len(leftovers) and _is_post(leftovers[index].text):
        place.take(post_from_attribution(leftovers.pop(index).text, record.organisations))
    elif parsed.role:
        place.role = parsed.role  # 'Under Secretary Ana Ruiz'
    if byline and not leftovers:
        leftovers.append(line)  # 'Remarks by X at Y' is all there is: the title
    elif byline:
        place.title = line.text[:300]
    for panel in record.panels:
        for statement in panel.statements:
            if statement.kind == "narrative":
                statement.speaker, statement.kind = person, "remark"
    if not byline and len(leftovers) >= 2:
        place.title = leftovers.pop(0).text[:300]


def byline(text: str):
    """(name, attribution) of the person a byline names ('Remarks by Jane Roe at …')."""
    match = BYLINE.match(text)
    if not match:
        return None
    named = name_line(_BYLINE_END.split(match.group("who"))[0])
    return named if named and (named[0].honorific or named[0].is_full) else None


def _person_in(record: Record):
    """(index, (name, attribution), is_byline) of the first header line naming a person:
    'Ambassador Hélène Marchetti', or a byline such as 'Remarks by Jane Roe at the Forum'."""
    for i, unit in enumerate(record.leftovers):
        byline = BYLINE.match(unit.text)
        text = _BYLINE_END.split(byline.group("who"))[0] if byline else unit.text
        named = name_line(text)
        if named and (named[0].honorific or named[0].is_full):
            return i, named, bool(byline)
    return None


def _is_post(text: str) -> bool:
    return looks_like_office(text) and len(text) <= 300


def tidy(panels: list[PanelDraft]) -> None:
    for panel in panels:
        panel.statements = join_short_lists(panel.statements)
        answer_questions(panel.statements)
