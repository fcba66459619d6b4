"""Where the meeting was: a place line ('Vienna, Austria'), a dateline, a 'Location:' line, or
a sentence ('… convened at the Town Hall, Leeds, on …')."""

import re

from .dates import find_date, is_only_a_date
from .names import fold, honorific_of, looks_like_office
from .venues import without_remote_part
from .words import HEADING_WORDS

MAX_PLACE = 200
_WORD = r"(?:[A-Z][\w\u2019'.-]*|[A-Z]\.(?:[A-Z]\.)+|\d{1,5}[A-Za-z]?)"
# "… met/convened/was held … at the Town Hall, Leeds": the verb, then the place after at/in.
_HELD = re.compile(
    r"\b(?:held|convened|met|meets|took place|was called to order|assembled|reconvened|sat)\b"
    # 'Chairman Ames called the meeting to order at 6:30 PM in the Selectmen's Meeting Room'
    r"|\bcalled\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|hearing)\s+to\s+order\b",
    re.IGNORECASE,
)
_AT = re.compile(r"\b(?:at|in)\s+(?:(?P<the>the)\s+)?(?=\S)", re.IGNORECASE)
_CONNECTORS = {
    "of", "the", "on", "upon", "de", "la", "du", "des", "&", "and", "am", "an",
    # Names in the body's own language: 'Institut für Geodäsie', 'Palazzo della Ragione'.
    "für", "fur", "der", "und", "zur", "zum", "di", "del", "della", "degli", "van", "voor",
    "dos", "das", "för", "och", "og",
}  # fmt: skip
_VENUE_WORDS = {
    "room", "hall", "building", "chamber", "chambers", "headquarters", "plaza", "suite",
    "floor", "level", "auditorium", "theatre", "theater", "library", "offices", "hotel",
    "campus", "tower", "street", "avenue", "road", "square", "lane", "boulevard", "palais",
    "boardroom", "annex", "pavilion", "arena", "gallery", "museum", "studio", "lounge",
    "clubhouse", "courthouse",
}  # fmt: skip
# Street words printed in lower case before a street's name: 'ul. Kuźnicza 14', 'rue Haute'.
_STREET_WORDS = {
    "ul", "rue", "via", "viale", "corso", "calle", "avenida", "av", "piazza", "plac", "al",
    "os", "pl", "str", "rua", "largo", "chemin", "boulevard", "allée", "carrer",
}  # fmt: skip
# Words of a venue that are as often part of an organisation's name: a venue only with an
# address or a town after it ('Civic Innovation Centre, Rotterdam').
_WEAK_VENUE_WORDS = {
    "centre", "center", "office", "house", "place", "way", "drive", "college", "school",
    "church", "court", "club", "embassy", "wing", "palace",
    # A university or institute is a venue with its town: 'Institut für Geodäsie, TU Wien'.
    # (unaccented, as the words are compared folded)
    "institute", "institut", "instituto", "istituto", "university", "universitat",
    "universite", "universidad", "universita", "universiteit", "universitet", "universidade",
}  # fmt: skip
_NOT_A_PLACE_START = re.compile(
    r"^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m|h\b|o'clock)|\d{1,2}(?:[:.]\d{2})|noon|midday)",
    re.IGNORECASE,
)
# Words of headings that are as often words of a place's name ('New York', 'Old Town').
_PLACE_NAME_WORDS = {"the", "of", "on", "new", "old", "general", "national", "home", "key"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"}  # fmt: skip


def is_place(text: str) -> bool:
    """'Washington, DC', 'Vienna, Austria': a place name and its region or country."""
    parts = [part.strip() for part in text.split(",")]
    if not 2 <= len(parts) <= 4 or len(text) > 80 or re.search(r"\d", text):
        return False
    if honorific_of(text.split()[0]) or looks_like_office(text):
        return False
    if {fold(w.strip(",.")) for w in text.split()} & (HEADING_WORDS - _PLACE_NAME_WORDS):
        return False
    word = r"(?:[A-Z][\w\u2019'.-]*|[A-Z]\.(?:[A-Z]\.)+)"
    return all(re.fullmatch(rf"{word}(?:\s+(?:of\s+|the\s+)?{word}){{0,3}}", p) for p in parts)


def dateline(text: str, *, day_first: bool | None = None):
    """(date, place) for 'Vienna, Austria, March 3, 2014' or 'January 26, 2012'; else None."""
    if len(text) > 160:
        return None
    found = find_date(text, day_first=day_first)
    if not found:
        return None
    if is_only_a_date(text, day_first=day_first):
        return found.date, ""
    prefix = text[: found.start].strip(" ,|\u2013\u2014-\u00b7")
    suffix = without_full_stop(text[found.end :])
    if not suffix and (is_place(prefix) or is_venue(prefix)):
        return found.date, prefix
    if _a_town(prefix):
        # 'Kathmandu, 9 December 2019 — Hotel Yak & Yeti, Durbar Hall': the venue, then the city.
        venue = place_after_date(suffix)
        return (found.date, f"{venue}, {prefix}") if venue else None
    lead = re.sub(r"\s*\b(?:on\s+)?[A-Za-z]{3,9}day\b,?(?:\s+the)?$", "", prefix, flags=re.I)
    if _BARE_LEAD.match(lead) and suffix.startswith(",") and place_after_date(suffix):
        # 'Unconfirmed minutes of the meeting held on 17 May 2023, Kinross Room, Library Building';
        # a line going on 'at 2 pm in the Senate Chamber' is a sentence, and names its meeting.
        return found.date, place_after_date(suffix)
    if _only_a_weekday(prefix) or not lead or _a_lead(lead):
        town = _town_after_a_dash(suffix)
        if town:
            return found.date, town  # 'Wednesday, 5 June 2019 - Strasbourg'
        if re.match(r"^held\b", _after_the_time(suffix), re.IGNORECASE):
            return found.date, _after_the_time(suffix)  # 'held virtually via Microsoft Teams'
        suffix_place = place_after_date(suffix)
        if suffix_place:
            return found.date, suffix_place
        if _BARE_LEAD.match(lead) and not _after_the_time(suffix):
            return found.date, ""  # 'Minutes of the meeting of 5 March 2019': the date alone
    part = place_among_parts(text)
    return (found.date, part) if part else None


# A lead that is nothing but the document's label: 'Minutes of the meeting of', 'Meeting held on'.
_BARE_LEAD = re.compile(
    r"^(?:(?:draft|unconfirmed|approved|confirmed)\s+)?(?:minutes\s+of\s+(?:the\s+|a\s+)?)?"
    r"(?:(?:regular|special|ordinary|extraordinary|monthly|annual)\s+)?(?:meeting|session|sitting)"
    r"\s+(?:of|on|held\s+on|held)$|^minutes\s+(?:of|for)$|"
    # 'Regular Session - Monday, August 5, 2019 - 9:00 a.m.': the kind of sitting alone.
    r"^(?:regular|special|ordinary|extraordinary|adjourned|called)\s+(?:meeting|session)\W*$",
    re.IGNORECASE,
)


def _a_town(text: str) -> bool:
    """'Kathmandu', 'New York': one to three capitalised words that are no heading, weekday,
    month, person or office."""
    words = text.split()
    if not 0 < len(words) <= 3 or re.search(r"[\d:!?|]", text) or honorific_of(words[0]):
        return False
    folded = {fold(w.strip(",.")) for w in words}
    if folded & (HEADING_WORDS | _WEEKDAYS | _MONTH_WORDS) or looks_like_office(text):
        return False
    return all(re.fullmatch(r"[A-Z][a-z\u00e0-\u017e'\u2019-]+", w) for w in words)


def _town_after_a_dash(suffix: str) -> str:
    """'- Strasbourg' after a date: the town a dash sets beside it, else ''."""
    dashed = re.match(r"^[\u2013\u2014-]\s*(?P<town>.+)$", suffix)
    return dashed.group("town") if dashed and _a_town(dashed.group("town")) else ""


def place_after_date(suffix: str) -> str:
    """What follows a date, past its time, when it is a venue or place: ', 2.00pm, in the
    Boardroom, Kingsley Building' → 'Boardroom, Kingsley Building'; else ''."""
    after = re.sub(r"\s*\n\s*", " ", _after_the_time(suffix))
    place = _at_the(after)
    if place and (is_place(place) or is_venue(place)):
        return place
    if after != suffix.strip(" ,.") and _a_town(without_remote_part(after)):
        return without_remote_part(after)  # '5 March 2019, 14:00-16:00 CET, Brussels (hybrid)'

    at = re.match(r"(?:in|at)\s+", after, re.IGNORECASE)
    return common_venue(after[at.end() :]) if at else ""


def common_venue(text: str) -> str:
    """A room named in lower case, as small bodies write it, with the place it is at: 'the
    clubhouse at Ferndale Rec' → 'Clubhouse, Ferndale Rec'; 'committee room 1.' → 'Committee
    room 1'; '' when the words name no room."""
    tokens = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).split()
    for n, token in enumerate(tokens[:3]):
        if not all(re.fullmatch(r"[a-z][\w'\u2019-]*", t) for t in tokens[:n]):
            return ""
        if not _is_venue_word(token.rstrip(",.;").casefold()):
            continue
        room = tokens[: n + 1]
        rest = tokens[n + 1 :]
        if rest and re.fullmatch(r"\d{1,4}[A-Za-z]?[,.;]?", rest[0]) and token[-1] not in ",.;":
            room, rest = room + rest[:1], rest[1:]
        name = " ".join(room).rstrip(",.;")
        ended = room[-1][-1] in ".;"
        if rest and not ended and (room[-1].endswith(",") or rest[0] == "at"):
            more = _place_phrase(" ".join(rest[rest[0] == "at" :]).removeprefix("the "))
            name = f"{name}, {more}" if more else name
        return name[:1].upper() + name[1:]
    return ""


def _a_lead(text: str) -> bool:
    """'Meeting of', 'Committee meeting,', 'Minutes |', 'minutes of the meeting held on': words
    before a date that say what the line is, not where."""
    words = text.split()
    return (
        0 < len(words) <= 10
        and not is_venue(text)
        and bool(re.search(r"\b(?:meeting|minutes|session|sitting)\b\W*(?:on|of)?\W*$",
                           text, re.IGNORECASE))
    )  # fmt: skip


def _at_the(text: str) -> str:
    """'at the co-op office, 2 Elmfield Row' → 'Co-op office, 2 Elmfield Row'."""
    bare = re.sub(r"^(?:in|at)\s+(?:the\s+)?", "", text.strip(), flags=re.IGNORECASE)
    return bare[:1].upper() + bare[1:] if bare != text.strip() else text


# Parts of a header line set apart by a middle dot or a bar: 'Europa building, Brussels ·
# Monday, 28 January 2019 · Item 3'.
_PART_SEPARATOR = re.compile(r"\s+[\u00b7|\u2022]\s+")


# A host's name before its place: 'Hosted by Acme Corp, Building 4', 'hosted at Northwind'.
HOSTED = re.compile(r"^(?:kindly\s+)?hosted\s+(?:by|at)\s+(?:the\s+)?", re.IGNORECASE)


def place_among_parts(text: str) -> str:
    """The place one part of a line set apart by '·' or '|' gives, else ''."""
    parts = [part.strip() for part in _PART_SEPARATOR.split(text)]
    if len(parts) < 2:
        return ""
    for part in parts:
        part = without_remote_part(HOSTED.sub("", part))
        if not find_date(part) and (is_place(part) or is_venue(part)):
            return part
    return ""


def _only_a_weekday(text: str) -> bool:
    return not text or bool(re.fullmatch(r"(?:on\s+)?[A-Za-z]{3,9}\.?,?", text.strip()))


# The time zone printed after an hour: '14:00 CET', '7pm (GMT+1)', '10:00 UTC'.
_ZONE = re.compile(
    r"^\s*\(?(?:[A-Z]{2,4}[SD]?T|CET|CEST|GMT|UTC|IST|EET)(?:\s*[+\u2212-]\s*\d{1,2})?\)?(?=\W|$)"
)


def _after_the_time(text: str) -> str:
    """What follows a date and its time: ', 10 a.m., New York' → 'New York'."""
    text = re.sub(r"^(?:[,|\u2013\u2014\u00b7-]\s*)+", "", text.strip())
    time = re.match(
        r"^(?:(?:at|from)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h\b)?"
        r"(?:\s*(?:[\u2013\u2014-]|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?)?",
        text,
        re.IGNORECASE,
    )
    if time and time.group(0).strip():
        text = re.sub(_ZONE, "", text[time.end() :])
    return without_full_stop(re.sub(r"^(?:[,|\u2013\u2014\u00b7-]\s*)+", "", text.strip()))


# Street words shortened with a period, which stays when they end a place: '400 Riverside Ave.'
_ABBREVIATED_END = re.compile(
    r"\b(?:Ave|St|Rd|Blvd|Dr|Ln|Pl|Ct|Sq|Hwy|Pkwy|Ter|Cres|Bldg|Ste|Rm|Fl|Mt|Ft)\.$"
)


def ends_in_abbreviation(text: str) -> bool:
    """'… 400 Riverside Ave.': the last period is the abbreviation's, not a sentence's."""
    return bool(_ABBREVIATED_END.search(text.strip()))


def without_full_stop(text: str) -> str:
    """The text without spaces and a closing full stop, an abbreviation's period kept."""
    text = text.strip(" ")
    return text if ends_in_abbreviation(text) else text.strip(" .")


def is_venue(text: str) -> bool:
    """'Council Chambers, City Hall, 11995 Haney Place': a building, room or street address."""
    initials = re.search(r"\b(?:[A-Z]\.){2,}$", text)  # 'Washington, D.C.', 'St. Paul, M.N.'
    ended = re.search(r"[.!?]$", text) and not (initials or ends_in_abbreviation(text))
    if len(text) > 160 or ended:
        return False
    words = {fold(w.strip(",.()")) for w in text.split()}
    if not words or find_date(text) or not all(_is_place_word(w) for w in text.split()):
        return False
    if _CLOCK_TIME.search(text) or words & _WEEKDAY_WORDS:
        return False  # 'Tues 12th Feb, 5.30pm, Meeting Room 3': a date line without its year
    if words & _VENUE_WORDS:
        return True
    street = any(w[:1].islower() and w.rstrip(".") in _STREET_WORDS for w in text.split())
    if street and re.search(r"\d", text):
        return True  # 'Restauracja Pod Lipami, ul. Długa 14, Kraków'

    has_address = bool(re.search(r"\b\d{1,6}[A-Za-z]?\s+[A-Z]", text)) or len(text.split(",")) >= 2
    return bool(words & _WEAK_VENUE_WORDS) and has_address


def _is_place_word(word: str) -> bool:
    bare = word.strip(",()\u2019'\u2013\u2014")  # 'Board Room — 31 Mill Street'
    return (
        not bare
        or bare[0].isupper()
        or bare[0].isdigit()
        or bare.lower() in _CONNECTORS
        or bare.lower() in _VENUE_WORDS | _WEAK_VENUE_WORDS
        or bare.lower().rstrip(".") in _STREET_WORDS
    )


# An hour of the day, which no venue's name prints: '5.30pm', '18:00', '7 p.m.'.
_CLOCK_TIME = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?|\b\d{1,2}:\d{2}\b", re.IGNORECASE
)
_WEEKDAY_WORDS = _WEEKDAYS | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"}


# 'met at Eleven of the Clock', 'at ten o'clock': the hour, not the place.
_CLOCK = re.compile(r"\bof the clock\b|\bo['\u2019]clock\b", re.IGNORECASE)


def place_in_sentence(text: str) -> str:
    """The place a sentence says the meeting was held at, '' if it names none."""
    held = _HELD.search(text)
    if not held:
        return ""
    for at in _AT.finditer(text, held.end()):
        place = _place_phrase(text[at.end() :])
        if place:
            return _as_printed(place, had_the=bool(at.group("the")))
        # 'held in the school library': a room named in lower case takes no 'The'.
        place = common_venue(text[at.end() :])
        if place:
            return place
    return ""


def _place_phrase(text: str) -> str:
    """The capitalised words, numbers and commas at the start of the text, up to a time,
    a date, a lowercase word or the end of the sentence."""
    # '… held at the Town Hall on 5 March 2019': the date after 'on' is no part of the place.
    text = re.split(r"\s+on\s+(?=\d|[A-Z][a-z]+day\b)", text, maxsplit=1)[0]
    kept: list[str] = []
    street = False  # within 'N street name', where words in lower case are part of the name
    for token in re.findall(r"[^\s,]+|,", text):
        bare = token.rstrip(".;:")
        lowered = bare.casefold()
        if token == ",":
            kept.append(",")
            street = False
            continue
        if lowered in _WEEKDAYS or lowered in _MONTH_WORDS or _NOT_A_PLACE_START.match(bare):
            break
        if kept and honorific_of(token):
            break  # '…Office Building, Hon. Walter P. Brandt presiding': a person follows
        # An address line after its house number: '120 rue Principale', '8 via Roma'.
        street = street or bool(re.fullmatch(r"\d{1,5}[A-Za-z]?", bare) and kept[-1:] == [","])
        proper = bare[:1].isupper() or bare[:1].isdigit() or lowered in _CONNECTORS
        if not (proper or street or _is_venue_word(lowered)):
            break
        initials = re.fullmatch(r"(?:[A-Z]\.)+", token)
        kept.append(token if initials else bare)
        if token != bare and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", token.rstrip(";:")):
            break  # the sentence ended
    place = " ".join(kept).replace(" ,", ",").strip(" ,")
    while place.split() and place.split()[-1].casefold() in _CONNECTORS:
        place = place.rsplit(" ", 1)[0].strip(" ,")
    # 'met at 0900 in committee room 1': an hour alone names no place.
    named = any(w[:1].isupper() for w in place.split())
    if not place or not named or len(place) > MAX_PLACE or _CLOCK.search(place):
        return ""
    return place


def _is_venue_word(word: str) -> bool:
    """'room' or 'rooms', 'chamber' or 'chambers'."""
    return word in _VENUE_WORDS or word.removesuffix("s") in _VENUE_WORDS


def _as_printed(place: str, *, had_the: bool) -> str:
    """'the Civic Hall' → 'Civic Hall'; 'the offices of X' → 'The offices of X'."""
    first = place.split(",")[0].split()
    if had_the and not all(_is_proper(w) for w in first) and any(_is_proper(w) for w in first):
        return "The " + place
    return place[:1].upper() + place[1:]


def _is_proper(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word.casefold() in _CONNECTORS - {"the"}
