"""Furniture: what a web page, a word processor or a mail program prints around the minutes.

Navigation, links, image file names, running heads, page numbers, tables of contents, mail
headers and list footers, tool notes, the end of the record. Each rule is for the whole class.
"""

import re
from collections import Counter
from itertools import pairwise

from .furniture_lines import FURNITURE_LINE
from .label_shapes import CUE_TIMING, name_and_time
from .sections import TIME_OF_DAY, is_document_label
from .units import Unit

# Words of sign-in, cookie and subscription footers; two or more in a short paragraph mark one.
_FOOTER_CUES = re.compile(
    r"\b(?:sign in|sign up|log in|log on|create (?:your|an) (?:own )?(?:customi[sz]ed )?"
    r"(?:account|page)|already have an account|click the logo|check out our faq|"
    r"learn more\?|cookies|privacy policy|terms of use|subscribe|unsubscribe|newsletter|"
    r"all rights reserved|javascript|find out more|websites|openid|single sign-on|"
    r"your account|enabled account|mailing list|listinfo|list archives?)",
    re.IGNORECASE,
)
# One item of a navigation bar: "Home | About | Meetings".
_NAV_SEPARATOR = re.compile(r"\s+[|\u2022\u00b7\u203a\u00bb>]\s+|\s{3,}")
_NAV_ITEM = re.compile(
    r"^(?:home|about(?: us)?|news|events|meetings|contact(?: us)?|search|menu|share|print|"
    r"e-?mail|tweet|facebook|twitter|linkedin|rss|help|sitemap|site map|login|log in|"
    r"sign in|subscribe|donate|careers|publications|resources|calendar|agendas?|minutes|"
    r"documents|video|videos|watch|download|pdf|top|back|next|previous|accessibility)$",
    re.IGNORECASE,
)
# A running head or foot: text, then a page number after a wide gap or a "Page" word.
_PAGE_CUE = re.compile(r"\bpage\s+\d{1,4}(?:\s+(?:of|/)\s+\d{1,4})?\s*$", re.IGNORECASE)
EMAIL_HEADER = re.compile(
    r"^(?P<field>from|to|cc|bcc|sent|date|subject|reply-to|message-id|list-id|received|"
    r"in-reply-to|references|mime-version|content-type|x-[\w-]+)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_CONTENTS_HEADING = re.compile(
    r"^(?:(?:table of )?contents|in this (?:document|page|section)|on this page)\W*$", re.IGNORECASE
)
_CONTENTS_COLUMN = re.compile(r"^[-_.\s]*pages?$", re.IGNORECASE)
_LEADER = re.compile(r"(?:\.{3,}|\u2026)\s*\d{1,4}$")
_NUMBERING = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[ivx]{1,5}[.)])\s+", re.IGNORECASE)
_CONTACT = re.compile(
    r"(?:\bwww\.\S+|https?://\S+|\b[\w.+-]+@[\w-]+\.[\w.]+|\(\d{3}\)\s?\d{3}[-.\s]\d{4}|"
    r"\+\d{1,3}[\s\d()-]{7,}|\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b)"
)
_PLACE_FIELD = re.compile(r"^(?:where|location|venue|place)\s*:", re.IGNORECASE)
# A trail of short names: 'Newsroom / Transcripts', 'Home > Hansard > 2021'.
_CRUMB = r"[A-Z][\w'\u2019&-]*(?:\s+[\w'\u2019&-]+){0,3}"
_CRUMBS = re.compile(rf"{_CRUMB}(?:\s+(?:/|>|\u203a|\u00bb)\s+(?:{_CRUMB}|\d[\w ]{{0,20}}))+")
_NOTICE = re.compile(
    r"\bcorrections should be (?:submitted|sent|addressed|made)\b|"
    r"\bminutes are (?:a summary,? not a|not a (?:verbatim )?(?:record|transcript))\b|"
    r"\bquotes are approximate\b|\bnot an official record\b|"
    r"^this is an uncorrected (?:transcript|record)\b|\bhave had the opportunity to correct\b",
    re.IGNORECASE,
)
_HEAD_SEPARATOR = re.compile(r"\s[\u2014\u2013|]\s|\s{3,}")
# A link left in Markdown's own syntax: its text is what a reader saw.
_LINK = re.compile(r"\[([^\]]{1,80})\]\((?:[^()\s]|\([^()\s]*\))*\)")
_END_OF_CONTENT = re.compile(r"^(?:back|return|go) to (?:the )?top\b", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?:]['\"\u201d\u2019)]*$")
# A line that goes on from the one above: it starts a word the line above could not hold.
_STARTS_LOW = re.compile(r"^(?:[a-z]|[A-Z][a-z]+,|[A-Z][a-z]+ [A-Z][a-z]+ [A-Z])")
# A time before a line, as a chat or caption tool prints it: '18:30:02 ', '[00:01:05] '.
_STAMP = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")
_PAGE_PART = re.compile(r"page\s+\d{1,4}(?:\s+(?:of|/)\s+\d{1,4})?", re.IGNORECASE)
FOOTER_REACH = 5
HEAD_REACH = 25


def is_furniture(text: str) -> bool:
    """A line that is furniture wherever it stands."""
    text = _LINK.sub(r"\1", text.strip())  # '[Print this page](javascript:print())' as printed
    text = re.sub(r"\s*\n\s*", " ", text)  # a notice wrapped by a mail program is one line
    if re.fullmatch(r"(?:\w ){3,}\w", text):
        text = text.replace(" ", "")  # 'C O N T E N T S'
    if FURNITURE_LINE.match(text) or FURNITURE_LINE.match(_STAMP.sub("", text)):
        return True  # '18:30:02 Recording started.': a tool's event under its time
    parts = [part.strip() for part in _NAV_SEPARATOR.split(text) if part.strip()]
    if len(text) <= 160 and len(parts) >= 2 and any(_PAGE_PART.fullmatch(p) for p in parts):
        return True  # 'City of Cedar Falls | Page 1 | Printed on 7/19/2019': a running foot
    if len(parts) >= 2 and all(
        _NAV_ITEM.match(p) or FURNITURE_LINE.match(p) for p in parts if not is_document_label(p)
    ):
        return True  # 'For Immediate Release      Transcript'; 'Home | News | Print'

    if len(text) <= 160 and _PAGE_CUE.search(text) and not text.endswith((".", "?", "!")):
        return True
    if (
        len(text) <= 200
        and _CONTACT.search(text)
        and not re.search(r"[a-z]{3,}\.$", text)
        and not _PLACE_FIELD.match(text)  # 'Where: Jitsi, https://meet.jit.si/…': the place
    ):
        return True  # 'Reporting Services, Inc. | (202) 555-0148 | www.example.org'
    if all(re.search(r"[\d/]", token) for token in text.split()) and not TIME_OF_DAY.match(text):
        return True  # job numbers, page numbers, document symbols: '18-17209   3/12'
    if CUE_TIMING.match(text):
        return True  # a caption cue's timing, the tool's and not the meeting's
    if _CRUMBS.fullmatch(text) or _NOTICE.search(text):
        return True
    return len(text) <= 400 and len({m.lower() for m in _FOOTER_CUES.findall(text)}) >= 2


def drop_furniture(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """(kept, dropped), in document order."""
    dropped = {u.index for u in units if is_furniture(u.text)}
    headers = _email_headers(units)
    dropped |= headers | _cover_note(units, headers)
    dropped |= _running_heads(units)
    dropped |= _contents(units)
    dropped |= _footer(units)
    dropped |= _after_closing_lines(units, dropped)
    dropped |= _after_the_end(units)
    dropped |= _wrapped_on(units, dropped)
    kept = [u for u in units if u.index not in dropped]
    return kept, [u for u in units if u.index in dropped]


def _wrapped_on(units: list[Unit], dropped: set[int]) -> set[int]:
    """The lines a furniture paragraph wraps on to, in its block ('For sale by the
    Superintendent of Documents, U.S. Government Publishing' / 'Office, …' / 'Customer …')."""
    found: set[int] = set()
    for before, unit in pairwise(units):
        wrapped = before.block == unit.block and not _ENDS_SENTENCE.search(before.text)
        if (
            wrapped
            and (before.index in dropped or before.index in found)
            and _STARTS_LOW.match(unit.text)
        ):
            found.add(unit.index)
    return found


def _email_headers(units: list[Unit]) -> set[int]:
    """A run of two or more mail headers near the top ("From:", "Sent:", "Subject:")."""
    found, run = set(), []
    for unit in units[:HEAD_REACH]:
        if EMAIL_HEADER.match(unit.text):
            run.append(unit)
            continue
        if len(run) >= 2:
            break
        run = []
    fields = {EMAIL_HEADER.match(u.text).group("field").lower() for u in run}
    if len(run) >= 2 and fields & {"from", "sent", "subject", "to"} and "from" in fields:
        found.update(u.index for u in run)
    return found


def email_subject(units: list[Unit]) -> str:
    """The Subject of a mail's headers ('Re:' and list tags removed), '' if there is none."""
    for unit in units[:HEAD_REACH]:
        match = EMAIL_HEADER.match(unit.text)
        if match and match.group("field").lower() == "subject":
            tags = r"^(?:(?:re|fwd?|aw)\s*:\s*|\[[^\]]{1,40}\]\s*)+"
            value = re.sub(tags, "", match["value"], flags=re.IGNORECASE)
            return value.strip()
    return ""


def _normal(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().casefold()))


_RULE = re.compile(r"^\s*[-=_*~]{5,}\s*$")
COVER_REACH = 8


def _cover_note(units: list[Unit], headers: set[int]) -> set[int]:
    """The sender's few lines between a mail's headers and a rule ('Minutes of today's call
    are below.' / 'Mariko' / '-----'): the message about the minutes, not the minutes."""
    if not headers:
        return set()
    after = [u for u in units if u.index > max(headers)]
    rule = next((i for i, u in enumerate(after[: COVER_REACH + 1]) if _RULE.match(u.text)), None)
    if rule is None or any(len(u.text) > 300 for u in after[:rule]):
        return set()
    return {u.index for u in after[: rule + 1]}


def _running_heads(units: list[Unit]) -> set[int]:
    """Short lines printed again and again (numbers aside) that are no one's words."""
    counts = Counter(_normal(u.text) for u in units if len(u.text) <= 120)
    return {
        u.index
        for u in units
        if len(u.text) <= 120
        and counts[_normal(u.text)] >= 3
        and ("#" in _normal(u.text) or _HEAD_SEPARATOR.search(u.text))
        and not re.search(r"[.!?)\]:]$", u.text)
        and not name_and_time(u.text)  # a transcript's 'Jane Doe  00:03:12' heads a turn
        and not TIME_OF_DAY.match(u.text)  # a reporter's clock, however often it is printed
    }


def _contents(units: list[Unit]) -> set[int]:
    """A generated table of contents: the entries under a "Contents" line, or a run of lines
    ending in leaders and page numbers ("Item 3 ....... 12")."""
    entries = Counter(_entry(u.text) for u in units)
    found: set[int] = set()
    run: list[Unit] = []
    under_heading = False
    for unit in units:
        leader = _LEADER.search(unit.text)
        if _CONTENTS_HEADING.match(re.sub(r"(?<=\b\w) (?=\w\b)", "", unit.text)):
            under_heading, run = True, []
            continue
        if (under_heading or run) and _CONTENTS_COLUMN.match(unit.text):
            found.add(unit.index)  # '---------- Page': the column over the page numbers
            continue
        seen = {_entry(u.text) for u in run}
        again = under_heading and entries[_entry(unit.text)] >= 2 and _entry(unit.text) not in seen
        if len(unit.text) <= 120 and (leader or again):
            run.append(unit)
            continue
        if len(run) >= 3 or (under_heading and run):
            found.update(u.index for u in run)
        run, under_heading = [], False
    if len(run) >= 3 or (under_heading and run):
        found.update(u.index for u in run)
    return found


def _entry(text: str) -> str:
    """A contents entry compared with a heading: no numbering, leaders or page number."""
    text = _LEADER.sub("", text)
    text = _NUMBERING.sub("", text.strip())
    return re.sub(r"\s+", " ", text.casefold()).strip(" .")


def _footer(units: list[Unit]) -> set[int]:
    """A few short paragraphs after a closing 'Back to Top' are the page's footer."""
    ends = [i for i, unit in enumerate(units) if _END_OF_CONTENT.match(unit.text)]
    if not ends:
        return set()
    footer = units[ends[-1] + 1 :]
    if len(footer) <= FOOTER_REACH and all(len(u.text) <= 400 for u in footer):
        return {u.index for u in footer}
    return set()


# What says the record is over: an end mark, or a reporter's certificate, which follows it.
_THE_END = re.compile(
    r"^\W*(?:end of (?:the )?(?:minutes|transcript|record|meeting|proceedings|document)\b.{0,80}"
    r"|(?:reporter'?s\s+|stenographer'?s\s+)?certificat(?:e|ion)(?:\s+of\s+\w+)?\W*)$",
    re.IGNORECASE,
)


def _after_the_end(units: list[Unit]) -> set[int]:
    """The end mark or certificate and everything after it ('[End of minutes]', the tool's
    summary of actions after it; 'C E R T I F I C A T E' and the reporter's text)."""
    for i, unit in enumerate(units):
        text = re.sub(r"(?<=\b\w) (?=\w\b)", "", unit.text)  # 'C E R T I F I C A T E'
        if _THE_END.match(text) and i >= len(units) // 2:  # not a heading at the top
            return {u.index for u in units[i:]}
    return set()


_CLOSING = re.compile(
    r"^(?:certified (?:correct|true)|respectfully submitted|signed|signature|"
    r"[\w.-]+\.(?:jpe?g|png|gif|svg|webp))\b",
    re.IGNORECASE,
)
SIGNATURE_REACH = 3
_IMAGES = ("jpg", "jpeg", "png", "gif", "svg", "webp")


def _after_closing_lines(units: list[Unit], dropped: set[int]) -> set[int]:
    """A signature under 'Respectfully submitted,' and a caption under an image's file name:
    the few short lines that follow, up to a sentence."""
    found: set[int] = set()
    for i, unit in enumerate(units):
        closing = _CLOSING.match(unit.text)
        if unit.index not in dropped or not closing:
            continue
        image = closing.group(0).lower().endswith(_IMAGES)
        if image and closing.end() < len(unit.text.rstrip()):
            continue  # the caption is on the file name's own line
        for after in units[i + 1 : i + 1 + SIGNATURE_REACH]:
            if len(after.text) > 120 or re.search(r"[.!?]$", after.text):
                break
            found.add(after.index)
            if image:
                break  # a caption is one line
    return found
