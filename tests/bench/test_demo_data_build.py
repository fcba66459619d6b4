import datetime
from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from bench.demo_data import DemoDataError, generate_demo_data
from minutes.models import Meeting, Panel, Panelist, Statement, Status, Theme
from people.models import Membership, Organisation, Person
from tests.factories import make_meeting, make_person, make_statement


@pytest.fixture
def archive(db):
    return generate_demo_data(meetings=12, seed=5)


def snapshot() -> list:
    """The archive's content without its keys (keys depend on what the database held)."""
    return list(
        Statement.objects.order_by(
            "panel__meeting__slug", "panel__position", "position"
        ).values_list("panel__meeting__slug", "speaker__slug", "text", "kind")
    )


def test_it_creates_what_the_report_counts(archive):
    assert archive.counts["meetings"] == Meeting.objects.count() == 12
    assert archive.counts["statements"] == Statement.objects.count()
    assert archive.counts["people"] == Person.objects.count()
    assert archive.counts["organisations"] == Organisation.objects.count()
    assert Theme.objects.count() == 18


def test_meetings_have_one_to_five_panels_and_line_ups_of_two_to_eight(archive):
    panels = Counter(Panel.objects.values_list("meeting_id", flat=True))
    assert set(panels.values()) <= set(range(1, 6))
    assert len(panels) == 12
    line_ups = Counter(Panelist.objects.values_list("panel_id", flat=True))
    assert set(line_ups.values()) <= set(range(2, 9))


def test_every_panelist_speaks_five_to_eighty_paragraphs(archive):
    spoken = Counter(Statement.objects.exclude(speaker=None).values_list("panel_id", "speaker_id"))
    places = set(Panelist.objects.values_list("panel_id", "person_id"))
    assert set(spoken) == places
    assert min(spoken.values()) >= 5
    assert max(spoken.values()) <= 80


def test_statements_are_numbered_paragraphs_with_zero_to_three_themes(archive):
    for panel in Panel.objects.annotate(n=Count("statements")):
        positions = list(panel.statements.values_list("position", flat=True))
        assert positions == list(range(1, panel.n + 1))
    themes = Counter(Statement.objects.annotate(n=Count("themes")).values_list("n", flat=True))
    assert set(themes) <= {0, 1, 2, 3}
    total = sum(themes.values())
    assert 0.05 < themes[0] / total < 0.3  # some statements carry no theme
    assert (themes[1] + themes[2] + themes[3]) / total > 0.7
    lengths = [len(text) for text in Statement.objects.values_list("text", flat=True)[:300]]
    assert sum(lengths) / len(lengths) > 200


def test_organisations_nest_and_careers_change_over_time(archive):
    grandchildren = Organisation.objects.filter(parent__parent__isnull=False)
    assert grandchildren.exists()
    movers = Person.objects.annotate(n=Count("memberships")).filter(n__gt=1)
    assert movers.exists()
    for membership in Membership.objects.filter(person__in=movers):
        assert membership.start_date is not None
        assert membership.end_date is None or membership.end_date >= membership.start_date


def test_panelists_are_attributed_with_the_post_they_held_on_the_day(archive):
    for place in Panelist.objects.select_related("panel__meeting")[:200]:
        day = place.panel.meeting.date
        posts = list(Membership.objects.filter(person=place.person_id).order_by("start_date"))
        held = [post for post in posts if post.start_date <= day] or posts[:1]
        assert (place.role, place.organisation_id) == (held[-1].role, held[-1].organisation_id)


def test_a_few_meetings_are_drafts(archive):
    assert Meeting.objects.filter(status=Status.DRAFT).count() == 1
    assert Meeting.objects.published().count() == 11


def test_the_same_seed_gives_the_same_archive(archive):
    first = snapshot()
    Meeting.objects.all().delete()
    Membership.objects.all().delete()
    Person.objects.all().delete()
    Organisation.objects.filter(parent__parent__isnull=False).delete()
    Organisation.objects.filter(parent__isnull=False).delete()
    Organisation.objects.all().delete()
    generate_demo_data(meetings=12, seed=5)
    assert snapshot() == first
    Meeting.objects.all().delete()
    generate_demo_data(meetings=12, seed=6)
    assert snapshot() != first


@pytest.mark.django_db
def test_it_refuses_a_database_with_published_records_and_writes_nothing():
    make_meeting(slug="gp-2012-01-26", status=Status.PUBLISHED)
    before = (Meeting.objects.count(), Person.objects.count(), Theme.objects.count())
    with pytest.raises(DemoDataError, match=r"1 published meeting.*gp-2012-01-26.*--force"):
        generate_demo_data(meetings=3, seed=1)
    assert (Meeting.objects.count(), Person.objects.count(), Theme.objects.count()) == before


@pytest.mark.django_db
def test_force_adds_demo_records_beside_real_ones_and_keys_keep_working():
    real = make_statement()
    report = generate_demo_data(meetings=3, seed=1, force=True)
    assert Meeting.objects.count() == 4
    assert Statement.objects.count() == 1 + report.counts["statements"]
    # New rows after a run get fresh keys (PostgreSQL's sequences were moved past the demo rows).
    later = make_statement(speaker=make_person())
    assert later.pk > real.pk
    assert Person.objects.filter(slug=later.speaker.slug).count() == 1


@pytest.mark.django_db
def test_drafts_alone_do_not_block_it():
    make_meeting(status=Status.DRAFT)
    generate_demo_data(meetings=2, seed=1)
    assert Meeting.objects.count() == 3


@pytest.mark.django_db
def test_running_twice_with_force_makes_unique_slugs():
    generate_demo_data(meetings=3, seed=1)
    generate_demo_data(meetings=3, seed=1, force=True)
    assert Meeting.objects.count() == 6
    assert Meeting.objects.values("slug").distinct().count() == 6


@pytest.mark.django_db
def test_the_command_reports_counts_and_refuses_clearly(capsys):
    call_command("generate_demo_data", "--meetings=2", "--seed=3")
    out = capsys.readouterr().out
    assert "Generated a demo archive" in out
    assert f"meetings: {Meeting.objects.count()}" in out
    with pytest.raises(CommandError, match="--force"):
        call_command("generate_demo_data", "--meetings=2")
    with pytest.raises(CommandError, match="at least 1"):
        call_command("generate_demo_data", "--meetings=0", "--force")


@pytest.mark.django_db
def test_meeting_dates_span_the_partnership_years():
    generate_demo_data(meetings=40, seed=2)
    dates = list(Meeting.objects.values_list("date", flat=True))
    assert min(dates) >= datetime.date(2002, 6, 27)
    assert max(dates) <= datetime.date(2025, 12, 31)
    assert max(dates) - min(dates) > datetime.timedelta(days=3 * 365)


@pytest.mark.django_db
def test_generated_statements_are_found_by_search(client):
    generate_demo_data(meetings=2, seed=4)
    word = Statement.objects.order_by("pk").values_list("text", flat=True).first().split()[-1]
    word = word.strip(".?,").lower()
    response = client.get(f"/search/?q={word}")
    assert response.status_code == 200
    assert response.context["statements"]
    # New statements are still indexed as they are written (the triggers are back).
    later = make_statement(text="Quixotic zeppelins over the harbour.")
    found = client.get("/search/?q=zeppelins").context["statements"]
    assert [statement.pk for statement in found] == [later.pk]


@pytest.mark.django_db(transaction=True)
def test_a_generated_archive_makes_cached_pages_stale():
    from core.page_cache import records_version

    generate_demo_data(meetings=1, seed=1)  # themes now exist: the next run saves no row
    version = records_version()
    generate_demo_data(meetings=1, seed=2, force=True)  # bulk inserts only, no signals
    assert records_version() != version
