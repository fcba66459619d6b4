"""Headings that divide the record: the document's own label ('Minutes', 'Transcript'), panels
and sessions, the agenda, numbered agenda items and other headings. None of them is a remark."""

import re

from intake.readers.blocks import BlockKind

from .names import parse_name
from .units import Unit
from .words import BODY_WORDS, MEETING_WORDS

DOCUMENT_LABEL = re.compile(
    r"^(?:(?:draft|final|official|approved|unofficial|summary|verbatim|unapproved|"
    r"confirmed|full|edited|unedited|provisional)\s+)*"
    r"(?:minutes|transcript|transcription|record|summary|proceedings|remarks|notes|"
    r"statement|readout|summary record|verbatim record|meeting notes|meeting summary|"
    r"summary of (?:the )?(?:meeting|discussions?|proceedings)|record of (?:the )?"
    r"(?:meeting|proceedings|discussions?)|transcript of (?:the )?(?:proceedings|meeting))"
    r"(?:\s+(?:of|from|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:meeting|proceedings|session|hearing|sitting|(?:panel\s+)?discussions?|"
    r"briefing|call|teleconference|conference))?\s*:?$",
    re.IGNORECASE,
)
PANEL_HEADING = re.compile(
    r"^(?P<title>(?:panel|session|part|segment|round\s?table|workshop|sitting|breakout)\s+"
    r"(?:\d{1,3}[a-z]?|[ivx]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|[a-h])"
    r"|(?:morning|afternoon|evening|opening|closing|plenary|first|second|third|fourth|final|"
    r"high-level|special|general)\s+(?:session|panel|plenary|sitting|segment))"
    r"(?:\s*[:.\u2013\u2014-]\s*(?P<topic>\S.*)|\s*)$",
    re.IGNORECASE,
)
AGENDA_HEADING = re.compile(
    r"^(?:(?:draft|proposed|revised|provisional|annotated)\s+)?(?:agenda|order of business|"
    r"order of the day|items? for (?:discussion|decision))(?:\s+items?)?\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
META_LABEL = re.compile(
    r"^(?P<label>meeting\s+(?:name|title)|(?:name|title)\s+of\s+(?:the\s+)?meeting|"
    r"(?:meeting\s+)?(?:date\s*(?:and|&|/)\s*time|dates?|times?|when\s*/\s*where|when|"
    r"held|place|location|venue|"
    r"where|held at|"
    r"subject|re|topic|source|url|web ?page|address|room|dial-?in|conference line|"
    r"teleconference|call details)(?:\s+of\s+(?:the\s+)?meeting)?)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
NUMBERED = re.compile(
    r"^(?:(?:agenda\s+)?item\s+)?(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[ivxlc]{1,6}[.)]|"
    r"[A-H][.)])\s+(?=\S)",
    re.IGNORECASE,
)
# A time of day on its own ('2.47 pm', '(9:02 a.m.)'): the record's clock, procedural.
# A reporter's clock on its own line: '2.47 pm', '[09:00]', '10:21', '13.02 hrs', '(1435)'.
TIME_OF_DAY = re.compile(
    r"^(?:[(\[]?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h|hrs?|hours)|\d{1,2}[:.]\d{2})"
    r"[)\]]?|[(\[][012]\d[0-5]\d[)\]])$",
    re.IGNORECASE,
)
# A moment of the hearing in capitals with its clock time in brackets, as transcripts print
# them: '<THE WITNESS WITHDREW [10.21 AM]', 'ADJOURNED [10.29 AM]', 'SHORT ADJOURNMENT (11.15
# am)'. A record of the proceedings, not a heading.
TIMED_MOMENT = re.compile(
    r"^[<>]?(?P<words>[^a-z\d\[\]()]{3,100}?)\s*[\[(]\d{1,2}[.:]\d{2}\s*(?:[aApP]\.?\s?[mM]\.?)?[\])]$"
)
_SENTENCE_END = re.compile(r"[.!?\u2026]['\"\u201d\u2019)\]]*$")
# 'Washington, D.C.', 'Harbour View Association, Inc.': an abbreviation, not a sentence's end.
_INITIALISM_END = re.compile(
    r"\b(?:[A-Z]\.){2,}$|\b(?i:inc|ltd|co|corp|plc|llc|llp|bros|jr|sr|esq)\.$"
)
MAX_HEADING_WORDS = 14


def is_prose(text: str) -> bool:
    """A sentence or more of running text, not a heading or a line of a header."""
    words = text.split()
    if len(words) > 25:
        return True
    ends_a_sentence = bool(_SENTENCE_END.search(text)) and not _INITIALISM_END.search(text)
    return len(words) >= 2 and ends_a_sentence


def is_timed_moment(text: str) -> bool:
    """A moment of the proceedings in capitals with its time ('ADJOURNED [10.29 AM]')."""
    match = TIMED_MOMENT.match(text)
    return bool(match) and match.group("words").isupper()


# The record's own account of a step of the proceedings, printed between the turns as official
# reports print it: 'Amendment put.', 'Motion, as amended, agreed to.', 'Amendment declared
# carried.', 'Interjection.'
_QUESTION_PUT = re.compile(
    r"^(?:the\s+)?(?:question|amendment|motion|bill|clause|resolution)s?(?:\s+no\.?\s*\d+)?"
    r"(?:,\s*as amended,)?\s+(?:put|agreed to|negatived|withdrawn|by leave,? withdrawn|"
    r"declared (?:carried|lost|adopted|defeated))\b[^.!?]{0,60}\.?$|^interjections?\.?$",
    re.IGNORECASE,
)
# 'The Dáil divided by electronic means.', 'The committee recessed at 0927.', 'The members left
# at 7.15pm.', 'The forum closed with thanks to the organisers.'
_BODY_DID = re.compile(
    r"^the\s+(?P<who>[\w\u00c0-\u024f'\u2019-]+)\s+(?:divided|recessed|adjourned|rose|left|"
    r"withdrew|resumed|closed|suspended|reconvened|dispersed)\b(?:[^.!?]|\.(?=\d)){0,60}\.$",
    re.IGNORECASE,
)
_SPEAKING = re.compile(r"\bI\b|\b(?i:we|you|my|our|us|me)\b")
_ASSEMBLED = MEETING_WORDS | BODY_WORDS | {
    "house", "members", "witness", "witnesses", "delegates", "participants", "public",
    "chamber", "meeting", "audience", "tribunal", "court", "jury", "councillors", "senate",
}  # fmt: skip


def is_record_of_proceedings(text: str) -> bool:
    """A step of the proceedings told by the record, not by whoever spoke last ('Amendment
    put.', 'The committee recessed at 0927.'): a body, the meeting or its members as subject."""
    text = text.strip()
    if _QUESTION_PUT.match(text):
        return True
    if _SPEAKING.search(text):
        return False  # 'The committee recessed, I think, too early': someone's words
    did = _BODY_DID.match(text)
    if did is None:
        return False
    who = did.group("who")
    return who.casefold() in _ASSEMBLED or who[:1].isupper()


# What the meeting did with an item, told by the minutes in the passive: 'The accounts were
# received.', 'The report was noted.', 'Mrs Voss was reappointed.'
_OUTCOME = re.compile(
    r"^(?:the\s+)?[\w'\u2019 -]{2,40}?\s+(?:was|were)\s+(?:duly\s+)?(?:received|approved|adopted|"
    r"noted|agreed|accepted|elected|re-?elected|appointed|re-?appointed|carried|deferred)\b"
    r"[^.!?]{0,60}\.$",
    re.IGNORECASE,
)


# … or with the meeting as subject: 'Governors approved the revised budget.', 'The committee
# noted the report.'
_BODY_DECIDED = re.compile(
    r"^(?:the\s+)?(?P<who>[\w'\u2019-]+)\s+(?:unanimously\s+)?(?:approved|agreed|noted|resolved|"
    r"accepted|adopted|received|endorsed|decided)\b[^.!?]{0,100}\.$",
    re.IGNORECASE,
)


# Someone reported on in the third person by honorific and surname: 'Mrs Whitmore reported
# the results …', 'Dr Qureshi presented the budget …' (no speaker says it of themselves).
_REPORTED = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor|Revd|Rev)\.?\s+[A-Z][\w'\u2019-]+\s+"
    r"(?:reported|presented|explained|outlined|introduced|updated|informed|summari[sz]ed)\b"
)


# A motion as the minutes record it: 'Moved by Councillor Robichaud, seconded by Councillor
# O'Neill, that …', 'It was moved by … and seconded by …'.
_MOVED = re.compile(r"^(?:it\s+was\s+)?moved\s+by\b.{1,120}?\bseconded\s+by\b", re.IGNORECASE)


def is_minuted_outcome(text: str) -> bool:
    """An outcome the minutes record, in the passive ('The accounts were received.'), with
    the meeting as subject ('Governors approved the revised budget.'), a motion moved and
    seconded, or someone reported on by name ('Mrs Whitmore reported …')."""
    text = text.strip()
    if _MOVED.match(text) or _REPORTED.match(text):
        return True
    if _SPEAKING.search(text):
        return False
    decided = _BODY_DECIDED.match(text)
    if decided and decided.group("who").casefold() in _ASSEMBLED:
        return True
    return bool(_OUTCOME.match(text))


def is_bracketed(text: str) -> bool:
    """A stage direction or a report heading: '(Laughter.)', '[Recess]'."""
    pairs = {("(", ")"), ("[", "]")}
    return len(text) >= 2 and (text[0], text[-1]) in pairs and len(text) <= 300


# The lead of a signature or certification block: 'ATTEST: Dolores Figueroa, Town Clerk',
# 'Signed: …', 'Certified correct: …'. Not a statement, and no one's label.
SIGNATURE_LEAD = re.compile(
    r"^(?:attest(?:ed)?|signed|certified(?:\s+(?:correct|true))?|witnessed by|approved by)\s*:",
    re.IGNORECASE,
)


def is_document_label(text: str) -> bool:
    """'Minutes', 'Transcript of Proceedings', 'P R O C E E D I N G S'."""
    if re.fullmatch(r"(?:[A-Za-z] ){3,}[A-Za-z]", text.strip()):
        text = text.replace(" ", "")
    return len(text) <= 120 and bool(DOCUMENT_LABEL.match(text.strip()))


# A minute's number and heading run into its first paragraph: '19/042 Declarations of
# interest: Cllr Lang declared …', '4.2 Finance: The treasurer reported …'.
RUN_IN = re.compile(
    r"^(?P<number>\d{1,4}/\d{1,4}|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[A-Z][.)])\s+"
    r"(?P<heading>[A-Z][^:.!?]{2,70}?):\s+(?P<rest>\S.*)$",
    re.DOTALL,
)


def run_in(text: str) -> tuple[str, str, str] | None:
    """(number, heading, the rest) of a run-in numbered item, or None. A heading that is a
    person's name ('3. Ms. Lee: …') is a speaker label, not an item, unless it has no
    honorific and no sentence follows ('1. PRIMARY HEALTH CARE: Item 5.3 of the agenda')."""
    match = RUN_IN.match(text)
    if not match or len(match.group("heading").split()) > 8:
        return None
    named = parse_name(match.group("heading"))
    if match.group("number")[:1].isalpha():
        # 'M. Boudreau: …', 'J. Smith: …': a letter that is an honorific or an initial
        named = parse_name(f"{match.group('number')} {match.group('heading')}") or named
    said = _SENTENCE_END.search(match.group("rest").strip())
    if named is not None and named.name and (named.honorific or said):
        return None
    return match.group("number"), match.group("heading").strip(), match.group("rest").strip()


def panel_heading(text: str) -> tuple[str, str] | None:
    """(title, topic) for 'Panel 1', 'Session 2: Next steps', 'Morning session'."""
    match = PANEL_HEADING.match(text) if len(text) <= 500 else None
    if not match or len(match.group("title")) > 300:
        return None
    return match.group("title"), (match.group("topic") or "").strip()


def agenda_heading(text: str) -> str | None:
    """The items printed on the agenda line itself ('' when they follow it), else None."""
    match = AGENDA_HEADING.match(text) if len(text) <= 2000 else None
    return match.group("rest").strip() if match else None


VOTE_OUTCOME = re.compile(
    r"^(?:(?:the\s+)?motion\s+(?:was\s+)?)?(?:carried|defeated|lost|passed|failed|adopted|"
    r"approved|agreed|withdrawn)(?:\s+(?:unanimously|by\s+consensus|nem\.?\s*con\.?))?"
    r"(?:\s*\(?\d{1,3}\s*[-\u2013\u2014:]\s*\d{1,3}(?:\s*[-\u2013\u2014:]\s*\d{1,3})?\)?)?\.?$",
    re.IGNORECASE,
)


# Lines the record keeps in its own voice: decisions, actions, resolutions.
RECORD_LINE = re.compile(
    r"^(?:\[new\]\s*)?(?:resolution|resolved|further resolved|action(?: item)?|decision|"
    r"agreed|motion|outcome|noted"
    # a motion in shorthand, moved/seconded/carried with the movers: 'MSC (Lee/Ortiz): …'
    r"|m/s(?:/[cpf])?|ms[cp])\b(?:\s*\([^()]{1,60}\))?\s*[:\u2013\u2014-]",
    re.IGNORECASE,
)
# What the record says of the proceedings themselves, whoever was speaking.
PROCEDURAL = re.compile(
    r"^(?:(?:the\s+)?(?:meeting|sitting|session|house|council|committee|board|hearing)\s+"
    r"(?:was\s+(?:called\s+to\s+order|suspended|adjourned|resumed|closed)|rose|adjourned|"
    r"resumed|concluded|closed)\b.{0,80}|it\s+was\s+so\s+(?:decided|ordered|agreed)\.?|"
    r"time\s+expired\.?|(?:[\w-]+\s+){0,2}members?\s+interjecting\.?|"
    r"(?:[\w-]+\s+){0,2}members?\s*[\u2013\u2014-]\s*hear,?\s+hear[.!]?|"
    r"question\s+(?:put|agreed\s+to|negatived|accordingly\s+\w+)\b.{0,60}|"
    r"the\s+(?:house|committee|council|assembly)\s+divided\b.{0,80}|"
    r"(?:interruptions?|laughter|applause)\.?|(?:\.\.\.|\u2026)\s*\(interruptions?\)|"
    # The House's own noises, under a collective label: 'Hear, hear!', 'Oh, oh!'
    r"(?:hear,?\s+hear|oh,?\s+oh)[.!]*|"
    # Stage directions printed without brackets, as official reports set them in italics.
    r"(?:members|the committee|the house) indicated (?:agreement|disagreement|dissent)\.?|"
    r"(?:meeting|sitting|proceedings|committee)\s+(?:suspended|continued in private)\b.{0,60}|"
    r"on resuming\W*|(?:the )?(?:meeting|sitting|proceedings) (?:was |were )?suspended\b.{0,60})$",
    re.IGNORECASE,
)
# 'Topic: Test suite status', 'Agenda item: Budget': a section of the record.
TOPIC = re.compile(r"^(?:topic|agenda item|item|subject)\s*:\s*(?P<title>\S.{0,280})$", re.I)


def looks_like_heading(unit: Unit) -> bool:
    """Printed as a heading: a heading block, a bold line, capitals, or a numbered item title;
    short, and not a sentence."""
    text = unit.text
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or len(text) > 150:
        return False
    if VOTE_OUTCOME.match(text) or TIME_OF_DAY.match(text) or is_timed_moment(text):
        return False  # 'CARRIED UNANIMOUSLY' records a decision; it heads nothing
    if unit.kind is BlockKind.HEADING:
        return True
    if _SENTENCE_END.search(text) and not NUMBERED.match(text):
        return False
    if re.search(r"(?:[;,]|\s(?:and|or))$", text.rstrip()):
        return False  # '1. the pass mark to be 50 per cent;', '2. … per module; and': a list
    if text.endswith(":") and unit.kind is not BlockKind.HEADING and not unit.bold:
        return False
    if unit.bold and unit.first and not unit.bold_lead[:-1].endswith(":"):
        return True
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    return bool(NUMBERED.match(text)) and len(words) >= 2 and not _SENTENCE_END.search(text)
