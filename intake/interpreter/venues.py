"""Places beyond a single line: an address over several lines, a room beside its city, a
meeting held online on a named platform, and a hybrid meeting's room without its remote part."""

import re

from .dates import find_date
from .names import title_case

# Platforms that meetings are held on, as documents name them.
PLATFORMS = {
    "zoom": "Zoom", "microsoft teams": "Microsoft Teams", "ms teams": "Microsoft Teams",
    "teams": "Teams", "google meet": "Google Meet", "meet": "Google Meet", "jitsi": "Jitsi",
    "jitsi meet": "Jitsi", "webex": "Webex", "skype": "Skype", "gotomeeting": "GoToMeeting",
    "bluejeans": "BlueJeans", "meetecho": "Meetecho", "whereby": "Whereby",
    "discord": "Discord", "slack": "Slack", "google hangouts": "Google Hangouts",
    "hangouts": "Google Hangouts", "big blue button": "BigBlueButton",
    "bigbluebutton": "BigBlueButton", "ringcentral": "RingCentral", "gotowebinar": "GoToWebinar",
}  # fmt: skip
# The hosts of meeting links: 'https://meet.jit.si/…', 'https://us02web.zoom.us/j/…'.
_HOSTS = {
    "zoom.us": "Zoom", "meet.jit.si": "Jitsi", "meet.google.com": "Google Meet",
    "teams.microsoft.com": "Microsoft Teams", "teams.live.com": "Microsoft Teams",
    "webex.com": "Webex", "whereby.com": "Whereby", "discord.gg": "Discord",
    "discord.com": "Discord", "gotomeeting.com": "GoToMeeting",
}  # fmt: skip
_URL = re.compile(r"<?https?://(?P<host>[^/\s>]+)[^\s>)]*>?", re.IGNORECASE)
PLATFORM_PATTERN = "|".join(sorted(map(re.escape, PLATFORMS), key=len, reverse=True))
# 'via Zoom', 'on Microsoft Teams', 'venue: Zoom', 'held online', 'virtual meeting'.
_ON_PLATFORM = re.compile(
    rf"\b(?:via|on|over|using|by|venue:?|location:?|platform:?)\s+(?P<platform>{PLATFORM_PATTERN})\b",
    re.IGNORECASE,
)
# A line opening the file that names the meeting as a platform's: 'Zoom Webinar - closed
# captions', 'Jitsi call'. A tool's transcript file ('Teams meeting transcript') says no place.
_TOOL_LINE = re.compile(
    rf"^(?P<platform>{PLATFORM_PATTERN})\s+(?:webinar|meeting|call)\b"
    r"(?!\s+(?:transcript|recording|captions|notes))",
    re.IGNORECASE,
)
_ONLINE = re.compile(
    r"\b(?:held|meeting|met|convened)\s+(?:online|virtually|remotely)\b|\bvirtual meeting\b"
    r"|^(?:location|venue|place)\s*:\s*(?:online|virtual)\b",
    re.IGNORECASE,
)
# The remote part of a hybrid meeting's place: ', and via Zoom', '(+ Zoom for remote families)',
# '(remote participants via Teams)', 'and online'.
_REMOTE_PART = re.compile(
    rf"\s*(?:,?\s*(?:and|&|or|/|\+)\s+(?:via|on|online|{PLATFORM_PATTERN})\b.*|"
    rf"\((?:[^()]*\b(?:{PLATFORM_PATTERN}|remote|online|virtual|dial-in|hybrid)\b[^()]*)\)|"
    r"\s*;\s*(?:online|remotely|virtually|via|by video)\b.*)\s*$",
    re.IGNORECASE,
)
# Words a place field prints around a platform's name: 'Zoom video conference', 'Online via
# Microsoft Teams', 'Teams meeting'.
_AROUND_A_PLATFORM = re.compile(
    r"^(?:(?:online|virtual(?:ly)?|remote(?:ly)?|via|on|by|using)\s+)+|"
    r"\s+(?:video\s*conference|video\s+call|conference\s+call|call|meeting|webinar|link)$"
)
# Links a venue page prints after the address.
_LINK_TEXT = re.compile(r"[.,;]?\s*(?:view|get|see)\s+(?:directions|map|location)\W*$", re.I)
ADDRESS_LINE = re.compile(r"^\d{1,6}[A-Za-z]?\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*$")


def online_place(texts) -> str:
    """'Online (Zoom)' when the texts say the meeting was held on a named platform, 'Online'
    when they say online without naming one, '' when they say neither."""
    texts = [text for text in texts if text]
    for text in texts:
        match = _ON_PLATFORM.search(text) or _TOOL_LINE.match(text.strip())
        if match:
            return f"Online ({PLATFORMS[match.group('platform').casefold()]})"
    return "Online" if any(_ONLINE.search(text) for text in texts) else ""


# An attendance list drawn from the platform: 'Attendees (from Zoom):', 'Participants on
# Teams:', 'Present via Webex:' — who met there.
_ATTENDED_ON = re.compile(
    rf"^\W*(?:attendees|participants|attendance|present|joined)\b\W{{0,3}}"
    rf"(?:\w+\s+){{0,2}}?(?:from|on|via|in|using)\s+(?P<platform>{PLATFORM_PATTERN})\b",
    re.IGNORECASE,
)


def attended_on(texts) -> str:
    """'Online (Zoom)' when an attendance line says where its people were, else ''."""
    for text in texts:
        match = _ATTENDED_ON.match(text)
        if match:
            return f"Online ({PLATFORMS[match.group('platform').casefold()]})"
    return ""


def platform_place(place: str) -> str:
    """'Online (Jitsi)' for a place that only names a platform or gives its link ('Jitsi,
    https://meet.jit.si/…', 'Zoom (link in the invite)', 'https://zoom.us/j/123'), else ''."""
    hosts = [_host_platform(m.group("host")) for m in _URL.finditer(place)]
    rest = re.sub(r"\([^()]*\)", " ", _URL.sub(" ", place))
    rest = re.sub(r"[\s,;:|\u2013\u2014-]+", " ", rest).strip().casefold()
    rest = _AROUND_A_PLATFORM.sub("", rest).strip()  # 'Zoom video conference', 'via Teams'
    if rest in PLATFORMS:
        return f"Online ({PLATFORMS[rest]})"
    if not rest and any(hosts):
        return f"Online ({next(h for h in hosts if h)})"
    return ""


def _host_platform(host: str) -> str:
    host = host.casefold()
    for known, name in _HOSTS.items():
        if host == known or host.endswith(f".{known}"):
            return name
    return ""


def tidy_place(place: str) -> str:
    """A place as a reader would give it: without the remote part of a hybrid meeting, the
    date a sentence went on to give, or a page's 'View directions'; capitals as a name."""
    if place.startswith("Online"):
        return place
    place = without_remote_part(_LINK_TEXT.sub("", place.strip()))
    found = find_date(place)
    if found and found.start > 0:
        place = place[: found.start].strip(" ,;")
    parts = [part.strip() for part in place.split(",")]
    return ", ".join(_as_name(part) for part in parts if part)


# What a hybrid meeting's place line prints before the room: 'Hybrid: in person at', 'In person:'.
IN_PERSON = re.compile(
    r"^(?:hybrid\s*[:\u2013\u2014-]\s*)?in[ -]person\s*(?::\s*|(?:at|in)\s+)(?:the\s+)?",
    re.IGNORECASE,
)


def without_remote_part(place: str) -> str:
    """'Clubhouse, 200 Lakeshore Drive, and via Zoom' \u2192 'Clubhouse, 200 Lakeshore Drive'."""
    return _REMOTE_PART.sub("", place).strip(" ,")


def _as_name(part: str) -> str:
    """'CANBERRA' → 'Canberra'; a code such as 'CR6' or 'BS1 4DJ' is left as printed."""
    if not part.isupper():
        return part
    # 'HEARING ROOM 4', '200 QUEEN STREET', 'LEEDS LS1 4DJ': the words as names, codes as printed.
    return " ".join(
        title_case(word) if len(word) > 3 and not re.search(r"\d", word) else word
        for word in part.split()
    )
