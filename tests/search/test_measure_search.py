"""manage.py measure_search: the judged set's figures by class, and the queries missed."""

import io

import pytest
from django.core.management import call_command

from search.judged import measure_shipped_meeting
from search.management.commands import measure_search

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_database(monkeypatch):
    # The command makes a test database of its own; inside a test, the test's database is it.
    monkeypatch.setattr(measure_search, "setup_databases", lambda **kwargs: None)
    monkeypatch.setattr(measure_search, "teardown_databases", lambda *args, **kwargs: None)


def test_it_prints_every_class_and_the_misses_of_a_query_file(one_database, tmp_path):
    queries = tmp_path / "queries.yaml"
    queries.write_text(
        '- {query: "mallin", class: person, expect: '
        '[{panel: 1, position: 1, starts: "Global Partnership (GP)"}, '
        '{panel: 1, position: 2, starts: "1. Raising"}, {panel: 1, position: 3, starts: "Our"}, '
        '{panel: 1, position: 4, starts: "Scientist"}]}\n'
        '- {query: "zebra crossing", class: topic, expect: '
        '[{panel: 2, position: 1, starts: "Congratulations"}]}\n'
    )
    out = io.StringIO()

    call_command("measure_search", "--queries", str(queries), stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0].split()[1:] == ["class", "queries", "found", "recall@10", "MRR"]
    assert lines[1].split() == ["person", "1", "1", "1.000", "1.000"]
    assert lines[2].split() == ["topic", "1", "0", "0.000", "0.000"]
    assert lines[3].split() == ["all", "2", "1", "0.500", "0.500"]
    assert lines[4] == "  missed [topic] 'zebra crossing': 0/1 on page 1"


def test_the_shipped_meeting_is_measured_with_the_judged_set():
    outcomes = measure_shipped_meeting()

    assert len(outcomes) == 124
    assert all(outcome.expected_ids or outcome.judged.suggest for outcome in outcomes)
