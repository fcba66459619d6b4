"""SQLite: an FTS5 table over statement text (Porter stemmer, accents folded) and an fts5vocab
table of the words as written (search/index.py)."""

from collections.abc import Iterable

from django.core.exceptions import EmptyResultSet
from django.db.models import QuerySet

from .expression import TextQuery
from .index import FTS_TABLE, VOCABULARY, WORDS_TABLE
from .matching import MARK_END, MARK_START, MatchingSearch, StatementMatch, ids_sql, newest, run
from .spelling import strip_accents
from .trigrams import THRESHOLD, similarity

SIMILAR_SCAN = 20_000  # vocabulary words read for one "did you mean", at most


class SqliteSearch(MatchingSearch):
    """FTS5 table `minutes_statement_fts` over `minutes_statement.text`."""

    # Below this many matches, walking them newest first and checking each against the
    # filters is cheapest; above it, the size of the filtered set decides (see newest_matches).
    FEW_MATCHES = 20_000
    SMALL_SET = 50_000

    @staticmethod
    def condition(text: TextQuery) -> StatementMatch:
        return StatementMatch(
            f"{{table}}.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)",
            [text.fts5()],
        )

    def newest_matches(
        self, statements: QuerySet, text: TextQuery | None, limit: int
    ) -> list[tuple[int, float]]:
        """(id, relevance) of the newest `limit` matches among `statements`, newest first;
        relevance is BM25, worked out for these rows only (0 where `text` is None).

        FTS5 cannot tell the planner how many rows a term matches, so we look: few matches,
        or a large filtered set, are best walked from the index newest first, checking each
        match against the filters; many matches in a small filtered set are best checked
        against that set, gathered once.
        """
        if text is None:
            return [(pk, 0.0) for pk in newest(statements, limit)]
        expression = text.fts5()
        try:
            chosen, params = ids_sql(statements)
        except EmptyResultSet:  # a filter that matches nothing, such as pk__in=[]
            return []
        walk = (
            f"SELECT {FTS_TABLE}.rowid, -{FTS_TABLE}.rank FROM {FTS_TABLE} "
            f"JOIN ({chosen}) AS chosen ON chosen.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s ORDER BY {FTS_TABLE}.rowid DESC LIMIT %s"
        )
        walk_params = [*params, expression, limit]
        many = (
            run(
                f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                "LIMIT %s)",
                [expression, self.FEW_MATCHES + 1],
            )[0][0]
            > self.FEW_MATCHES
        )
        if many:
            size = run(f"SELECT count(*) FROM ({chosen} LIMIT %s)", [*params, self.SMALL_SET + 1])
            if size[0][0] <= self.SMALL_SET:
                # The unary + keeps FTS5 from probing the index once per id in the set.
                walk = (
                    f"SELECT rowid, -rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                    f"AND +rowid IN ({chosen}) ORDER BY rowid DESC LIMIT %s"
                )
                walk_params = [expression, *params, limit]
        # The scores come with the walk: BM25 counts each term's statements once per query,
        # so scoring the rows again in a query of their own would cost a second walk.
        return run(walk, walk_params)

    def matching_among(self, ids: list[int], text: TextQuery) -> set[int]:
        """Those of `ids` that match: one pass over the matches in the ids' range."""
        if not ids:
            return set()
        marks = ", ".join(["%s"] * len(ids))
        rows = run(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
            f"AND rowid BETWEEN %s AND %s AND +rowid IN ({marks})",
            [text.fts5(), min(ids), max(ids), *ids],
        )
        return {row[0] for row in rows}

    def marked_texts(self, ids: list[int], text: TextQuery) -> dict[int, str]:
        if not ids:
            return {}
        marks = ", ".join(["%s"] * len(ids))
        # CROSS JOIN keeps the page's rows outside: the planner would otherwise walk every
        # match of a common word to find the twenty on the page.
        rows = run(
            f"SELECT {FTS_TABLE}.rowid, highlight({FTS_TABLE}, 0, %s, %s) "
            f"FROM minutes_statement AS page CROSS JOIN {FTS_TABLE} "
            f"ON {FTS_TABLE}.rowid = page.id WHERE page.id IN ({marks}) AND {FTS_TABLE} MATCH %s",
            [MARK_START, MARK_END, *ids, text.fts5()],
        )
        return dict(rows)

    def present_words(self, words: Iterable[str]) -> set[str]:
        """Those of the words (as written, any accents) that some statement holds."""
        words = [word for word in dict.fromkeys(words) if word]
        if not words:
            return set()
        # One look at the start of each word's list (fts5vocab would count every statement
        # of a common word to tell its number).
        arm = f"SELECT %s WHERE EXISTS (SELECT 1 FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH %s)"
        rows = run(
            " UNION ALL ".join([arm] * len(words)),
            [value for word in words for value in (word, f'"{word}"')],
        )
        return {row[0] for row in rows}

    def similar_words(self, word: str, limit: int) -> list[tuple[str, int]]:
        """Words of the statements like `word` (trigram similarity, as pg_trgm reckons it),
        most alike first: those starting with its first two letters, else its first letter.

        fts5vocab counts each word's statements as it lists them, so the words sharing two
        letters are read first (a few hundred), all those sharing one only if none is alike.
        """
        word = strip_accents(word)
        for prefix in dict.fromkeys([word[:2], word[:1]]):
            rows = run(
                f"SELECT term, doc FROM {VOCABULARY} WHERE term >= %s AND term < %s "
                "AND doc > 0 LIMIT %s",
                [prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1), SIMILAR_SCAN],
            )
            alike = [(term, doc, similarity(word, term)) for term, doc in rows]
            alike = [row for row in alike if row[2] >= THRESHOLD]
            if alike:
                alike.sort(key=lambda row: (-row[2], -row[1], row[0]))
                return [(term, doc) for term, doc, _ in alike[:limit]]
        return []
