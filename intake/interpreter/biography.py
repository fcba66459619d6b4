"""Guesses of a speaker's post from a biography or an attribution line, always marked for review."""

import re
from dataclasses import dataclass, field

from .known import KnownOrganisations
from .names import fold, looks_like_office
from .words import ORG_WORDS

_CURRENT_POST = re.compile(
    r"\b(?P<verb>(?:is|currently)(?:\s+currently)?(?:\s+(?:serving|working|serves|works))?"
    r"|serves|works)(?:\s+(?P<preposition>as|for))?\s+(?:(?:the|an?)\s+)?(?P<post>[^.;]+)",
)
# Sentence ends, but not the full stop of "Mr." or "Dr.".
_SENTENCE_BREAK = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSt)(?<=[a-z)])\.\s+")
_ORG_START = re.compile(r"\b(?:at|for|of|in|with|within)\s+(?:the\s+)?(?=[A-Z])")
_CAPITALISED_PHRASE = re.compile(
    r"(?:[A-Z][\w\u2019'&.-]*|&)(?:\s+(?:(?:of|and|for|the|on|&)\s+)*(?:[A-Z][\w\u2019'&.-]*|&))*"
)


@dataclass
class Post:
    """A role and an organisation read from text; `organisation` is a key only if it is recorded."""

    role: str = ""
    organisation: str = ""
    notes: dict[str, str] = field(default_factory=dict)


def post_from_biography(biography: str, organisations: KnownOrganisations) -> Post:
    """The post a biography says the speaker holds now ('is currently the Director of X at Y')."""
    for sentence in _SENTENCE_BREAK.split(biography)[:3]:
        match = _CURRENT_POST.search(sentence)
        if match and match.group("preposition") == "for":
            # "working for the X within the Y": an employer, no post.
            phrase = _CAPITALISED_PHRASE.search(match.group("post"))
            printed = phrase.group(0) if phrase else ""
            return _post("", printed, "the biography", organisations)
        if match:
            return _split_post(match.group("post"), "the biography", organisations)
    return Post()


def post_from_attribution(line: str, organisations: KnownOrganisations) -> Post:
    """'Assistant Secretary, Bureau of X' → role and organisation, if the organisation is known."""
    parts = [part.strip() for part in line.split(",")]
    for i in range(len(parts) - 1, 0, -1):
        found = organisations.find(", ".join(parts[i:]))
        if found:
            slug, name = found
            post = Post(role=", ".join(parts[:i]), organisation=slug)
            post.notes["organisation"] = f"read as {name!r} from {line!r}; check it"
            return post
    post = Post(role=line)
    if looks_like_office(line):
        post.notes["role"] = (
            f"read from {line!r} under the name; check it, and move any organisation it names "
            "to organisation"
        )
    return post


def _split_post(text: str, source: str, organisations: KnownOrganisations) -> Post:
    text = re.split(r",\s+(?:and\s+)?(?:where|who|which|responsible|including|working)\b", text)[0]
    for match in _ORG_START.finditer(text):
        phrase = _CAPITALISED_PHRASE.match(text, match.end())
        if not phrase or not ({fold(w) for w in phrase.group(0).split()} & ORG_WORDS):
            continue
        role = text[: match.start()].strip(" ,")
        printed = re.split(r"\s+(?:at|in)\s+", phrase.group(0))[0].strip(" ,.")
        return _post(role, printed, source, organisations)
    role = text.strip(" ,.")
    return _post(role if len(role.split()) <= 12 else "", "", source, organisations)


def _post(role: str, printed: str, source: str, organisations: KnownOrganisations) -> Post:
    post = Post(role=role[:1].upper() + role[1:] if role else "")
    if post.role:
        post.notes["role"] = f"read from {source}; check it"
    if printed:
        found = organisations.find(printed)
        if found:
            post.organisation, name = found
            post.notes["organisation"] = f"read as {name!r} from {source}; check it"
        else:
            post.notes["organisation"] = (
                f"{source} names {printed!r}, which is not in the database: "
                "add it (or pick the right one) and set it here"
            )
    return post
