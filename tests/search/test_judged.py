"""The judged query set and its figures: every query of every class found on the shipped
meeting (on whichever database the suite runs), and the figures computed as documented."""

from pathlib import Path

import pytest

from search.judged import (
    Answer,
    JudgedQuery,
    Outcome,
    evaluate,
    expected_ids,
    figures_by_class,
    folded,
    load_judged_queries,
    page_answer,
    report_lines,
)

JUDGED = load_judged_queries()
CLASSES = sorted({judged.kind for judged in JUDGED})


def test_the_set_reads_as_written():
    assert len(JUDGED) == 124
    named = "accents compounds spelling inflection abbreviation person organisation theme"
    assert set(CLASSES) == {*named.split(), "phrase", "misspelling", "topic", "question"}
    assert all(judged.expected or judged.suggest for judged in JUDGED)


@pytest.mark.parametrize("kind", CLASSES)
def test_every_query_of_the_class_is_found_on_the_first_page(shipped_meeting, kind):
    judged = [query for query in JUDGED if query.kind == kind]

    outcomes = evaluate(judged=judged, meeting_slug=shipped_meeting.slug, search=page_answer)

    missed = [outcome.judged.query for outcome in outcomes if not outcome.found]
    assert missed == []


def outcome(expected: list[int], ids: list[int], suggest: str = "", suggestion: str = ""):
    judged = JudgedQuery(query="q", kind="k", expected=(), suggest=suggest)
    return Outcome(judged=judged, expected_ids=expected, answer=Answer(ids, suggestion))


def test_recall_counts_the_first_page_and_reciprocal_rank_the_first_found():
    assert outcome([1, 2], [9, 1, 8, 7, 6, 5, 4, 3, 2]).recall == 1.0
    assert outcome([1, 2], [9, 1, 8, 7, 6, 5, 4, 3, 10, 11, 2]).recall == 0.5
    assert outcome([1, 2], [9, 8, 2]).reciprocal_rank == pytest.approx(1 / 3)
    assert outcome([1], []).reciprocal_rank == 0.0
    assert not outcome([1, 2], [1]).found


def test_a_misspelling_is_judged_by_its_suggestion_without_case_or_accents():
    assert outcome([], [], suggest="Dupré", suggestion="dupre").found
    assert outcome([], [], suggest="Dupré", suggestion="dupre").recall == 1.0
    assert not outcome([], [], suggest="Dupré", suggestion="").found
    assert outcome([], [], suggest="Dupré", suggestion="").reciprocal_rank == 0.0
    assert folded("  Nergård  Anita ") == "nergard anita"


def test_figures_are_given_by_class_then_for_all():
    outcomes = [outcome([1], [1]), outcome([1], [2, 1])]
    outcomes[1].judged = JudgedQuery(query="other", kind="j", expected=())

    figures = figures_by_class(outcomes)

    assert [(f.name, f.found, f.recall, f.mrr) for f in figures] == [
        ("k", 1, 1.0, 1.0),
        ("j", 1, 1.0, 0.5),
        ("all", 2, 1.0, 0.75),
    ]
    lines = report_lines(outcomes, label="sqlite")
    assert lines[0].split() == ["sqlite:", "class", "queries", "found", "recall@10", "MRR"]
    assert lines[-1].split() == ["all", "2", "2", "1.000", "0.750"]


def test_a_statement_not_in_the_meeting_as_described_is_an_error(shipped_meeting):
    judged = JudgedQuery(query="q", kind="k", expected=((1, 1, "Not how it starts"),))

    with pytest.raises(ValueError, match=r"P1\.1"):
        expected_ids(meeting_slug=shipped_meeting.slug, judged=judged)


def test_a_query_file_of_ones_own_can_be_read(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        '- {query: "x", class: k, expect: [{panel: 1, position: 2, starts: "A"}]}\n'
        '- {query: "y", class: m, suggest: "z", expect: []}\n'
    )

    assert load_judged_queries(path) == [
        JudgedQuery("x", "k", ((1, 2, "A"),)),
        JudgedQuery("y", "m", (), "z"),
    ]
