"""The kind of each statement once all are read: what conducts or records the business is
procedural, a question put to someone else and the reply to it are question and answer.

The cues are words — the conduct of a meeting is said in a small, stable vocabulary across
bodies ('called to order', 'adjourned', 'Ayes: …', 'Is there a motion?') — and structure: who
chairs (the holder of a chair's office, else whoever opens the proceedings), and whether the
next turn is someone else's.
"""

import re
from itertools import pairwise

from .motions import ACTION_ASSIGNED, worded_motion
from .people import PersonDraft, same_role
from .record import Record, StatementDraft
from .sections import PROCEDURAL, RECORD_LINE, VOTE_OUTCOME
from .words import INTRODUCES

# The record's account of the proceedings themselves, whoever is reported or speaking.
CONDUCT = re.compile(
    r"\bcall(?:s|ed)?\s+(?:(?:this|the)\s+(?:\w+\s+){0,3})?(?:meeting|hearing|session)?\s*to\s+order"
    r"|\b(?:adjourn(?:s|ed|ment)?|recessed|in recess|suspended|on resuming|reconvened)\b"
    r"|\b(?:a|the)\s+(?:short\s+|brief\s+)?recess\b"
    r"|\b(?:meeting|hearing|session|sitting|workshop|proceedings)\s+(?:was\s+|is\s+|then\s+)?"
    r"(?:closed|concluded|ended)\b|\bclosed\s+the\s+(?:meeting|hearing|session|workshop)\b"
    r"|\btook\s+the\s+chair\b|\bpresided\b|\bquorum\b|\bdeclared?\s+(?:\w+\s+){0,4}"
    r"(?:open|closed|passed|carried|adopted|lost)\b|\bi declare\b|\bmet at\b"
    r"|\bagenda\b[^.]{0,40}\b(?:was|is)\s+(?:adopted|approved|agreed)"
    r"|\bnotice convening\b|\broll call\b|\bpoll (?:has |was )?closed\b"
    r"|\b(?:motion|resolution|amendment)s?\s+(?:is\s+|was\s+)?(?:carried|carries|passed|passes|"
    r"defeated|fails|failed|lost|adopted)\b|\bmembers indicated agreement\b|\binterruptions\b"
    r"|\bi beg to move\b|\bopened the floor\b"
    # The body going into or out of a closed session, the meeting's close: 'At 4:10 p.m. the
    # Board went into executive session', 'The meeting came to a close at 2.15 p.m.'
    r"|\b(?:went|go|going|moved|returned|retired)\s+(?:in)?to\s+(?:executive|closed|open|"
    r"public|private|in[- ]camera)\s+session\b|\bcame\s+to\s+a\s+close\b"
    # A club's president opening with the bell: 'The President rang the bell at 19:05, …'
    r"|\brang\s+the\s+bell\b"
    # The clock of the proceedings: 'The meeting opened with prayer at 11.35am.', 'Mrs.
    # Szymanski opened the hearing at 7:00 PM.', 'The public part of the meeting rose at 4.50'.
    r"|\b(?:opened|rose|began|ended|concluded|reconvened|resumed)\b[^.]{0,40}?\bat\s+\d{1,2}\b"
    # A summary record's account of the chair's conduct ('The Chair invited the Committee …').
    r"|\bthe (?:acting )?(?:chair|president|chairman|chairperson|chairwoman|convener|speaker)\b"
    r"[^.]{0,20}\b(?:invited|announced|declared|drew (?:the )?attention|took it|said that the "
    r"(?:committee|council|assembly|board|meeting|house|commission))",
    re.IGNORECASE,
)
# The proceedings opened, closed or suspended in the saying of it, whoever says it: 'This meeting
# is called to order.', 'The hearing is adjourned.', 'The House stands adjourned until …', 'I
# declare the sitting open.', 'The debate is closed.'
PERFORMED = re.compile(
    r"\b(?:meeting|hearing|session|sitting|debate|house|assembly|committee|board|council|"
    r"commission|workshop|webinar|proceedings|public (?:comment|hearing|forum))\b"
    r"(?:\s+(?:of|on|for|in)\b(?:\s+[\w'\u2019-]+){1,7}?)?\s+(?:is|are|stands?|has)\s+"
    r"(?:now\s+|hereby\s+)?"
    r"(?:called\s+to\s+order|adjourned|closed|suspended|in\s+recess|recessed|reconvened|"
    r"resumed|open(?:ed)?|in\s+session|ended|over)\b"
    r"|\b(?:meeting|hearing|session|sitting|committee|subcommittee|board|council|commission)\b"
    r"(?:\s+(?:of|on|for|in)\b(?:\s+[\w'\u2019,-]+){1,9}?)?\s+(?:will|shall)\s+(?:now\s+)?"
    r"(?:come|be\s+called)\s+to\s+order\b"
    r"|\bi\s+(?:hereby\s+|now\s+)?(?:declare|call)\b[^.!?]{0,60}?\b(?:open|closed|adjourned|"
    r"to\s+order)\b",
    re.IGNORECASE,
)
# A vote and its tally: 'Ayes: …', 'In favour: …', 'Vote: …', 'Aye.', 'For 4, against 0'.
VOTE = re.compile(
    r"^(?:(?:ayes?|noes?|nays?|yes|no|yeas?|in favou?r|opposed|against|abstain\w*|abstentions?|"
    r"vote|votes|roll call|recused|absent)\s*(?:\((?!\d)[^()]{1,30}\)\s*)?"
    r"(?:[:\u2013\u2014-]|\(\d+\))"
    # 'Carried, 4 for, 1 abstention.', 'Passed unanimously.', 'Defeated 3-5.'
    r"|(?:carried|passed|defeated|lost|failed)(?:\s+unanimously)?"
    r"(?:\s*[,;:(\u2013\u2014-]?\s*(?:\d|unanim|nem\b|with\b|by\b)|\s*[.!]?$)"
    # a member's answer to the roll: 'Aye.', 'Here.', 'Present.'
    r"|(?:aye|nay|yes|no|yea|abstain|here|present)\.?$|(?:the\s+)?(?:motion|resolution)\s+(?:was\s+)?"
    r"(?:carried|passed|defeated|failed|lost)\b)",
    re.IGNORECASE,
)
# Records of the business in a few words: 'Approved by General Consent.', 'Minutes of SC4
# approved.', 'Order adopted, four-nothing.', 'Councillor Pruitt opposed.', 'The Rev. Munro
# abstained, being a trustee …', '@Marten: ask the PMC …' (an action recorded for someone).
RECORDED = re.compile(
    r"^(?:(?i:(?:approved|adopted|agreed|carried)\s+(?:by\s+(?:general|unanimous)\s+consent|"
    r"unanimously|by\s+acclamation|nem\.?\s*con\.?))\.?$"
    # A decision in a word or two: 'Noted.', 'Closed item.', 'Deferred to June.'
    r"|(?i:(?:noted|received|deferred|withdrawn|closed\s+item|item\s+closed)"
    r"(?:\s+(?:to|until)\s+[\w ]{1,20})?\.?)$"
    # Ballot results: 'Results: Boudreaux 71, Oyelaran 58, Kask 41.'
    r"|(?i:(?:results?|ballot|election results?)\s*:\s*)"
    r"(?:[A-Z][\w'\u2019-]+\s+\d{1,5}[,;.]?\s*){2,}$"
    r"|(?!(?i:the|a|an|moved|seconded|proposed)\b)(?![^()]*\bthat\b)"
    r"[^.!?]{2,80}?\s(?:approved|adopted|carried)"
    r"(?:\s+(?:as\s+\w+|unanimously|without\s+\w+))?(?:\s*\([^()]*\))?"
    # and its tally: 'Order adopted, four-nothing.', '… carried, 5-0.', '… three to one.'
    r"(?:,\s*(?:\d+\s*[-\u2013]\s*\d+|[a-z]+(?:-|\s+to\s+)[a-z]+))?\.$"
    r"|(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:opposed|abstained|dissented|"
    r"voted\s+(?:against|in\s+favou?r))\b[^.]{0,80}\.$"
    r"|@[\w.-]+\s*(?::|\bto\b))",
)
# The minutes of an earlier meeting approved, tersely: 'Minutes of 19 March approved as a
# correct record.', '1. Minutes of last meeting - agreed.', 'February minutes approved as
# posted (moved by …)'. (A full sentence, 'The minutes of … were approved', is the minutes'
# narrative.)
MINUTES_RECORDED = re.compile(
    r"^(?:\d{1,3}[.)]\s+)?(?!the\b)(?:[\w-]+\s+)?minutes\b[^.!?]{0,80}?\s*(?:[\u2013\u2014-]\s*)?"
    r"(?:approved|agreed|adopted|confirmed|accepted)(?:\s+(?:as\s+(?:an?\s+)?[\w-]+"
    r"(?:\s+record)?|by\s+(?:general\s+|unanimous\s+)?consent|unanimously|without\s+\w+))?"
    r"(?:\s*\([^()]*\))?\.?$",
    re.IGNORECASE,
)
# What a chair says to conduct the business rather than to discuss it.
CHAIRING = re.compile(
    r"\bwelcome\b|\b(?:next|first|last|final)\s+(?:item|question|speaker|presenter|witness|"
    r"panel|panellist|panelist|delegation|deputation|guest|caller|hand)s?\b|\bitem\s+\d|"
    # Putting the question and taking the floor's hands: 'Motion and a second. All in favor say
    # aye.', 'Please proceed.', 'No more hands.', 'Anybody signed up for public comment?'
    r"\b(?:all|those)\s+in\s+favou?r\b|\bsay\s+aye\b|\bmotion and a second\b|"
    r"\bdo (?:i|we) have a (?:motion|second)\b|\bplease (?:proceed|go ahead|begin|continue)\b|"
    r"\b(?:more|other|further) hands\b|\bhands? up\b|\bsigned up\b|\bstate your name\b|"
    r"\bso noted\b|\breceived for information\b|"
    # Thanking the witnesses or presenters as their session ends: 'Thank you both.' (alone), 'Thank
    # you to both our presenters.', 'We'll let you go now.', 'We'll send you a transcript …'
    r"\bthank you(?:,)? (?:both[.!]?$|to (?:both|all|each) (?:of )?our\b)|\blet you go\b|"
    r"\bsend you (?:a|the) transcript\b|\bwe(?:'ll|\u2019ll| will) come back to\b|"
    r"\bnext (?:call|meeting) (?:is|will be|on)?\b|"
    # A president speaking for their own country, then presiding again.
    r"\bin my (?:national )?capacity as\b|\bresume my functions\b|"
    r"\bsame time(?:\s+(?:next|in|on)\b|[.!])|\bunanimous consent\b|"
    r"\bi have \d+ (?:in favou?r|for|ayes?)\b|"
    r"\bagenda item\b|\bmove (?:on )?to\b|\bi (?:now )?(?:call|recognize|recognise|invite)\b|"
    r"\b(?:the )?floor\b|\bone (?:last|more|final) question\b|"
    # Introducing the witnesses or the session: 'Our witnesses this morning are …', 'Item 2 is
    # our second evidence session …'.
    r"\bour (?:witness(?:es)?|panel(?:lists|ists)?|guests?|presenters?|speakers?) "
    r"(?:today|this (?:morning|afternoon|evening)|tonight|are|is)\b|^item \d+ is\b|"
    r"\bis there a (?:motion|second(?:er)?)\b|"
    r"\b(?:any|further) (?:questions|comments)\b|\btime (?:is up|has expired|expired)\b|"
    r"\bbriefly\b|\border[.!]|^order\b|"
    r"\bthat concludes\b|\bwe (?:will|'ll|shall) (?:now )?(?:take|hear|"
    r"move|turn|go|let)\b|\bwe (?:now|will now) (?:turn|move|go|come|proceed)\b|\bhearing none\b|"
    r"\b(?:it is )?so recorded\b|\bover to you\b|\bthank you(?:,)? (?:all|everyone|everybody)\b|"
    r"\braise (?:your|a) hand\b|\brecording\b|\bplease (?:stay|be|sit)\b|\bmuted\b|"
    r"\bwould you (?:like to|take us)\b|\bdo you want to\b|\bgood (?:morning|afternoon|evening)\b|"
    r"\blet'?s (?:make a )?(?:start|begin)\b|\bthank you (?:all )?for (?:joining|coming)\b|"
    r"\bthis is (?:a|the|our) (?:public hearing|\w+ meeting|meeting|hearing)\b|"
    # Giving the floor, ruling and timing: 'Without objection, so ordered.', 'Ms. Redhawk,
    # you may begin.', 'The gentleman from Texas, Mr. Morales.', 'We are out of time.'
    r"\bwithout objection\b|\bso ordered\b|"
    r"\byou may (?:now )?(?:begin|proceed|start|continue|call|step down|respond|reply)\b|"
    r"\bthe (?:gentle(?:man|woman|lady)|hon(?:ou?rable)?\.? (?:member|lady|gentleman)|member|"
    r"senator) (?:from|for)\b|\b(?:out of|no more) time\b|\btime for (?:one|a few) more\b|"
    r"\bthe debate is (?:closed|adjourned)\b|\bwe (?:will|shall) (?:now )?suspend\b|"
    # Inviting speakers and interventions: 'Is there anyone else who wishes to speak?', 'Do
    # you accept the blue-card question?'
    r"\banyone (?:else|from the (?:public|floor))\b|\bwish(?:es)? to speak\b|\bblue[- ]card\b|"
    r"\bdo you (?:accept|take)\b",
    re.IGNORECASE,
)
# A question put to someone by name or title: 'Professor Kline, is that on track?'
_PUT_TO = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][\w.'\u2019-]*\s){0,2}[A-Z][\w'\u2019-]+,\s[^.!?]*\?")
# A chair's thanks, then the name of whoever speaks next: 'Thank you. Mr. Lindqvist.'
NEXT_SPEAKER = re.compile(
    r"^(?:thank you|thanks)[^.!?]{0,30}[.!]\s+(?:(?:mr|mrs|ms|dr|senator|professor|deputy|"
    r"councillor|cllr|sir|dame)\.?\s+)?(?:[A-Z][\w'\u2019-]+\s?){1,3}\.$",
    re.IGNORECASE,
)
# A turn that adds to the answer just given, by another who answers too.
ADDS = re.compile(
    r"^(?:if i (?:may|might|could|can) (?:just )?add\b|"
    r"i (?:would|could|will|'d|might|just want to|want to) (?:just )?add "
    r"(?:that|to (?:that|this|what))\b|"
    r"(?:just )?to add to (?:that|this|what)\b|adding to (?:that|this|what)\b|and if\b)",
    re.IGNORECASE,
)
# A question relayed from the chat or the floor: 'Our first question from the chat, from
# Mereana: …', 'Next question, from Jo Bell: …', 'Gus asks why …', 'Jo wants to know whether …'.
RELAYED = re.compile(
    r"^(?=[^.]*[:?])(?i:(?:(?:our|the|a|and)\s+)?"
    r"(?:(?:next|first|second|third|last|final|another)\s+)?"
    r"question,?\s+(?:is\s+|comes\s+)?(?:from|in|on)\b)"
    r"|^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:asks|is asking|wants to know|wonders)\s+"
    r"(?:whether|why|what|how|when|where|who|if|about)\b",
)
# A brief question about the matter, not the business: 'What surprised you most?', 'Why was it
# late?', 'How much will it cost?' ('What is the pleasure of the board?' conducts: see below).
_ASKS_ABOUT = re.compile(
    r"^(?:and\s+)?(?:why|how|what|which|when|where)\b(?!.*\b(?:pleasure|wish|motion|second|"
    r"next|order|vote|item|agenda|business)\b)",
    re.IGNORECASE,
)


def _last_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip())[-1]


# A name called with a question mark: a roll call ('Commissioner Haskell?', 'Chairman Boyd?').
ROLL_CALLED = re.compile(r"^(?:[A-Z][\w.'\u2019-]*\s){1,3}[A-Z][\w'\u2019-]+\?$")
# A chair's turn ending on the name of whoever speaks next: '… official opposition. MPP
# Beaulieu.', 'To the government side. MPP Sandhu.'
NAME_LAST = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][\w.'\u2019-]*\s){1,3}[A-Z][\w'\u2019-]+\.$")
# The chair calling an office to reply, in a few capitalised words: 'Chairperson, Health
# Services.', 'Minister for Transport.', 'Leader of the Opposition.'
OFFICE_CALLED = re.compile(
    r"^(?:(?:the|of|for|and|&)\s+|[A-Z][\w'\u2019-]*,?\s+){0,5}[A-Z][\w'\u2019-]*\.$"
)
CHAIR_ROLES = {"chair", "moderator", "speaker", "convener", "convenor", "president", "presiding"}
SHORT = 45  # words: a chair's procedural turn is brief
BRIEF_QUESTION = 8  # words: a chair's question that only conducts ('Is there a motion?')


def classify(record: Record) -> None:
    """Set the kind of every statement that the reading left as a remark or narrative."""
    statements = [s for panel in record.panels for s in panel.statements]
    chairs = _chairs(record, statements)
    opening = next((s for s in statements if _by_the_chair(s, chairs)), None)
    first = next((s for s in statements if s.speaker is not None), None)
    for statement in statements:
        if statement is opening and statement.kind == "remark" and CHAIRING.search(statement.text):
            statement.kind = "procedural"  # the chair opens the meeting, however long
        elif statement.kind == "remark" and _performs(statement, first):
            statement.kind = "procedural"  # an officer calls it to order or adjourns it
        elif statement.kind in ("remark", "narrative") and _conducts(statement, chairs):
            statement.kind = "procedural"
        elif statement.kind == "question" and _chairs_without_asking(statement, chairs):
            statement.kind = "procedural"  # a numbered question's turn that only thanks
    _questions_and_answers(statements, chairs)
    for before, after in pairwise(statements):
        goes_on = after.speaker is not None and after.speaker is before.speaker
        if before.kind == "answer" and after.kind == "remark" and goes_on:
            after.kind = "answer"  # every paragraph of the reply answers


def _performs(statement: StatementDraft, first: StatementDraft | None) -> bool:
    """A turn that opens or closes the proceedings in the saying ('This hearing is called to
    order.'): brief, or the first turn of all, however long."""
    short = len(statement.text.split()) <= SHORT
    return bool((short or statement is first) and PERFORMED.search(statement.text))


def _chairs(record: Record, statements: list[StatementDraft]) -> list[PersonDraft]:
    """Who chairs: the holders of a chair's office (co-chairs, a chair and whoever takes the
    chair from them), else whoever speaks first."""
    people = record.registry.people
    holders = [p for p in people if {office_of_role(r) for r in p.roles} & CHAIR_ROLES]
    if holders:
        return holders
    first = next((s for s in statements if s.speaker is not None or _presiding_label(s)), None)
    if first is None or first.speaker is None or not _opens(first):
        # The first voice asks or reports (a member in a fragment), or is a presiding office
        # naming no one ('The President:', 'THE COURT:'): the first named speaker is no chair.
        return []
    return [first.speaker]


def _presiding_label(statement: StatementDraft) -> bool:
    return bool(statement.role) and office_of_role(statement.role) in CHAIR_ROLES | {"court"}


def _opens(statement: StatementDraft) -> bool:
    """The first turn opens the proceedings: it conducts them, or puts no question."""
    text = statement.text
    return bool(
        statement.kind == "procedural"
        or CHAIRING.search(text)
        or CONDUCT.search(text)
        or not _asks(text)
    )


def office_of_role(role: str) -> str:
    """The office of a role printed with its organisation: 'Chair (Scripps Institute)'."""
    return same_role(re.sub(r"\s*\([^()]*\)\s*$", "", role) or role)


def _by_the_chair(statement: StatementDraft, chairs: list[PersonDraft]) -> bool:
    """Said by a chair, or under a presiding office's label that names no one ('MODERATOR:')."""
    if statement.speaker is None:
        return same_role(statement.role) in CHAIR_ROLES if statement.role else False
    return any(statement.speaker is chair for chair in chairs)


def _conducts(statement: StatementDraft, chairs: list[PersonDraft]) -> bool:
    text = statement.text.strip()
    if statement.speaker is None and worded_motion(text):
        return False  # the motion's wording is the minutes' narrative, with its outcome too
    if VOTE.match(text) or VOTE_OUTCOME.match(text) or RECORDED.match(text):
        return True
    if statement.speaker is None and ACTION_ASSIGNED.match(text):
        return True  # 'IT to review the annex before the December call.': an action record
    if ROLL_CALLED.match(text) or (statement.speaker is None and PROCEDURAL.match(text)):
        return True
    if statement.speaker is None and MINUTES_RECORDED.match(text):
        return True
    short = len(text.split()) <= SHORT
    chaired = _by_the_chair(statement, chairs)
    if (statement.speaker is None or chaired) and short and CONDUCT.search(text):
        return True
    if chaired and short and not RELAYED.match(text):
        # 'Is there a motion?', 'Are members agreed?'; 'Professor Kline, is that on track?'
        # asks a witness: a question, not the conduct of the business.
        brief = (
            text.endswith("?")
            and len(text.split()) <= BRIEF_QUESTION
            and not _ASKS_ABOUT.match(_last_sentence(text))
        )
        calls_next = bool(
            NEXT_SPEAKER.match(text) or NAME_LAST.search(text) or OFFICE_CALLED.match(text)
        )
        return bool(CHAIRING.search(text) or calls_next or brief)
    return False


def _chairs_without_asking(statement: StatementDraft, chairs: list[PersonDraft]) -> bool:
    text = statement.text
    return (
        statement.speaker is not None
        and _by_the_chair(statement, chairs)
        and "?" not in text
        and bool(CHAIRING.search(text) or CONDUCT.search(text))
    )


def _questions_and_answers(statements: list[StatementDraft], chairs: list[PersonDraft]) -> None:
    """A turn ending in a question, followed by someone else's turn: a question and its answer
    (the chair's questions conduct the business and are procedural above). The record's own
    lines between them ('(1435)', '[Translation]', 'Hear, hear!') and the chair's calls
    ('Minister.') part no exchange."""
    statements = [s for s in statements if s.kind != "procedural" or not _presides(s, chairs)]
    for before, after in pairwise(statements):
        relayed = before.kind in ("remark", "answer") and bool(RELAYED.match(before.text))
        if before.kind != "remark" and not relayed:
            continue  # a voice without a name ('Dave's iPad') asks questions too
        if not (relayed or _asks(before.text)) or after.speaker in (None, before.speaker):
            continue
        if _records(after.text):
            continue  # a motion or vote posted next: no reply to the question
        if before.speaker in chairs and not (relayed or _put_to(before, after, statements)):
            continue  # the chair asks the meeting, not a witness: it conducts or discusses
        before.kind = "question"
        if before.speaker not in chairs:
            _question_turn(statements, statements.index(before))
        _answer_run(statements, statements.index(after), before.speaker)


def _question_turn(statements: list[StatementDraft], end: int) -> None:
    """The asker's paragraphs leading to the question put it too ('I rise to ask the Minister
    the following question.', '(a) Could the Minister explain …')."""
    asker = statements[end].speaker
    for statement in reversed(statements[:end]):
        if statement.speaker is not asker or statement.kind != "remark":
            break
        statement.kind = "question"


def _answer_run(statements: list[StatementDraft], start: int, asker) -> None:
    """The reply's turns are the answer, and so is another's that adds to it ('I would add
    that …', 'If I may add, …', 'And if you'd rather …') before the one who asked speaks."""
    replier = statements[start].speaker
    for reply in statements[start:]:
        if reply.kind != "remark" or reply.speaker in (None, asker):
            break
        if reply.speaker is not replier:
            if not (ADDS.match(reply.text) or INTRODUCES.match(reply.text)) or _asks(reply.text):
                break
            replier = reply.speaker
        reply.kind = "answer"


def _presides(statement: StatementDraft, chairs: list[PersonDraft]) -> bool:
    """The record's own line, or the chair calling the next speaker ('Minister.')."""
    if statement.speaker is None:
        return True
    text = statement.text.strip()
    calls = NEXT_SPEAKER.match(text) or NAME_LAST.fullmatch(text) or OFFICE_CALLED.match(text)
    return statement.speaker in chairs and bool(calls)


def _records(text: str) -> bool:
    """A record line ('MOTION: to …', 'Carried, 4 for.'), not a turn that could reply."""
    return bool(RECORD_LINE.match(text) or VOTE.match(text))


def _put_to(question: StatementDraft, reply: StatementDraft, statements) -> bool:
    """The chair's question is put to someone: by name ('Professor Kline, is that on
    track?'), or to whoever spoke just before, who replies ('So the work is in carrying out
    what is on the books?')."""
    if _PUT_TO.search(question.text):
        return True
    i = statements.index(question)
    return i > 0 and statements[i - 1].speaker is reply.speaker is not None


def _asks(text: str) -> bool:
    """A turn that puts a question: its last sentence asks one, or a sentence of it does
    ('Gloria in 5A. Will there be a rent credit? Because we were without heat.')."""
    text = text.rstrip()
    return text.endswith("?") or bool(re.search(r"\?[\s\u201d\u2019\"']+[A-Z]", text))
