"""What both search backends share: the expression that matches statements, the marks around
matched words, and running raw SQL."""

from django.db import connection
from django.db.models import BooleanField, Expression, QuerySet

from .expression import TextQuery

# Marks around matched words, chosen from Unicode's private use area so that they do not occur
# in real text; highlight.py turns them into <mark> after escaping everything else.
MARK_START, MARK_END = "\ue000", "\ue001"


class StatementMatch(Expression):
    """True for the statement rows a search matches, written against the query's own alias
    (so that it stays right inside subqueries, where Django renames tables)."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, template: str, params: list):
        super().__init__()
        self.template, self.params = template, params

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return self.template.format(table=table), list(self.params)


class MatchingSearch:
    """Filtering statements by a backend's `condition(text)`: what both backends do alike."""

    def matching(self, statements: QuerySet, text: TextQuery) -> QuerySet:
        return statements.filter(self.condition(text))

    def without(self, statements: QuerySet, text: TextQuery) -> QuerySet:
        return statements.exclude(self.condition(text))

    @staticmethod
    def condition(text: TextQuery) -> StatementMatch:
        raise NotImplementedError


def ids_sql(statements: QuerySet) -> tuple[str, tuple]:
    return statements.order_by().values("id").query.sql_with_params()


def run(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def newest(statements: QuerySet, limit: int) -> list[int]:
    """Ids of the newest `limit` statements of a set, matched by something other than text."""
    return list(statements.order_by("-pk").values_list("pk", flat=True)[:limit])
