"""PostgreSQL: the stored tsvector `minutes_statement.search_vector` in configuration
`gp_english` (accents folded, Snowball English stemmer), GIN-indexed, and the vocabulary table
`search_word` with a pg_trgm index (search/index.py)."""

from collections.abc import Iterable

from django.db.models import FloatField, QuerySet

from .expression import TextQuery
from .index import POSTGRES_CONFIG, POSTGRES_DOCUMENT
from .matching import MARK_END, MARK_START, MatchingSearch, StatementMatch, newest, run
from .spelling import strip_accents
from .trigrams import THRESHOLD

TSQUERY = f"to_tsquery('{POSTGRES_CONFIG}', %s)"


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


class PostgresSearch(MatchingSearch):
    """Stored tsvector `minutes_statement.search_vector`, GIN-indexed."""

    @staticmethod
    def condition(text: TextQuery) -> StatementMatch:
        return StatementMatch(f"{{table}}.search_vector @@ {TSQUERY}", [text.tsquery()])

    def newest_matches(
        self, statements: QuerySet, text: TextQuery | None, limit: int
    ) -> list[tuple[int, float]]:
        """(id, relevance) of the newest `limit` matches, newest first; the planner walks the
        GIN index or the primary key backwards, whichever its statistics say is cheaper.
        Relevance is cover density, normalised by 1 + log(length) so that a long statement
        does not win by its size (0 where `text` is None)."""
        if text is None:
            return [(pk, 0.0) for pk in newest(statements, limit)]
        rank = StatementMatch(
            f"ts_rank_cd({{table}}.search_vector, {TSQUERY}, 1)", [text.tsquery()]
        )
        rank.output_field = FloatField()
        matches = self.matching(statements, text).annotate(relevance=rank)
        return list(matches.order_by("-pk").values_list("pk", "relevance")[:limit])

    def matching_among(self, ids: list[int], text: TextQuery) -> set[int]:
        rows = run(
            f"SELECT id FROM minutes_statement WHERE id = ANY(%s) AND search_vector @@ {TSQUERY}",
            [list(ids), text.tsquery()],
        )
        return {row[0] for row in rows}

    def marked_texts(self, ids: list[int], text: TextQuery) -> dict[int, str]:
        options = f'StartSel="{MARK_START}", StopSel="{MARK_END}", HighlightAll=true'
        rows = run(
            f"SELECT id, text, ts_headline('{POSTGRES_CONFIG}', {POSTGRES_DOCUMENT}, {TSQUERY}, "
            "%s) FROM minutes_statement WHERE id = ANY(%s)",
            [text.tsquery(), options, list(ids)],
        )
        return {pk: _restore(marked, original) for pk, original, marked in rows}

    def present_words(self, words: Iterable[str]) -> set[str]:
        """Those of the words (as written, any accents) that some statement holds."""
        plain: dict[str, list[str]] = {}
        for word in words:
            plain.setdefault(strip_accents(word), []).append(word)
        if not plain:
            return set()
        rows = run(
            "SELECT word FROM search_word WHERE word = ANY(%s) AND statements > 0",
            [list(plain)],
        )
        return {typed for (word,) in rows for typed in plain[word]}

    def similar_words(self, word: str, limit: int) -> list[tuple[str, int]]:
        """Words of the statements like `word` (pg_trgm similarity), most alike first: those
        starting with its first letter, as on SQLite."""
        word = strip_accents(word)
        rows = run(
            "SELECT word, statements FROM search_word WHERE word %% %s AND statements > 0 "
            "AND left(word, 1) = %s AND similarity(word, %s) >= %s "
            "ORDER BY similarity(word, %s) DESC, statements DESC, word LIMIT %s",
            [word, word[0], word, THRESHOLD, word, limit],
        )
        return [(term, count) for term, count in rows]
