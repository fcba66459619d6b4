"""Furniture: what a web page, a word processor or a mail program prints around the minutes.

Navigation, links, image file names, running heads, page numbers, tables of contents, mail
headers and list footers, tool notes, the end of the record. Each rule is for the whole class.
"""

import re
from collections import Counter
from itertools import pairwise

from .label_shapes import CUE_TIMING, name_and_time
from .sections import TIME_OF_DAY, is_document_label
from .units import Unit

_WHOLE_LINE = [
    r"(?:back|return|go) to (?:the )?top(?: of (?:the )?page)?",
    r"top of (?:the )?page",
    r"(?:printable|print)(?: banner| version| this page| friendly(?: version)?| page)?",
    r"skip (?:to|navigation)\b.*",
    r"jump to (?:main )?(?:content|navigation)\b.*",
    r"(?:share|e-?mail|tweet|bookmark|print|save|download|cite|like|pin)"
    r"(?: (?:this|the)(?: page| article| story| item| meeting| transcript| document)?)?"
    r"(?: (?:on|via|by|to) [\w ]{1,20})?",
    r"(?:home|you are here)\s*[>\u203a\u00bb|/:].*",
    r"(?:©|\(c\)|copyright\b).{0,200}",
    r"(?:page )?last (?:updated|modified|reviewed)\b.{0,60}",
    r"(?:page )?\d{1,4}(?: (?:of|/) \d{1,4})?",
    r"[-\u2013\u2014\[(]*\s*page \d{1,4}(?: (?:of|/) \d{1,4})?\s*[-\u2013\u2014\])]*",
    r"[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]",
    r"(?:table of )?contents|in this (?:document|page|section)|on this page",
    r"(?:follow us|connect with us|subscribe|rss|sitemap|site map|privacy policy|terms of use"
    r"|accessibility|contact us|faqs?|related (?:links|content|articles|resources)|see also"
    r"|main menu|menu|search|navigation|breadcrumbs?|toggle navigation|more|close|open)\W*",
    r"(?:previous|next)(?: page| article| story| item| meeting)?\W*",
    r"\[(?:image|photo|graphic|video|logo|picture|figure)[^\]]*\]",
    r"(?:image|photo|logo|seal|banner|emblem|picture)(?: of|:)\s.{0,80}",
    r".{0,80}\s[-\u2013\u2014|]\s(?:great )?(?:seal|logo|banner|emblem|crest|icon|image|photo)",
    r"(?:watch|view|listen to|play|stream|see)(?: the| a)? (?:meeting|video|webcast|recording"
    r"|livestream|live stream|broadcast|audio|archived video|session|hearing|briefing)\b.{0,80}",
    r"(?:video|audio|webcast|recording)(?: of the (?:meeting|hearing|session|briefing))?"
    r"(?: \(.{0,40}\))?\s*[:|]?.{0,60}(?:youtube|vimeo|\.mp4|\.mp3|watch|play).{0,40}",
    r"(?:video|audio|webcast|recording|livestream)\W*",
    r"[\w.() -]{0,80}\.(?:jpe?g|png|gif|svg|webp|bmp|tiff?)(?: \(\d[^)]*\))?"
    r"(?:\s*[\u2014\u2013:|-]\s*.{0,120})?",  # a file name, and a caption after it
    r"download(?: the)? .{0,60}\((?:pdf|docx?|rtf|mp[34])[^)]*\)",
    # A link to a file with its size ('Printed minutes PDF 187 KB'), to a copy or a broadcast.
    r".{0,80}\b(?:pdf|docx?|xlsx?|rtf|mp[34]|csv)\s*,?\s*\d+(?:[.,]\d+)?\s*[kmg]i?b\b.{0,20}",
    r"(?:download|open|view)(?: as| the| in)? (?:pdf|word|docx?|rtf|printable)\b.{0,40}",
    r"(?:watch|listen|view)\s+(?:on|live|online|again)\b.{0,60}",
    r"-+ ?(?:original message|forwarded message) ?-+",
    r"[\W_]+",  # rules and separators: "* * *", "-----"
    r"(?:[-=_*]\s?){5,}[xX]?",  # a court reporter's caption box: '- - - - - - - x'
    # Status marks and the ends of releases.
    r"[\W_]*(?:draft(?: for (?:approval|discussion|comment))?|confidential|proof|unofficial|"
    r"provisional|uncorrected|for immediate release|embargoed\b.{0,60}|end|end of (?:the )?"
    r"(?:transcript|document|briefing|minutes|record)|media advisory|press release|-?30-?)[\W_]*",
    r".{0,80}\s[\u2014\u2013|-]\s(?:proof|draft|confidential|provisional|uncorrected)",
    # Notes of the tool or the publisher about the document itself.
    r"(?:irc log|minutes (?:manually )?(?:created|formatted|generated|produced)\b.{0,80}|"
    r"(?:generated|formatted|produced) by\b.{0,60}|ordered by .{0,80}to be (?:published|printed)"
    r".{0,40}|published (?:on|by)\b.{0,60}|volume \d+\b.{0,80}|questions? \d+\s*[-\u2013]\s*\d+)",
    # What a transcription or meeting tool prints about its recording: keywords, who started
    # the transcription, the recording's file name, duration and end.
    r"(?:summary\s+)?keywords?\b.{0,600}",
    r".{1,80}\s(?:started|stopped|ended|paused) (?:the )?(?:transcription|recording)",
    r".{0,160}(?:meeting recording|\d{8}_\d{6}).{0,60}",
    r".{0,80}\s[\u2022\u00b7|]\s*\d{1,2}:\d{2}(?::\d{2})?",
    r"(?:\d{1,2}h\s*)?\d{1,3}m(?:in)?\s*\d{1,2}s",
    r"(?:recording|transcription|transcript) (?:ended|stopped|started|began)\b.{0,40}",
    r"(?:auto-?generated|automatically generated|machine-generated) "
    r"(?:transcript|captions?)\b.{0,300}",
    r"transcribed by\b.{0,80}",
    # A comment exported with the document, after its anchor ('[a]Mads: 6 or 13 March?').
    r"\[[a-z]{1,2}\]\S.{0,600}",
    r"\[[a-z]{1,2}\]",
    # A closing signature block's first line.
    r"(?:certified (?:correct|true(?: copy)?)|respectfully submitted|signature|"
    r"approved as (?:a )?(?:correct|true) record)\b.{0,40}",
    r"signed(?:\s*[:,.(\u2026_-]|\s+(?:by|on behalf)\b|$).{0,40}",  # not 'Signed the lease
    r"(?:content |page |this page (?:was )?)?last (?:updated|modified|reviewed)\b.{0,60}",
    r"(?:e-?mail|send|forward)(?: this)?(?: (?:page|article))? to a (?:friend|colleague)|"
    r"e-?mail a (?:friend|colleague)|sign up for .{0,40}|follow us\b.{0,60}",
    r"(?:signed|signature)\b[\s.:_\u2026]*(?:\.{3,}|_{3,}|\u2026{2,}).{0,60}",  # 'Signed ……… Chair'
    r"contact(?: us| details| officer)?\s*:.{0,200}",  # the page's contact, not an attendee
    r"irc log\.?",
    # A footnote at the foot of a page, its mark set as a superscript ('¹ Faith and Practice …').
    r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+\s*\S.{0,300}",
    # A government printer's marks on a hearing: '[House Hearing, 116 Congress]', '[From the
    # U.S. Government Publishing Office]', '[all]', 'Serial No. 116-4', 'Printed for the use
    # of the Committee on …', '35-719 PDF  WASHINGTON : 2019', 'For sale by the …'.
    r"\[(?:house|senate|joint)\s+hearing\b[^\]]{0,60}\]|\[all\]",
    r"\[?(?:from the )?u\.?\s?s\.? government (?:publishing|printing) office\]?",
    r"serial no\.?\s*[\w-]+|printed for the use of\b.{0,160}|\d{2,3}-\d{3}\s+(?:pdf|cc)\b.{0,80}",
    r"for sale by the superintendent of documents\b.{0,400}",
    r"(?:[\w-]+\.)+(?:gov|org|com|net|edu|int|eu)(?:/\S*)?",  # a site's name on its own
    # A mailing list's footer: why the message came, how to stop it, the list's name.
    r"you (?:are receiving|received|have received|were sent) this (?:message|e-?mail|because)"
    r"\b.{0,300}",
    r"to (?:stop|unsubscribe from) (?:receiving )?(?:these|this|future|our) "
    r"(?:e-?mails?|messages?|list|mailings?)\b.{0,200}",
    r"[\w .'-]{1,60} mailing list",
    # A blog's or a wiki's chrome around the post: sharing, comments, the byline, page tools.
    r"share(?: this| on)?\s*:?|leave a (?:comment|reply)\W*",
    r"comments are (?:closed|turned off|disabled)\b.{0,60}",
    r"posted (?:on|in) .{1,60}\bby\b.{0,80}",
    r"edit (?:this|the) page(?: on [\w ]{1,20})?\W*|(?:back|return) to (?:the )?top\W*",
    r"(?:previous|next) (?:sitting|debate|day|section|post|entry)\W*",
    # A chat or meeting tool's events: reactions, pins, the call's length and end.
    r".{1,60} reacted to .{1,120} with \S{1,8}",
    r".{1,40} pinned a message to this channel\.?",
    r"(?:duration|meeting (?:ended|lasted) after)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?\W*",
    # An editor's note on the notes themselves.
    r"\[(?:notes?|minutes?)\s+(?:edited|taken|prepared|compiled|recorded|reviewed)\b[^\]]*\]",
]
_FURNITURE_LINE = re.compile(rf"^(?:{'|'.join(_WHOLE_LINE)})$", re.IGNORECASE)
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
    r"\+\d{1,3}[\s\d()-]{7,})"
)
_PLACE_FIELD = re.compile(r"^(?:where|location|venue|place)\s*:", re.IGNORECASE)
# A trail of short names: 'Newsroom / Transcripts', 'Home > Hansard > 2021'.
_CRUMB = r"[A-Z][\w'\u2019&-]*(?:\s+[\w'\u2019&-]+){0,3}"
_CRUMBS = re.compile(rf"{_CRUMB}(?:\s+(?:/|>|\u203a|\u00bb)\s+(?:{_CRUMB}|\d[\w ]{{0,20}}))+")
_NOTICE = re.compile(
    r"\bcorrections should be (?:submitted|sent|addressed|made)\b|"
    r"\bminutes are (?:a summary,? not a|not a (?:verbatim )?(?:record|transcript))\b|"
    r"\bquotes are approximate\b|"
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
FOOTER_REACH = 5
HEAD_REACH = 25


def is_furniture(text: str) -> bool:
    """A line that is furniture wherever it stands."""
    text = _LINK.sub(r"\1", text.strip())  # '[Print this page](javascript:print())' as printed
    if re.fullmatch(r"(?:\w ){3,}\w", text):
        text = text.replace(" ", "")  # 'C O N T E N T S'
    if _FURNITURE_LINE.match(text):
        return True
    parts = [part.strip() for part in _NAV_SEPARATOR.split(text) if part.strip()]
    if len(parts) >= 2 and all(
        _NAV_ITEM.match(p) or _FURNITURE_LINE.match(p) for p in parts if not is_document_label(p)
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
