"""The block above the speeches: title, date, place, agenda, who was present; never a speaker."""

import datetime
import re
from dataclasses import dataclass, field

from .biography import find_organisation
from .dates import find_date, is_only_a_date
from .names import looks_like_office
from .paragraphs import Para
from .people import PersonDraft, Registry
from .shapes import (
    ATTENDEE_ROLE_LABEL,
    DOCUMENT_LABEL,
    GROUP_LABEL,
    LIST_ITEM,
    META_LABEL,
    URL,
    dateline,
    is_place,
    is_prose,
    is_strong_label,
    mentions,
    name_line,
    panel_heading,
    parse_label,
)

MASTHEAD_REACH = 10


@dataclass
class Attendee:
    """One entry of a list of those present: 'Mr. John Doe, Chairman' under 'Members present'."""

    person: PersonDraft
    role: str = ""
    group: str = ""


@dataclass
class Header:
    """What the header says, and the lines it could not place (title candidates, summary)."""

    date: datetime.date | None = None
    date_line: int = 0
    location: str = ""
    source_url: str = ""
    host: str = ""
    notes: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    leftovers: list[Para] = field(default_factory=list)
    not_copied: list[Para] = field(default_factory=list)


def read_header(paras: list[Para], registry: Registry) -> tuple[Header, list[Para]]:
    """Read the header; return it with the paragraphs of the body that follows it."""
    header = Header()
    start = _masthead_end(paras, header)
    mode, group = "", ""
    for i in range(start, len(paras)):
        para, text = paras[i], paras[i].text
        following = paras[i + 1] if i + 1 < len(paras) else None
        if mode == "attendees" and not _starts_body(para, following):
            attendee = _attendee(text, registry, group=group)
            if attendee:
                _attend(header, attendee, para)
                continue
        if mode == "agenda" and LIST_ITEM.match(text) and len(text) <= 500:
            header.summary.append(text)
            continue
        mode = ""
        if _starts_body(para, following):
            return header, paras[i:]
        mode, group = _read_line(para, header, registry)
    return header, []


def _masthead_end(paras: list[Para], header: Header) -> int:
    """Short lines above the document's own heading ('Minutes of the Meeting') are the site's."""
    for i, para in enumerate(paras[:MASTHEAD_REACH]):
        if DOCUMENT_LABEL.match(para.text):
            above = paras[:i]
            short = all(len(p.text.split()) <= 10 and not is_prose(p.text) for p in above)
            if short and not _dates_the_meeting(above, paras[i + 1 :]):
                for line in above:
                    maybe_host(line.text, header)
                header.not_copied += above
                return i
            return 0
    return 0


def _dates_the_meeting(above: list[Para], below: list[Para]) -> bool:
    """A date line above the label and no date below it before the body: the lines above are
    the document's own heading ('Title / Vienna, Austria / 14 March 2013 / Minutes'), not a
    site's masthead, whose pages print the meeting's date again under their label."""
    if not any(dateline(p.text) for p in above):
        return False
    for i, para in enumerate(below):
        if _starts_body(para, below[i + 1] if i + 1 < len(below) else None):
            return True
        if find_date(para.text):
            return False
    return True


def maybe_host(text: str, header: Header) -> None:
    """A banner or header line naming an organisation: the host, if it is recorded."""
    if header.host:
        return
    found = find_organisation(text)
    if found:
        header.host = found.slug
        header.notes.append(
            f"meeting.host: read as {found.name!r} from the header line {text!r}; check it"
        )
    elif looks_like_office(text) and not any(n.startswith("meeting.host") for n in header.notes):
        header.notes.append(
            f"meeting.host: the header names {text!r}, which is not in the database; "
            "if it hosted the meeting, add it and set it here"
        )


def _starts_body(para: Para, following: Para | None) -> bool:
    text = para.text
    if META_LABEL.match(text) or GROUP_LABEL.match(text) or ATTENDEE_ROLE_LABEL.match(text):
        return False
    if panel_heading(text):
        return True
    label = parse_label(text)
    if label and (label[0] is None or is_strong_label(label[0], text)):
        return True  # 'MR. DOE: …', 'Chairman Jane Doe:' alone on its line, 'QUESTION: …'
    if label and label[1] and len(label[0].name.split()) >= 2:
        return True  # 'Tomicah Tillemann: …
    named = name_line(text)
    if named and following and is_prose(following.text):
        return mentions(following.text, named[0].surname)
    return is_prose(text) and not DOCUMENT_LABEL.match(text)


def _read_line(para: Para, header: Header, registry: Registry) -> tuple[str, str]:
    """Place one header line; returns the list mode it opens ('agenda', 'attendees') if any."""
    text = para.text
    if DOCUMENT_LABEL.match(text):
        header.not_copied.append(para)
        return "", ""
    meta = META_LABEL.match(text)
    if meta:
        return _read_meta(para, meta.group("label").lower(), meta.group("rest").strip(), header)
    group = GROUP_LABEL.match(text)
    if group:
        items = _attendee_items(group.group("rest"))
        if items is None:
            header.summary.append(text)
            return "", ""
        for item in items:
            _attend(header, _attendee(item, registry, group=group.group("group")), para)
        return "attendees", group.group("group")
    role_label = ATTENDEE_ROLE_LABEL.match(text)
    if role_label:
        attendee = _attendee(role_label.group("rest"), registry, role=role_label.group("label"))
        if attendee:
            _attend(header, attendee, para)
            return "", ""
    if _read_date_or_place(para, header):
        return "", ""
    header.leftovers.append(para)
    return "", ""


def _read_meta(para: Para, label: str, rest: str, header: Header) -> tuple[str, str]:
    text = para.text
    if label.startswith(("date", "when")):
        found = find_date(rest)
        if found and _set_date(found[0], para, header) and is_only_a_date(text):
            if header.date_line != para.line:
                header.not_copied.append(para)  # the same date printed again
            return "", ""
    elif label in ("place", "location", "venue", "where", "held at") and rest:
        if not header.location and len(rest) <= 200:
            header.location = rest
            return "", ""
    elif label in ("source", "url", "web page", "webpage") and _is_first_url(rest, header):
        header.source_url = rest
        return "", ""
    header.summary.append(text)
    return ("agenda", "") if label.startswith("agenda") else ("", "")


def _is_first_url(text: str, header: Header) -> bool:
    return bool(URL.match(text)) and not header.source_url and len(text) <= 500


def _read_date_or_place(para: Para, header: Header) -> bool:
    text = para.text
    found = dateline(text)
    if found:
        date, place = found
        if header.date in (None, date) and (not place or header.location in ("", place)):
            _set_date(date, para, header)
            if place:
                header.location = place
            if header.date_line != para.line:
                header.not_copied.append(para)  # the same date (and place) printed again
            return True
        return False
    if is_place(text) and not header.location:
        header.location = text
        return True
    return False


def _set_date(date: datetime.date, para: Para, header: Header) -> bool:
    if header.date is None:
        header.date, header.date_line = date, para.line
        return True
    if header.date != date:
        header.notes.append(
            f"meeting.date: the header also gives {date.isoformat()} (line {para.line}); "
            f"the first date, on line {header.date_line}, was taken"
        )
    return header.date == date


def _attendee_items(rest: str) -> list[str] | None:
    """'Ms. Ann Lee, Chair; Mr. Bo Park' or 'Ms. Ann Lee (Chair), Mr. Bo Park' → one per person;
    None unless every item is a person."""
    parts = [part.strip() for part in rest.split(";" if ";" in rest else ",")]
    items = [part for part in parts if part]
    if "," in rest and ";" not in rest and not all(_is_name_with_role(i) for i in items):
        items = [rest.strip()] if rest.strip() else []
    if not all(_is_attendee(item) for item in items):
        return None
    return items


def _is_name_with_role(text: str) -> bool:
    named = name_line(_role_in_brackets(text))
    return bool(named) and (not named[1] or text.endswith(")"))


def _is_attendee(text: str) -> bool:
    if len(text) > 200 or is_prose(text):
        return False
    named = name_line(_role_in_brackets(text))
    return bool(named) and (bool(named[0].honorific) or len(named[0].name.split()) >= 2)


def _role_in_brackets(text: str) -> str:
    """'John Doe (Chairman)' → 'John Doe, Chairman'."""
    return re.sub(r"\s*\(([^)]*)\)$", r", \1", text)


def _attend(header: Header, attendee: Attendee, para: Para) -> None:
    """Add an attendee; a person listed again only adds a role not printed before."""
    listed = next((a for a in header.attendees if a.person is attendee.person), None)
    if listed is None:
        header.attendees.append(attendee)
    elif attendee.role and attendee.role not in listed.role:
        listed.role = ", ".join(filter(None, [listed.role, attendee.role]))[:200]
    else:
        header.not_copied.append(para)  # the same line printed again


def _attendee(text: str, registry: Registry, *, group: str = "", role: str = ""):
    """'Mr. John Doe, Chairman' → an attendee; None if the line is not a name."""
    if not _is_attendee(text):
        return None
    named = name_line(_role_in_brackets(text))
    parsed, printed_role = named
    person = registry.add(parsed)
    roles = [part for part in (role, parsed.role, printed_role) if part]
    attendee_role = ", ".join(roles)
    if attendee_role:
        person.roles += [r for r in (parsed.role or printed_role, role) if r]
    return Attendee(person=person, role=attendee_role[:200], group=group[:200])


BYLINE = re.compile(
    r"^(?:(?:opening|closing|keynote|welcoming|prepared)\s+)?(?:remarks|statement|address|"
    r"speech|testimony|keynote|presentation|briefing)\s+(?:by|of|from)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
_BYLINE_END = re.compile(r"\s+(?:at|to|before|on|in)\s+(?=the\b|[A-Z])")


def person_in(leftovers: list[Para]) -> tuple[int, tuple, bool] | None:
    """(index, (name, attribution), is_byline) of the first header line naming a person:
    'Ambassador Hélène Marchetti', or a byline such as 'Remarks by Jane Roe at the Forum'."""
    for i, para in enumerate(leftovers):
        byline = BYLINE.match(para.text)
        text = _BYLINE_END.split(byline.group("who"))[0] if byline else para.text
        named = name_line(text)
        if named and (named[0].honorific or len(named[0].name.split()) >= 2):
            return i, named, bool(byline)
    return None


def date_from_other_lines(header: Header) -> None:
    """No date line: take the date printed in a header line ('… held on 5 March 2019')."""
    if header.date is not None:
        return
    for para in header.leftovers:
        found = find_date(para.text)
        if found:
            header.date, header.date_line = found[0], para.line
            header.notes.append(
                f"meeting.date: read from line {para.line}, {para.text[:80]!r}; check it"
            )
            return
