"""The search benchmark runs end to end on a tiny corpus, so it cannot rot unnoticed.
(It measures nothing here: timings on 200 statements mean nothing and are not asserted.)"""

import pytest

from bench import search_bench
from minutes.models import Meeting, Panelist, Statement

pytestmark = pytest.mark.django_db


def test_the_benchmark_builds_its_corpus_and_measures_every_kind_of_query():
    search_bench.build_corpus(statements=200, seed=3, batch=60, log=lambda line: None)
    search_bench.analyse()

    measures = search_bench.measure(repeats=1)
    pages = search_bench.measure(repeats=1, timer=search_bench.time_page)
    lines = search_bench.report(measures, label="search")
    counts = search_bench.match_counts()

    assert Statement.objects.count() == 200
    assert Meeting.objects.published().count() == 2  # three panels of 50 per meeting
    assert Panelist.objects.count() == 6 * 4
    # The planted common term is in most statements; phrases are found as phrases.
    assert counts["security"] > 100
    assert counts['"centres of excellence"'] <= counts["cooperation"]
    kinds = ["rare", "common", "phrase", "name", "partial", "misspelt"]
    assert [m.kind for m in measures] == [m.kind for m in pages] == kinds
    assert all(len(m.samples_ms) > 0 and m.p95 >= m.median > 0 for m in measures)
    assert len(lines) == 7 and "p95/target" in lines[0]
    assert set(search_bench.index_sizes()) >= {"statement table", "vocabulary"}


def test_texts_follow_the_seed():
    first = list(search_bench.statement_texts(5, seed=7))

    assert first == list(search_bench.statement_texts(5, seed=7))
    assert first != list(search_bench.statement_texts(5, seed=8))
