"""Search over the small name tables: people, organisations (with their abbreviations and
aliases) and themes (with their keywords) whose names hold every word of the query, read as
names are read everywhere in the search (case, accents, spelling and plurals aside: "dupre"
finds Dupré, "organisation" finds Organization); and meetings by title or place."""

from django.db.models import Q, QuerySet

from minutes.models import Theme
from people.models import Organisation, Person

from .lexicon import Lexicon, lexicon, significant_words
from .query import ParsedQuery

KINDS = {"speaker": Person, "organisation": Organisation, "theme": Theme}


def named(*, query: ParsedQuery, kind: str, words: Lexicon | None = None) -> list[int]:
    """Ids of the people ("speaker"), organisations or themes whose names hold every group
    of the query (one phrase of it suffices) and no excluded phrase, best match first."""
    words = words or getattr(query, "lexicon", None) or lexicon()
    query = getattr(query, "parsed", query)  # an ExpandedQuery reads as typed
    wanted = [[(significant_words(p.text), p.quoted) for p in group] for group in query.groups]
    unwanted = [significant_words(phrase.text) for phrase in query.excluded]
    if not wanted or not all(any(words for words, _ in group) for group in wanted):
        return []
    found: dict[int, int] = {}
    for pk, name_words in words.entity_words(kind).items():
        names = words.full_names.get((kind, pk), [])
        holds = [any(_holds(p, quoted, name_words, names) for p, quoted in g) for g in wanted]
        if all(holds) and not any(u and set(u) <= name_words for u in unwanted):
            found[pk] = len(name_words)
    return sorted(found, key=lambda pk: (found[pk], pk))


def _holds(phrase: tuple[str, ...], quoted: bool, words: frozenset, names: list) -> bool:
    """Whether a name holds the phrase: its words anywhere, or (quoted) one after another."""
    if not phrase:
        return False
    if not quoted:
        return set(phrase) <= words
    size = len(phrase)
    return any(name[k : k + size] == phrase for name in names for k in range(len(name) - size + 1))


def matching_people(*, query: ParsedQuery, people: QuerySet | None = None) -> list:
    """Among `people` (by default the public ones; see SharedRecordQuerySet)."""
    return _in_order(people, Person, named(query=query, kind="speaker"))


def matching_organisations(*, query: ParsedQuery, organisations: QuerySet | None = None) -> list:
    return _in_order(organisations, Organisation, named(query=query, kind="organisation"))


def matching_themes(*, query: ParsedQuery, themes: QuerySet | None = None) -> list:
    return _in_order(themes, Theme, named(query=query, kind="theme"))


def _in_order(rows: QuerySet | None, model, ids: list[int]) -> list:
    if not ids:  # the public rule is asked only when there is something to show
        return []
    found = (model.objects.public() if rows is None else rows).in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def _names_match(query: ParsedQuery, fields: tuple[str, ...]) -> Q:
    """Every group must appear in one of the fields; excluded phrases in none."""
    condition = Q()
    for group in query.groups:
        either = Q()
        for phrase in group:
            for name in fields:
                either |= Q(**{f"{name}__icontains": phrase.text})
        condition &= either
    for phrase in query.excluded:
        for name in fields:
            condition &= ~Q(**{f"{name}__icontains": phrase.text})
    return condition


def matching_meetings(*, query: ParsedQuery, meetings: QuerySet) -> QuerySet:
    return meetings.filter(_names_match(query, ("title", "short_title", "location")))
