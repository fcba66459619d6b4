"""Trigram similarity as PostgreSQL's pg_trgm reckons it, for SQLite and for names: a word is
padded with two spaces before and one after, and two words are as alike as the share of their
distinct three-letter pieces they have in common."""

from functools import lru_cache

THRESHOLD = 0.3  # pg_trgm.similarity_threshold's default


@lru_cache(maxsize=65536)
def trigrams(word: str) -> frozenset[str]:
    padded = f"  {word.lower()} "
    return frozenset(padded[n : n + 3] for n in range(len(padded) - 2))


def similarity(first: str, second: str) -> float:
    a, b = trigrams(first), trigrams(second)
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) if a or b else 0.0
