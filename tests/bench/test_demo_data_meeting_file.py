from bench.demo_data.meeting_file import demo_meeting_file
from intake.meeting_file import load_parsed
from intake.meeting_file.read import MeetingFile, check
from minutes.models import Meeting, Statement


def test_a_demo_meeting_file_is_valid_and_has_the_statements_asked_for(db):
    data = demo_meeting_file(statements=1234, seed=2)
    assert list(check(data)) == []
    assert sum(len(panel["statements"]) for panel in data["panels"]) == 1234
    assert len(data["panels"]) == 3  # at most 500 statements a panel


def test_a_demo_meeting_file_loads(db):
    data = demo_meeting_file(statements=120, seed=2, slug="loader-check")
    report = load_parsed(files=[MeetingFile("demo.json", data)])
    assert report.meetings == ["loader-check"]
    assert Statement.objects.filter(panel__meeting__slug="loader-check").count() == 120
    assert Meeting.objects.get(slug="loader-check").is_published


def test_the_same_seed_gives_the_same_file():
    assert demo_meeting_file(statements=50, seed=4) == demo_meeting_file(statements=50, seed=4)
