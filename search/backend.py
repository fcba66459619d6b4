"""The one place where SQLite and PostgreSQL differ: how a parsed query finds, scores and
marks statements.

PostgreSQL keeps a stored `tsvector` column with a GIN index; SQLite keeps an FTS5 table
whose rowid is the statement id. Both are created by migration 0003 and kept in sync by the
database itself, so every way of writing a statement (loader, admin, bulk_create, raw SQL)
is searchable at once. Everything outside this module is the same on both databases.
"""

from django.db import connection
from django.db.models import BooleanField, Expression, QuerySet

from .index import FTS_TABLE, POSTGRES_DOCUMENT
from .query import ParsedQuery

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


def search_backend():
    """The backend for the database in use."""
    if connection.vendor == "postgresql":
        return PostgresSearch()
    return SqliteSearch()


def _ids_sql(statements: QuerySet) -> tuple[str, tuple]:
    return statements.order_by().values("id").query.sql_with_params()


def _run(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _restore(marked: str, original: str) -> str:
    """Put the original characters back into text marked in its translated form; if the two
    do not line up character for character, give the original unmarked."""
    out, position = [], 0
    for char in marked:
        if char in (MARK_START, MARK_END):
            out.append(char)
        elif position < len(original):
            out.append(original[position])
            position += 1
        else:
            return original
    return "".join(out) if position == len(original) else original


class PostgresSearch:
    """Stored tsvector `minutes_statement.search_vector` (English), GIN-indexed."""

    @staticmethod
    def tsquery(query: ParsedQuery) -> tuple[str, list]:
        """AND of groups, OR inside a group, minus exclusions; every phrase a bound parameter."""
        phrase = "phraseto_tsquery('english', %s)"
        groups = ["(" + " || ".join([phrase] * len(group)) + ")" for group in query.groups]
        sql = " && ".join(groups) + "".join(f" && !!{phrase}" for _ in query.excluded)
        params = [p.text for p in query.phrases] + [p.text for p in query.excluded]
        return f"({sql})", params

    def matching(self, statements: QuerySet, query: ParsedQuery) -> QuerySet:
        tsquery, params = self.tsquery(query)
        return statements.filter(StatementMatch(f"{{table}}.search_vector @@ {tsquery}", params))

    def newest_matches(self, statements: QuerySet, query: ParsedQuery, limit: int) -> list[int]:
        """Ids of the newest `limit` matches; the planner walks the GIN index or the primary
        key backwards, whichever its statistics say is cheaper."""
        matches = self.matching(statements, query).order_by("-pk").values_list("pk", flat=True)
        return list(matches[:limit])

    def scores(self, ids: list[int], query: ParsedQuery) -> dict[int, float]:
        tsquery, params = self.tsquery(query)
        # Normalisation 1 divides by 1 + log(length), so a long statement does not win by size.
        rows = _run(
            f"SELECT id, ts_rank_cd(search_vector, {tsquery}, 1) FROM minutes_statement "
            "WHERE id = ANY(%s)",
            [*params, list(ids)],
        )
        return dict(rows)

    def marked_texts(self, ids: list[int], query: ParsedQuery) -> dict[int, str]:
        tsquery, params = self.tsquery(query)
        options = f'StartSel="{MARK_START}", StopSel="{MARK_END}", HighlightAll=true'
        rows = _run(
            f"SELECT id, text, ts_headline('english', {POSTGRES_DOCUMENT}, {tsquery}, %s) "
            "FROM minutes_statement WHERE id = ANY(%s)",
            [*params, options, list(ids)],
        )
        return {pk: _restore(marked, text) for pk, text, marked in rows}


class SqliteSearch:
    """FTS5 table `minutes_statement_fts` over `minutes_statement.text` (Porter stemmer)."""

    # Below this many matches, walking them newest first and checking each against the
    # filters is cheapest; above it, the size of the filtered set decides (see newest_matches).
    FEW_MATCHES = 20_000
    SMALL_SET = 50_000

    def matching(self, statements: QuerySet, query: ParsedQuery) -> QuerySet:
        return statements.filter(
            StatementMatch(
                f"{{table}}.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)",
                [query.fts5()],
            )
        )

    def newest_matches(self, statements: QuerySet, query: ParsedQuery, limit: int) -> list[int]:
        """Ids of the newest `limit` matches among `statements`, without ranking any of them.

        FTS5 cannot tell the planner how many rows a term matches, so we look: few matches,
        or a large filtered set, are best walked from the index newest first, checking each
        match against the filters; many matches in a small filtered set are best checked
        against that set, gathered once.
        """
        expression = query.fts5()
        chosen, params = _ids_sql(statements)
        walk = (
            f"SELECT {FTS_TABLE}.rowid FROM {FTS_TABLE} "
            f"JOIN ({chosen}) AS chosen ON chosen.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s ORDER BY {FTS_TABLE}.rowid DESC LIMIT %s"
        )
        walk_params = [*params, expression, limit]
        many = (
            _run(
                f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                "LIMIT %s)",
                [expression, self.FEW_MATCHES + 1],
            )[0][0]
            > self.FEW_MATCHES
        )
        if many:
            size = _run(f"SELECT count(*) FROM ({chosen} LIMIT %s)", [*params, self.SMALL_SET + 1])
            if size[0][0] <= self.SMALL_SET:
                # The unary + keeps FTS5 from probing the index once per id in the set.
                walk = (
                    f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                    f"AND +rowid IN ({chosen}) ORDER BY rowid DESC LIMIT %s"
                )
                walk_params = [expression, *params, limit]
        return [row[0] for row in _run(walk, walk_params)]

    def scores(self, ids: list[int], query: ParsedQuery) -> dict[int, float]:
        # One pass over the matches in the ids' range: bm25 counts each term's documents once
        # per query, so scoring row by row would recount them for every row.
        if not ids:
            return {}
        marks = ", ".join(["%s"] * len(ids))
        rows = _run(
            f"SELECT rowid, -rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
            f"AND rowid BETWEEN %s AND %s AND +rowid IN ({marks})",
            [query.fts5(), min(ids), max(ids), *ids],
        )
        return dict(rows)

    def marked_texts(self, ids: list[int], query: ParsedQuery) -> dict[int, str]:
        if not ids:
            return {}
        marks = ", ".join(["%s"] * len(ids))
        # CROSS JOIN keeps the page's rows outside: the planner would otherwise walk every
        # match of a common word to find the twenty on the page.
        rows = _run(
            f"SELECT {FTS_TABLE}.rowid, highlight({FTS_TABLE}, 0, %s, %s) "
            f"FROM minutes_statement AS page CROSS JOIN {FTS_TABLE} "
            f"ON {FTS_TABLE}.rowid = page.id WHERE page.id IN ({marks}) AND {FTS_TABLE} MATCH %s",
            [MARK_START, MARK_END, *ids, query.fts5()],
        )
        return dict(rows)
