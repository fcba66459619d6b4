"""Statements that stand for groups of a query by something other than matching words: the
statements of a person, organisation or theme the query names, and those that hold an
abbreviation which is also a common word (WHO) in capitals."""

import re
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from minutes.models import Statement
from people.models import Organisation

from .expansion import ExpandedQuery, NameSpan
from .expression import TextQuery
from .query import Phrase

# Statements containing a common word read to find it in capitals: the newest this many.
VERIFY_SCAN = 5000


@dataclass(frozen=True)
class NameSet:
    """Statements standing for some groups of the query; `text` when they hold the words
    themselves (an abbreviation in capitals) rather than a name."""

    groups: frozenset[int]
    condition: Q
    label: str
    text: bool = False

    def narrow(self, statements: QuerySet) -> QuerySet:
        return statements.filter(self.condition)


def name_sets(*, statements: QuerySet, query: ExpandedQuery, backend) -> list[NameSet]:
    """The sets for this query, those covering most groups first."""
    sets = [_entity_set(span) for span in query.spans]
    for abbreviation in query.abbreviations:
        ids = in_capitals(statements=statements, word=abbreviation.written, backend=backend)
        if ids:
            sets.append(NameSet(abbreviation.groups, Q(pk__in=ids), abbreviation.written, True))
    return sorted(sets, key=lambda s: (-len(s.groups), not s.text, s.label))


def _entity_set(span: NameSpan) -> NameSet:
    entity = span.entity
    if entity.kind == "speaker":
        condition = Q(speaker_id=entity.pk)
    elif entity.kind == "organisation":
        spoken_for = Statement.objects.for_organisation(Organisation(pk=entity.pk))
        condition = Q(pk__in=spoken_for.values("pk"))
    else:
        tagged = Statement.themes.through.objects.filter(theme_id=entity.pk)
        condition = Q(pk__in=tagged.values("statement_id"))
    return NameSet(span.groups, condition, entity.label)


def in_capitals(*, statements: QuerySet, word: str, backend) -> list[int]:
    """Ids of statements holding the abbreviation `word` as written (WHO, COEs), among the
    newest that hold it in any case or form."""
    rows = backend.newest_matches(statements, TextQuery(Phrase((word.lower(),))), VERIFY_SCAN)
    ids = [pk for pk, _ in rows]
    pattern = re.compile(rf"(?<!\w){re.escape(word)}s?(?!\w)")
    texts = Statement.objects.filter(pk__in=ids).values_list("pk", "text")
    return [pk for pk, text in texts.iterator() if pattern.search(text)]
