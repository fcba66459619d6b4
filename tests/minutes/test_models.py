"""Meeting-record models: constraints, natural keys, URLs and QuerySets."""

import pytest

from minutes.models import Meeting, Panel, Panelist, Statement, Status, Theme
from tests.factories import (
    make_meeting,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
    refused,
)

pytestmark = pytest.mark.django_db


def test_slugs_are_unique():
    make_meeting(slug="m")
    make_theme(slug="t")
    assert refused(lambda: make_meeting(slug="m"))
    assert refused(lambda: make_theme(slug="t"))


def test_positions_are_unique_within_a_panel_only():
    panel = make_panel()
    make_statement(panel=panel, position=1)
    assert refused(lambda: make_statement(panel=panel, position=1))
    make_statement(panel=make_panel(), position=1)
    assert refused(lambda: make_panel(meeting=panel.meeting, position=panel.position))


def test_a_person_has_one_place_in_a_line_up():
    panelist = make_panelist()
    assert refused(lambda: make_panelist(panel=panelist.panel, position=1))
    assert refused(lambda: make_panelist(panel=panelist.panel, person=panelist.person))


def test_a_statement_needs_text():
    assert refused(lambda: make_statement(text=""))


def test_natural_keys_round_trip():
    statement = make_statement()
    panelist = make_panelist(panel=statement.panel)
    panel, meeting = statement.panel, statement.panel.meeting
    assert Meeting.objects.get_by_natural_key(*meeting.natural_key()) == meeting
    assert Panel.objects.get_by_natural_key(*panel.natural_key()) == panel
    assert Panelist.objects.get_by_natural_key(*panelist.natural_key()) == panelist
    assert Statement.objects.get_by_natural_key(*statement.natural_key()) == statement
    theme = make_theme()
    assert Theme.objects.get_by_natural_key(*theme.natural_key()) == theme


def test_urls_and_names():
    meeting = make_meeting(slug="m-x", title="Long title", short_title="Short")
    panel = make_panel(meeting=meeting, position=2)
    statement = make_statement(panel=panel, text="Words " * 30)
    assert meeting.get_absolute_url() == "/meetings/m-x/"
    assert panel.get_absolute_url() == "/meetings/m-x/panels/2/"
    assert statement.get_absolute_url() == f"/statements/{statement.pk}/"
    assert statement.anchor == f"s{statement.pk}"
    assert str(meeting).startswith("Short (")
    assert str(panel) == "Short: Panel 2"
    assert str(statement).startswith(f"{statement.speaker.name}: Words")
    assert make_theme(slug="bio").get_absolute_url() == "/themes/bio/"


def test_attribution_is_what_was_printed_at_the_time():
    organisation = make_organisation(name="IAEA")
    panelist = make_panelist(role="Director", organisation=organisation)
    assert panelist.attribution == "Director, IAEA"
    assert str(panelist) == f"{panelist.person.name} (Director, IAEA)"
    assert make_panelist(role="").attribution == ""


def test_published_hides_drafts_everywhere():
    public = make_statement()
    make_statement(panel=make_panel(meeting=make_meeting(status=Status.DRAFT)))
    assert list(Statement.objects.published()) == [public]
    assert list(Meeting.objects.published()) == [public.panel.meeting]


def test_visible_to_staff_includes_drafts(django_user_model):
    draft = make_meeting(status=Status.DRAFT)
    reader = django_user_model(username="r")
    staff = django_user_model(username="s", is_staff=True)
    assert draft not in Meeting.objects.visible_to(reader)
    assert draft in Meeting.objects.visible_to(staff)


def test_for_theme():
    theme = make_theme()
    tagged = make_statement(themes=[theme])
    make_statement()
    assert list(Statement.objects.for_theme(theme)) == [tagged]


def test_theme_keywords_split():
    assert make_theme(keywords="nuclear security, , IAEA ").keyword_list == [
        "nuclear security",
        "IAEA",
    ]


def test_deleting_a_meeting_takes_its_panels_and_statements():
    statement = make_statement()
    statement.panel.meeting.delete()
    assert not Statement.objects.exists()
    assert not Panel.objects.exists()
    assert make_person()  # people stay independent of meetings


def test_add_and_remove_a_theme_on_many_statements():
    theme = make_theme()
    had = make_statement(themes=[theme])
    lacked = make_statement()
    untouched = make_statement()
    chosen = Statement.objects.filter(pk__in=[had.pk, lacked.pk])
    assert chosen.add_theme(theme) == [lacked.pk]
    assert set(theme.statements.all()) == {had, lacked}
    assert sorted(chosen.remove_theme(theme)) == sorted([had.pk, lacked.pk])
    assert not theme.statements.exists()
    assert not untouched.themes.exists()
