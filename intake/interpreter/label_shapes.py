"""Label shapes besides 'Name:' — a period or a dash after the name ('Mr. HARGROVE.', 'President.
--', 'MR. HILL —'), a transcription tool's timestamp beside the name ('Jane Doe  00:03:12',
'Doe, Jane   0:05', '[00:01:23] Jane Doe:'), and what a label may carry after the name
('Kaarel Tamm, Member of the Commission', 'Jörg Leitner (ID), blue-card question')."""

import re

# A time a transcription tool prints with a label: '0:05', '00:03:12', '[00:01:23]', '(1:02:03)'.
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# A chat's stamp before the sender, a date perhaps with the time: '[3/3/2023 10:03 AM]' (Teams),
# '[3/3/23, 10:03:22]', '3/3/23, 10:03 - ' (WhatsApp), '2023-03-03 10:03 '.
_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?"
_TIME = rf"{_CLOCK}(?:\s?[AaPp]\.?[Mm]\.?)?"
LEADING_TIMESTAMP = re.compile(
    rf"^(?:[\[(](?:{_DATE}\s+)?{_TIME}[\])]|(?:{_DATE}\s+)?{_TIME}(?:\s+[-\u2013])?)\s+(?=\S)"
)
# A clock opening the words after a label: 'Jane Doe: [00:00:20] Great.'
_CLOCK_OPENING = re.compile(rf"^[\[(]{_CLOCK}[\])]\s+(?=\S)")
# A chat export's header line above each message: '[05-Mar-19 07:00 PM] nell.b#4410' (Discord),
# '[2019-03-05 19:00] mags': the date and time in brackets, then the handle, alone on a line.
CHAT_HEADER = re.compile(
    r"^\[(?=[^\]]*\d{1,2}:\d{2})[^\]]{4,40}\]\s+(?P<handle>[^\s\[\]:]{1,40}?)(?:#\d{4})?$"
)
# A meeting tool's saved chat, the message under or after its header: '18:32:05 From Jane Doe to
# Everyone:', '00:14:09 From Jane Doe to Me (Direct Message):', '18:32:05\t From  Jane Doe : Hi'.
ZOOM_CHAT = re.compile(
    rf"^{_CLOCK}\s+From\s+(?P<handle>[^:]{{2,80}}?)"
    r"(?:\s+to\s+[^:]{1,60}?(?:\s*\([^()]{1,40}\))?)?\s*:(?:\s+(?P<rest>\S.*))?$",
    re.DOTALL,
)
# 'Marisol Ortega  00:03:37', 'Gallagher, Martin 0:05', 'Jo Bell (Guest)  2:14': a name, then
# the time, alone on a line.
_NAME_AND_TIME = re.compile(
    rf"^(?:(?P<name>[^\d:\[\]()]{{2,80}}?)|\[(?P<bracketed>[^\d:\[\]()]{{2,80}})\])"
    # a tool's tag after the name, no part of it: '(Guest)', '(External)', '(she/her)'
    r"(?:\s*\([^\d:()]{1,20}\))?"
    rf"\s+(?:[-\u2013|]\s+)?[\[(]?{_CLOCK}(?:\s?[AaPp]\.?[Mm]\.?)?[\])]?$"
)
# 'Surname, First' as directories and meeting tools print names.
_DIRECTORY = re.compile(
    r"^(?P<surname>[^\W\d][\w'\u2019-]*(?:\s[\w'\u2019-]+){0,3}),\s+"
    r"(?P<given>[^\W\d][\w.'\u2019 -]*)$"
)
# A dash that ends a label: an en or em dash, two hyphens, or a hyphen spaced as a dash ('Jo
# Bell - Thank you, Chair.'), with a space after it.
_DASH_LABEL = re.compile(
    r"^(?P<label>[^\u2013\u2014]{2,120}?)\s*\.?\s*(?:[\u2013\u2014]|--|(?<=\s)-)\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
# A period that ends a label printed in capitals or small capitals ('Mr. HARGROVE.',
# 'The CHAIRMAN.', 'Ms. MORALES of California.', 'Senator McCARTHY.').
_PERIOD_LABEL = re.compile(
    r"^(?P<label>(?:[\w.'\u2019-]+\s+){1,3}?(?:Mc|Mac|O')?[A-Z][A-Z'\u2019-]{2,}"
    r"(?:\s+[A-Z][A-Z'\u2019-]+)?(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\.\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
# 'Question. How many …?' / 'Answer. Forty-one …': questions for the record.
_VOICE_PERIOD = re.compile(r"^(?P<label>Question|Answer|Response|Reply)\.\s+(?P<rest>\S.*)$", re.S)
# A language note opening the words: '(DE)', '(spoke in French)', '(in Irish)'.
# A language note opening the words: '(DE)', '(spoke in French)', '(interpretation)',
# '[through an interpreter]', '(interpretation from Spanish)', '(in Welsh)'.
_LANGUAGE_NOTE = re.compile(
    r"^[(\[](?:(?-i:[A-Z]{2})|(?:spoke |speaking )?in (?-i:[A-Z][a-z]+)|"
    r"(?:simultaneous |English )?interpretation(?: (?:from|of) (?:the )?[A-Z][a-z]+)?|"
    r"(?:spoke |speaking )?(?:through|via) (?:an |the )?interpreter|"
    r"translat(?:ed|ion)(?: from [A-Z][a-z]+)?|as interpreted)[)\]]\s+(?=\S)",
    re.IGNORECASE,
)
# What a label may say after the name and a comma: an office, a group, how the words were given.
_DESCRIPTOR = re.compile(
    r"^(?:on behalf of\b.*|in writing|(?:blue[- ]card )?(?:question|answer|reply)|"
    r"rapporteur\b.*|author\b.*|(?:the\s+)?(?:member|president|vice-president|minister|"
    r"commissioner|secretary|chair\w*|rapporteur|draftsperson|spokes\w+)\b.*)$",
    re.IGNORECASE,
)


# Labels that name no one: 'Speaker 2', 'Unknown Speaker', a device or dial-in ('Dave's iPad',
# 'Call-in user_3', '+44 20 7946 0000'), a number in a list of members ('Member, no. 14',
# 'Unit 305 owner').
_ANONYMOUS = re.compile(
    r"^(?:(?:unknown|unidentified|male|female|other|new)\s+(?:speaker|voice|participant|"
    r"caller|person|man|woman)|(?:unknown|unidentified)\s+\w+|"
    r"(?:speaker|participant|caller|guest|user|attendee|member|delegate|voice|owner|resident|"
    r"(?:prospective\s+)?juror|panelist|panellist|interviewee|respondent)"
    # a number or a letter: 'Speaker 2', 'Member, no. 14', 'Speaker A', 'Participant #B'
    r"\s*,?\s*(?:no\.?\s*)?[_#-]?\s*(?:\d+|(?-i:[A-Z]))|call-?in\s*user\s*[_#-]?\s*\d*|dial-?in\b.*|"
    r"[\w'\u2019.-]+['\u2019]s\s+(?:iphone|ipad|android|galaxy|pixel|laptop|macbook|pc|"
    r"computer|phone|tablet|surface)\b.*|(?:iphone|ipad|galaxy|pixel|android|samsung|macbook)"
    r"\b.*|(?:unit|apartment|apt|flat|lot)\.?\s*\w{1,5}\s+(?:owner|resident|tenant)s?|"
    r"\+?\d[\d ()-]{6,})$",
    re.IGNORECASE,
)


def is_anonymous(label: str) -> bool:
    """A label that names no one in particular: a numbered speaker, a device, a dial-in."""
    return bool(_ANONYMOUS.match(label.strip()))


def without_timestamp(text: str) -> str:
    """The text after a tool's leading timestamp ('[00:01:23] Jane Doe: …'); as printed if none."""
    return LEADING_TIMESTAMP.sub("", text, count=1)


# A WebVTT cue's voice tag, as Teams and caption tools save a transcript: '<v Jane Doe>Welcome
# everyone.</v>', '<v.loud Jane Doe>…'.
_VOICE_TAG = re.compile(r"^<v(?:\.[\w.-]+)?\s+(?P<name>[^<>]{1,80})>(?P<rest>.*?)(?:</v>)?$", re.S)
# A WebVTT cue's timing line: '00:00:01.000 --> 00:00:04.000', with its settings after it.
CUE_TIMING = re.compile(rf"^{_CLOCK}\s+-->\s+{_CLOCK}(?:\s+\S+:\S+)*$")


def voice_tag(text: str) -> tuple[str, str] | None:
    """(name, words) of a caption cue's voice tag ('<v Jane Doe>Welcome.</v>')."""
    match = _VOICE_TAG.match(text.strip())
    if not match:
        return None
    return match.group("name").strip(), re.sub(r"</?[a-z][^<>]*>", "", match.group("rest"))


def chat_header(text: str) -> str | None:
    """The handle of a chat export's header line ('[05-Mar-19 07:00 PM] nell.b#4410')."""
    match = CHAT_HEADER.match(text.strip())
    if match:
        return match.group("handle")
    match = ZOOM_CHAT.match(text.strip())
    return match.group("handle").strip() if match and not match.group("rest") else None


def chat_message(text: str) -> tuple[str, str] | None:
    """(handle, words) of a saved chat's message on the header's line ('18:32:05 From Jane Doe
    to Everyone: Thanks')."""
    match = ZOOM_CHAT.match(text.strip())
    if not match or not match.group("rest"):
        return None
    return match.group("handle").strip(), match.group("rest")


def name_and_time(text: str) -> str | None:
    """The name of a tool's label line ('Jane Doe  00:03:12', 'Doe, Jane  0:05'), in natural
    order, or the handle of a chat export's ('[05-Mar-19 07:00 PM] nell.b#4410'); None when
    the line is not one."""
    match = _NAME_AND_TIME.match(text.strip())
    if not match:
        return chat_header(text)
    name = (match.group("name") or match.group("bracketed")).strip()
    if name.endswith((".", ",", ";")):
        return None
    return natural_order(name)


def natural_order(name: str) -> str:
    """'Gallagher, Martin' → 'Martin Gallagher'; other names as printed."""
    match = _DIRECTORY.match(name)
    return f"{match.group('given')} {match.group('surname')}" if match else name


def dash_or_period_label(text: str) -> tuple[str, str] | None:
    """(label, rest) for 'President. -- The debate is closed.', 'MR. HILL — Yes.' and
    'Mr. HARGROVE. Thank you.'; None when the paragraph opens otherwise."""
    for pattern in (_DASH_LABEL, _PERIOD_LABEL, _VOICE_PERIOD):
        match = pattern.match(text)
        if match and len(match.group("label").split()) <= 12 and _spoken(match.group("rest")):
            return match.group("label").strip(), match.group("rest")
    return None


def _spoken(rest: str) -> bool:
    """Words after a dash that someone said ('Second.', 'Aye.', a sentence), not the post
    a list prints after a name ('Jo Bell -- Treasurer', 'Ann Lee — Non-Executive Director')."""
    rest = rest.strip()
    if (
        not rest[:1].isupper()
        and rest[:1] not in "(\"'\u201c\u2018\u2026."
        and not rest[:1].isdigit()
    ):
        return False  # 'Housing \u2013 the council agreed …': a clause, not a new speaker's words
    ends = bool(re.search(r"[.!?\u2026]['\"\u201d\u2019)]*$", rest))
    if not ends and all(w[:1].isupper() for w in rest.split() if len(w) > 3):
        return (
            False  # 'TIDEWATCH \u2013 Coastal Flood Early Warning Consortium': a name in title case
        )
    return len(rest.split()) >= 5 or ends


# A scribe's line of who said what: 'Jane Doe - said …', 'Cllr Lee \u2014 asked whether …', 'Tom
# \u2013 it is booked': a name of up to four words (initials, an honorific), a spaced dash, then
# lower case.
_SCRIBE_DASH = re.compile(
    r"^(?P<label>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+(?:[\u2013\u2014]|--?)\s+"
    r"(?P<rest>(?P<first>[a-z][a-z'\u2019]*)\b.*)$",
    re.DOTALL,
)
# What opens a remark reported so: a verb of saying, past or present ('said', 'asks', 'felt'),
# or a pronoun; an action opens on a bare verb ('reply to Faculty', 'to circulate it').
_REPORTING = re.compile(
    r"^(?:\w+(?:ed|es|s)|said|felt|thought|told|gave|spoke|made|took|saw|knew|sent|wrote|led|"
    r"it|it's|we|i|he|she|they|this|that|there|these|those|nothing|no|not|happy|keen|unsure)$"
)


def scribe_dash(text: str) -> tuple[str, str] | None:
    """(name, remark) for a scribe's 'Jane Doe - said the budget was tight'; not for an action
    ('Jane Doe - to circulate it', 'Helen \u2014 reply to Faculty') or a clause ('Housing \u2013
    the council agreed')."""
    match = _SCRIBE_DASH.match(text)
    if not match or not _REPORTING.match(match.group("first")):
        return None
    return match.group("label"), match.group("rest")


# 'Ms. MORALES of California': the state or constituency that tells two members apart.
_OF_PLACE = re.compile(r"\s+of\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")


def place_removed(label: str) -> tuple[str, str]:
    """(label without a trailing 'of Place', the place) for 'Ms. MORALES of California'."""
    match = _OF_PLACE.search(label)
    if not match or not re.search(r"[A-Z]{2}", label[: match.start()]):
        return label, ""
    return label[: match.start()], match.group("place")


def language_note_removed(rest: str) -> str:
    """The words without a language note or a tool's clock that opens them ('(DE) Madam
    President, …', '[00:00:20] Great.')."""
    return _CLOCK_OPENING.sub("", _LANGUAGE_NOTE.sub("", rest, count=1), count=1)


def descriptors(label: str) -> tuple[str, list[str]]:
    """(the name part, descriptors after it) for 'Kaarel Tamm, Member of the Commission' or
    'Tiago Mendes Costa (S&D), in writing'; the label whole when no part after a comma is one."""
    parts = [part.strip() for part in label.split(",")]
    if len(parts) < 2 or not all(_DESCRIPTOR.match(part) for part in parts[1:]):
        return label, []
    return parts[0], parts[1:]


def kind_of(descriptor_list: list[str]) -> str:
    """A label's descriptors may say the words are a question or an answer."""
    for descriptor in descriptor_list:
        if re.search(r"\bquestion\b", descriptor, re.IGNORECASE):
            return "question"
        if re.search(r"\b(?:answer|reply)\b", descriptor, re.IGNORECASE):
            return "answer"
    return ""


def title_and_subtitle(printed: str, rest: str) -> bool:
    """'COMBATING ROBOCALLS: PROTECTING CONSUMERS': a title in capitals with its subtitle,
    not a label and words (which end a sentence, or are one word: 'MR. HILL: AYE')."""
    rest = rest.strip()
    return (
        len(rest.split()) >= 2
        and not re.search(r"[a-z]", printed + rest)
        and not re.search(r"[.!?\u2026]['\")\u201d\u2019]*$", rest)
    )


def post_after_name(label: str) -> tuple[str, str, bool] | None:
    """(name, what follows it, all in capitals) for 'Ann Lee, Director, Office of Science
    Policy' or 'Ms. Ann Lee, parent': a name, then up to three short parts after commas;
    None for any other label. Capitalised parts are a post or a body ('Acme Corp')."""
    name, *parts = (part.strip() for part in label.split(","))
    if not parts or len(parts) > 3 or not all(0 < len(part.split()) <= 6 for part in parts):
        return None
    capitalised = all(
        word[:1].isupper() or word in ("of", "for", "and", "the", "&", "on", "in")
        for part in parts
        for word in part.split()
    )
    return name, ", ".join(parts), capitalised


# A transcript set in a table, the header row over its turns: 'Speaker | Transcript'.
TRANSCRIPT_HEADER = re.compile(
    r"^(?:(?:time|timestamp|start)\s*\|\s*)?(?:speaker|name|who|participant)\s*\|\s*"
    r"(?:transcript|text|remarks?|statements?|comments?|words|what was said|dialogue|"
    r"contribution|speech)$",
    re.IGNORECASE,
)


def spoken_row(cells: tuple[str, ...]) -> tuple[str, str] | None:
    """(speaker, words) of a transcript's table row: 'Jane Doe | Good morning …', with the
    time in a first cell of its own ('00:01:02 | Jane Doe | …'); None for other rows."""
    cells = tuple(cell.strip() for cell in cells if cell.strip())
    if len(cells) == 3 and re.fullmatch(rf"[\[(]?{_CLOCK}[\])]?", cells[0]):
        cells = cells[1:]
    if len(cells) != 2 or len(cells[0]) > 80 or not re.search(r"[.!?]['\")]?$", cells[1]):
        return None
    return cells[0].rstrip(":"), cells[1]
