"""Trigram similarity, reckoned as pg_trgm reckons it."""

import pytest
from django.db import connection

from search.trigrams import similarity, trigrams


def test_a_word_is_padded_two_spaces_before_and_one_after():
    assert trigrams("cat") == {"  c", " ca", "cat", "at "}


@pytest.mark.parametrize(
    ("first", "second"),
    [("luger", "lugar"), ("intrepol", "interpol"), ("dupree", "dupre"), ("powr", "power")],
)
def test_as_alike_as_pg_trgm_says(first, second, db):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT similarity(%s, %s)", [first, second])
            assert similarity(first, second) == pytest.approx(cursor.fetchone()[0], abs=1e-6)
    assert 0.3 <= similarity(first, second) < 1
    assert similarity(first, first) == 1.0
