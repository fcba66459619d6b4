"""measure_import: the figures it prints are computed from the drafts of the corpus."""

import re
from pathlib import Path

import pytest
import yaml
from django.core.management import call_command

from intake.measure import MEASURES, DocumentScore, measure_folder, score, table, total

pytestmark = pytest.mark.django_db
DEV = Path(__file__).parent / "corpus" / "dev"


def test_the_command_prints_the_figures_measure_folder_computes(capsys):
    call_command("measure_import", str(DEV))
    printed = capsys.readouterr().out.splitlines()
    results = measure_folder(folder=DEV)
    assert printed == table(results)
    assert len(results) == len(list(DEV.glob("*.expected.yaml")))
    row = printed[-1].split()
    assert row[0] == "total"
    summed = total(results)
    for measure, cell in zip(MEASURES, row[1:], strict=True):
        assert cell == f"{summed[measure].percent:.1f}%"


def test_scores_count_what_the_draft_got_right():
    expected = {
        "meeting": {"date": "2020-06-01", "location": "Town Hall", "title": "BOARD."},
        "attendees": [{"name": "Ann Lee", "group": "Present", "role": "Chair"}],
        "statements": [
            {"speaker": "Ann Lee", "kind": "remark", "text": "We begin."},
            {"speaker": None, "kind": "narrative", "text": "The Board agreed."},
            {"speaker": "Bo Park", "kind": "remark", "text": "Thanks."},
        ],
        "furniture": ["Back to top", "Share"],
    }
    data = {
        "meeting": {"date": "2020-06-01", "location": "", "title": "Board", "summary": ""},
        "people": [{"key": "ann-lee", "name": "Ann Lee"}, {"key": "bo", "name": "Bo"}],
        "attendees": [{"person": "ann-lee", "group": "Present", "role": "Chair"}],
        "panels": [
            {
                "title": "Proceedings",
                "panelists": [],
                "statements": [
                    {"speaker": "ann-lee", "kind": "remark", "text": "We  begin."},
                    {"speaker": None, "kind": "narrative", "text": "The Board agreed. Share"},
                    {"speaker": "bo", "kind": "question", "text": "Thanks."},
                ],
            }
        ],
    }
    result = DocumentScore("x.txt")
    score(result, data, expected)
    got = {m: (s.right, s.expected) for m, s in result.scores.items()}
    assert got == {
        "attributed": (2, 3),
        "verbatim": (2, 3),
        "speakers": (1, 2),
        "attendees": (1, 1),
        "date": (1, 1),
        "place": (0, 1),
        "furniture": (1, 2),
        "kind": (2, 3),
        "title": (1, 1),
    }
    assert any("speaker not found: 'Bo Park'" in miss for miss in result.misses)


def test_a_document_that_fails_counts_as_missed(tmp_path):
    (tmp_path / "empty.txt").write_text("Nothing here.\n", encoding="utf-8")
    expectation = {
        "meeting": {"date": "2020-06-01", "location": None},
        "attendees": [],
        "statements": [{"speaker": None, "kind": "narrative", "text": "Nothing here."}],
        "furniture": [],
    }
    (tmp_path / "empty.expected.yaml").write_text(yaml.safe_dump(expectation), encoding="utf-8")
    [result] = measure_folder(folder=tmp_path)
    assert "no meeting date found" in result.error
    assert result.scores["verbatim"].expected == 1 and result.scores["verbatim"].right == 0
    assert re.search(r"error: .*no meeting date", table([result])[2])
