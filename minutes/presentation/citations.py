"""Ways to cite one statement: plain text, BibTeX and CSL-JSON, each with its permalink.

Every function takes a statement whose `panel`, `panel.meeting` and `speaker` are loaded
(select_related) and the statement's absolute permalink, and makes no query of its own.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from minutes.models import Panel, Statement
from people.models import Person

EXCERPT_WORDS = 12

# LaTeX's special characters, replaced in one pass so no replacement is replaced again.
_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIBTEX_SPECIAL = re.compile("|".join(re.escape(char) for char in _BIBTEX_SPECIALS))


@dataclass(frozen=True)
class Citation:
    """One statement's citation in every format offered."""

    text: str
    bibtex: str
    csl_json: str


def cite(*, statement: Statement, url: str) -> Citation:
    return Citation(
        text=plain_text(statement=statement, url=url),
        bibtex=bibtex(statement=statement, url=url),
        csl_json=csl_json(statement=statement, url=url),
    )


def excerpt(*, statement: Statement) -> str:
    """The first words of the statement, which serve as its title."""
    return first_words(statement.text)


def first_words(text: str) -> str:
    # Split off no more than needed: a meeting page asks this of every statement.
    words = text.split(maxsplit=EXCERPT_WORDS)
    return " ".join(words[:EXCERPT_WORDS]) + ("…" if len(words) > EXCERPT_WORDS else "")


def locator(*, statement: Statement) -> str:
    """Where the statement stands in the record: 'Panel 1, paragraph 3'."""
    return _locator(statement.panel, statement.position)


def plain_text(*, statement: Statement, url: str) -> str:
    """A reference in the author, title, event, date and URL order most styles share."""
    return reference_text(
        author=_author_name(statement.speaker) if statement.speaker_id else "",
        text=statement.text,
        panel=statement.panel,
        position=statement.position,
        url=url,
    )


def reference_text(*, author: str, text: str, panel: Panel, position: int, url: str) -> str:
    """The plain-text reference from its parts, for pages that hold statements as rows.

    `author` is the speaker's sort name ('Family, Given'), empty for narrative; the panel's
    meeting must be loaded.
    """
    return reference_former(panel)(author=author, text=text, position=position, url=url)


def reference_former(panel: Panel) -> Callable[..., str]:
    """`reference_text` for the statements of one panel, with what they share formed once."""
    meeting = panel.meeting
    event = _event(meeting.title, meeting.location, meeting.date, settings.SITE_NAME)

    def reference(*, author: str, text: str, position: int, url: str) -> str:
        by = f"{author}. " if author else ""
        return f"{by}“{first_words(text)}” {_locator(panel, position)}, {event} {url}"

    return reference


@functools.lru_cache(maxsize=256)
def _event(title: str, location: str, date: datetime.date, site: str) -> str:
    """The part every statement of a meeting shares; a meeting page asks for it per statement."""
    place_and_date = ", ".join(filter(None, [location, _long_date(date)]))
    return f"{title}, {place_and_date}. {site}."


def _locator(panel: Panel, position: int) -> str:
    return f"{panel.title}, paragraph {position}"


def bibtex_key(*, statement: Statement) -> str:
    return f"{statement.panel.meeting.slug}-p{statement.panel.position}-s{statement.position}"


def bibtex(*, statement: Statement, url: str) -> str:
    """A @misc entry; the URL stays verbatim, every other field is escaped for LaTeX."""
    meeting = statement.panel.meeting
    fields = []
    if statement.speaker_id:
        fields.append(("author", _bibtex_escape(_author_name(statement.speaker))))
    fields += [
        ("title", "{" + _bibtex_escape(excerpt(statement=statement)) + "}"),
        ("howpublished", _bibtex_escape(f"{locator(statement=statement)}, {meeting.title}")),
        ("address", _bibtex_escape(meeting.location)),
        ("date", meeting.date.isoformat()),
        ("year", str(meeting.date.year)),
        ("publisher", _bibtex_escape(settings.SITE_NAME)),
        ("url", url),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{bibtex_key(statement=statement)},\n{body}\n}}"


def csl_item(*, statement: Statement, url: str) -> dict[str, Any]:
    """A CSL-JSON item of type speech."""
    meeting = statement.panel.meeting
    item: dict[str, Any] = {
        "id": bibtex_key(statement=statement),
        "type": "speech",
        "title": excerpt(statement=statement),
        "author": [_csl_name(statement.speaker)] if statement.speaker_id else None,
        "genre": statement.get_kind_display(),
        "event-title": meeting.title,
        "event-place": meeting.location,
        "event-date": {"date-parts": [_date_parts(meeting.date)]},
        "issued": {"date-parts": [_date_parts(meeting.date)]},
        "section": locator(statement=statement),
        "publisher": settings.SITE_NAME,
        "URL": url,
        "archive_location": meeting.source_url,
    }
    return {key: value for key, value in item.items() if value}


def csl_json(*, statement: Statement, url: str) -> str:
    """A CSL-JSON document (a list of one item), as reference managers import it.

    One field a line, each value on the line of its key: short enough to read on a phone.
    """
    item = csl_item(statement=statement, url=url)
    fields = ",\n".join(
        f"    {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
        for key, value in item.items()
    )
    return f"[\n  {{\n{fields}\n  }}\n]"


def _author_name(person: Person) -> str:
    """'Family, Given' where the sort name says it, else the name as printed."""
    return person.sort_name or person.name


def _csl_name(person: Person) -> dict[str, str]:
    family, comma, given = (person.sort_name or "").partition(",")
    if comma and family.strip() and given.strip():
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": person.name}


def _long_date(date) -> str:
    return f"{date.day} {date:%B %Y}"


def _date_parts(date) -> list[int]:
    return [date.year, date.month, date.day]


def _bibtex_escape(value: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda match: _BIBTEX_SPECIALS[match.group()], value)


def cite_rows(rows: list[dict], panel: Panel) -> None:
    """Gives each statement row of the panel its plain-text citation."""
    reference = reference_former(panel)
    for row in rows:
        speaker = row["speaker"]
        row["citation"] = reference(
            author=speaker["sort_name"] if speaker else "",
            text=row["text"],
            position=row["position"],
            url=row["permalink"],
        )
