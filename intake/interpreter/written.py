"""Written statements printed in the record and attributed to a person: a prepared statement
after '[The prepared statement of Mr. X follows:]' or under 'PREPARED STATEMENT OF HON. X, …',
an attachment headed with its author ('Attachment 1: Report from the President [Rowan
Achebe]'), and questions for the record ('Question Submitted by Hon. X' / 'Response from Hon.
Y', then 'Question.' and 'Answer.')."""

import re

from .names import ParsedName, parse_name
from .record import StatementDraft
from .units import Unit

# '[The prepared statement of Mr. Okeke follows:]', '[… appears at the end of the hearing.]'
NOTICE = re.compile(
    r"^\[(?:the\s+)?(?:prepared|written|opening)\s+statements?\s+of\s+(?P<who>.+?)\s+"
    r"(?P<verb>follows?|appears?|is|was)\b[^\]]*\]$",
    re.IGNORECASE,
)
# 'PREPARED STATEMENT OF HON. SANDRA KETTERLING, ADMINISTRATOR, …'
STATEMENT_HEADING = re.compile(
    r"^(?:(?:prepared|written|opening|submitted)\s+)?statement\s+(?:of|by|from)\s+(?P<who>[^,]+)",
    re.IGNORECASE,
)
# 'Attachment 1: Report from the President [Rowan Achebe]', 'Annex B: Treasurer's report (by
# Jo Bell)'.
ATTACHMENT = re.compile(
    r"^(?:attachment|appendix|annex|enclosure|exhibit)\s+[\w.]{1,4}\s*[:.\u2013\u2014-]\s*.*?"
    r"(?:\[(?P<bracketed>[^\]]+)\]|\((?:by\s+)?(?P<parenthesised>[^)]+)\))\s*$",
    re.IGNORECASE,
)
# A line of a heading in capitals, no sentence: 'OFFICER, VERITONE TELECOM'.
_HEADING_CAPITALS = re.compile(r"^(?=[^a-z]*$)[A-Z][A-Z0-9 ,.&'\u2019()/-]{2,120}(?<![.!?:])$")
QUESTIONER = re.compile(
    r"^questions?\s+(?:submitted|asked|for the record)\s+(?:by|from)\s+(?P<who>[^,]+)", re.I
)
RESPONDENT = re.compile(
    r"^(?:response|responses|answers?|reply)\s+(?:from|by)\s+(?P<who>[^,]+)", re.I
)


def _named(text: str) -> ParsedName | None:
    """The person a notice or heading names, as printed ('Mr. Okeke', 'HON. SANDRA KETTERLING')."""
    first = text.split("/")[0].strip()
    parsed = parse_name(first)
    return parsed if parsed and parsed.name else None


def author_of(unit: Unit) -> tuple[ParsedName, bool] | None:
    """(author, the unit is itself a statement) when the unit heads or announces a person's
    written statement; a notice is a procedural statement, a heading is none."""
    notice = NOTICE.match(unit.text)
    if notice:
        named = _named(notice.group("who"))
        return (named, True) if named and notice.group("verb").startswith("follow") else None
    for pattern in (STATEMENT_HEADING, ATTACHMENT):
        match = pattern.match(unit.text)
        if match and len(unit.text) <= 300:
            who = next(value for value in match.groupdict().values() if value)
            named = _named(who)
            if named:
                return named, False
    return None


class WrittenReading:
    """The reader's rules for written statements (a mixin of `turns.Reader`)."""

    def written_statement(self, unit: Unit) -> bool:
        """A notice or heading of someone's written statement: their voice follows it."""
        heading_goes_on = getattr(self, "statement_heading_open", False)
        self.statement_heading_open = False
        if heading_goes_on and _HEADING_CAPITALS.match(unit.text):
            # 'PREPARED STATEMENT OF DANIEL HALLORAN, CHIEF TECHNOLOGY' / 'OFFICER, VERITONE
            # TELECOM': the heading wrapped onto a second line.
            self.record.not_copied.append(unit)
            self.statement_heading_open = True
            return True
        if NOTICE.match(unit.text) and not author_of(unit):
            return False  # '… appears at the end': the statement is elsewhere; a stage note
        found = author_of(unit)
        if found is None:
            return self.questions_for_the_record(unit)
        named, is_notice = found
        person = self.record.registry.find(named) or self.record.registry.add(named, unit.place)
        if is_notice:
            self.record.panel.statements.append(StatementDraft(unit.text, None, "procedural", unit))
        else:
            self.record.not_copied.append(unit)  # the statement's heading is no statement
            self.statement_heading_open = bool(_HEADING_CAPITALS.match(unit.text))
        self.begin_body(self.voice_for(person))
        return True

    def questions_for_the_record(self, unit: Unit) -> bool:
        """'Question Submitted by Hon. X' and 'Response from Hon. Y' name who asks and answers
        the 'Question.' and 'Answer.' paragraphs under them."""
        for pattern, role in ((QUESTIONER, "question"), (RESPONDENT, "answer")):
            match = pattern.match(unit.text)
            named = _named(match.group("who")) if match else None
            if named:
                person = self.record.registry.find(named) or self.record.registry.add(named)
                self.for_the_record[role] = person
                self.record.not_copied.append(unit)
                return True
        return False
