"""Examination of a witness in a court-style transcript: who asks the 'Q.' lines and who answers
the 'A.' lines.

Tribunal, deposition and inquiry transcripts print the questions and answers of an examination
as 'Q.' and 'A.' turns with no names. The names are printed above them: the witness when sworn
('PRIYA SUBRAMANIAM, AFFIRMED', 'JOHN DOE, having been duly sworn, testified as follows:') and
the examiner in the heading of each examination ('EXAMINATION-IN-CHIEF BY MS ABARA',
'CROSS-EXAMINATION BY MR. DUNNE', or a deposition's 'BY MR. SMITH:').
"""

import re

from .names import ParsedName, parse_name
from .record import StatementDraft
from .speakers import Voice
from .units import Unit

_OPENING_MARK = r"^[<>\[(]?\s*"
# 'EXAMINATION-IN-CHIEF BY MS ABARA', 'CROSS-EXAMINATION BY MR DUNNE', 'DIRECT EXAMINATION BY
# MR. LEE:', 'FURTHER RE-EXAMINATION BY …', 'Examination by Counsel, Ms Ito', the participle
# English inquiries print ('Cross-examined by MR DUNNE', 'Re-examined by Ms Ito'); and a
# deposition's 'BY MR. SMITH:' alone on its line.
EXAMINER = re.compile(
    _OPENING_MARK + r"(?:(?:(?:further|direct|redirect|recross|re|cross|continued)[- ]+)*"
    r"(?:examination(?:[- ]in[- ]chief)?|examined)(?:\s+\(continued\))?\s+)?by\s+"
    r"(?:counsel,?\s+)?(?P<who>[^:()\[\]]{2,60}?)\s*:?\s*(?:[\[(][^\])]*[\])])?\s*$",
    re.IGNORECASE,
)
# 'PRIYA SUBRAMANIAM, AFFIRMED [10.04 AM]', 'JOHN DOE, SWORN', 'JANE ROE, called as a witness,
# having been duly sworn, testified as follows:', 'DR. ALAN WEST, recalled'.
WITNESS = re.compile(
    _OPENING_MARK + r"(?P<who>[^,:()\[\]]{3,60}),\s+(?:(?:a witness\s+)?called(?:\s+as\s+a\s+"
    r"witness)?[, ]*)?(?:having\s+(?:been\s+)?(?:first\s+)?)?(?:duly\s+)?"
    r"(?P<how>sworn|affirmed|recalled|re-?sworn|called)"
    r"(?=\s*$|\s*[,.;:\[(]|\s+(?:and|testified|examined|was)\b)",
    re.IGNORECASE,
)
# An examination's heading without the examiner: 'DIRECT EXAMINATION', 'CROSS-EXAMINATION
# (continued)', 'REDIRECT EXAMINATION', 'EXAMINATION-IN-CHIEF'.
EXAMINATION_HEADING = re.compile(
    _OPENING_MARK + r"(?:(?:further|direct|redirect|recross|re|cross|voir dire)[- ]+)*"
    r"examination(?:[- ]in[- ]chief)?(?:\s+\(continued\))?\s*:?$",
    re.IGNORECASE,
)
# 'Q. When did you …', 'A. On 3 January.' (the colon forms are labels, read by `labels`).
TURN = re.compile(r"^(?P<mark>[QA])\.\s+(?P<rest>\S.*)$", re.DOTALL)
KIND = {"Q": "question", "A": "answer"}


def _person(who: str) -> ParsedName | None:
    parsed = parse_name(who.strip())
    return parsed if parsed and parsed.name else None


def examiner_named(text: str) -> ParsedName | None:
    """The examiner an examination's heading names ('CROSS-EXAMINATION BY MR DUNNE')."""
    match = EXAMINER.match(text)
    if not match or (not re.search(r"examin", text, re.I) and not text.rstrip().endswith(":")):
        return None  # a bare 'By Mr. Smith' is the deposition's only when it opens the turns
    return _person(match.group("who"))


def witness_named(text: str) -> ParsedName | None:
    """The witness a swearing-in line names ('PRIYA SUBRAMANIAM, AFFIRMED')."""
    match = WITNESS.match(text)
    return _person(match.group("who")) if match else None


class ExaminationReading:
    """The reader's rules for examinations (a mixin of `turns.Reader`): the swearing-in and the
    examination's heading say who the 'Q.' and 'A.' turns are."""

    def examination_names(self, unit: Unit) -> None:
        """Remember the examiner or the witness a line names; the line itself is read as usual
        (a heading stays a heading, the swearing-in a procedural line)."""
        registry = self.record.registry
        examiner = examiner_named(unit.text)
        if examiner is not None:
            self.for_the_record["question"] = registry.find(examiner) or registry.add(examiner)
            return
        witness = witness_named(unit.text)
        if witness is not None:
            person = registry.find(witness) or registry.add(witness, unit.place)
            registry.give_role(person, "Witness")
            self.for_the_record["answer"] = person

    def examination_turn(self, unit: Unit) -> bool:
        """'Q. …' asked by the examiner, 'A. …' answered by the witness, once both are named."""
        match = TURN.match(unit.text)
        if match is None or not {"question", "answer"} <= self.for_the_record.keys():
            return False
        kind = KIND[match.group("mark")]
        person = self.for_the_record[kind]
        self.record.panel.place_for(person)
        self.begin_body(Voice(person, kind))  # a paragraph under it goes on with the turn
        self.record.panel.statements.append(StatementDraft(match.group("rest"), person, kind, unit))
        return True

    def examination_line(self, unit: Unit) -> bool:
        """The swearing-in is the record's procedure, no one's words (in bold, a heading, and no
        statement), and ends the turn before it; an examination's heading ('DIRECT
        EXAMINATION', a deposition's 'BY MR. SMITH:') only says who asks next, and is neither a
        statement nor a speaker."""
        text = unit.text
        if witness_named(text) is not None:
            if unit.bold_lead:
                self.record.not_copied.append(unit)  # 'MR ANDREW PELHAM, sworn' as a heading
            else:
                self.record.panel.statements.append(StatementDraft(text, None, "procedural", unit))
            self.begin_body(None)
            return True
        if EXAMINATION_HEADING.match(text) or examiner_named(text) is not None:
            self.record.not_copied.append(unit)
            self.begin_body(None)
            return True
        return False
