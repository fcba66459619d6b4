"""Public pages for people and organisations: content, published-only statements, query counts."""

import datetime

import pytest
from django.urls import reverse

from minutes.models import Status
from people.models import OrganisationAlias
from tests.factories import (
    make_attendance,
    make_meeting,
    make_membership,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)

pytestmark = pytest.mark.django_db


def statement_ids(response) -> list[int]:
    return [
        row["pk"]
        for group in response.context["groups"]
        for panel in group["panels"]
        for row in panel["statements"]
    ]


# People


def test_person_list_counts_published_statements(client):
    speaker = make_person(name="Monte Mallin")
    make_statement(speaker=speaker)
    draft_panel = make_panel(meeting=make_meeting(status=Status.DRAFT))
    make_statement(speaker=speaker, panel=draft_panel)
    make_attendance(person=make_person(name="Silent Person"))  # present, never spoke
    make_panelist(panel=draft_panel, person=make_person(name="Only In A Draft"))

    response = client.get(reverse("people:person_list"))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{speaker.get_absolute_url()}">Monte Mallin</a>' in html
    assert "Silent Person" in html
    assert "Only In A Draft" not in html
    counts = {person.name: person.statement_count for person in response.context["people"]}
    assert counts["Monte Mallin"] == 1
    assert counts["Silent Person"] == 0


def test_person_list_queries_are_constant(client, django_assert_max_num_queries):
    for _ in range(20):
        make_statement(speaker=make_person())

    with django_assert_max_num_queries(3):
        client.get(reverse("people:person_list"))


@pytest.fixture
def mallin():
    """A speaker with two posts, two meetings (one a draft) and a statement in each."""
    person = make_person(name="Monte Mallin", slug="monte-mallin", biography="Works at NNSA.")
    nnsa = make_organisation(name="NNSA", slug="nnsa")
    make_membership(
        person=person,
        organisation=nnsa,
        role="Director of Strategic Planning",
        start_date=datetime.date(2010, 1, 1),
    )
    make_membership(person=person, role="Earlier post")
    meeting = make_meeting(title="GP meeting", date=datetime.date(2012, 1, 26))
    panel = make_panel(meeting=meeting)
    make_panelist(panel=panel, person=person, title="Welcome Address", organisation=nnsa)
    published = make_statement(panel=panel, speaker=person, text="Projects are successful.")
    draft_panel = make_panel(meeting=make_meeting(title="Draft meeting", status=Status.DRAFT))
    make_panelist(panel=draft_panel, person=person)
    draft = make_statement(panel=draft_panel, speaker=person, text="Not yet public.")
    return {"person": person, "published": published, "draft": draft}


def test_person_page_shows_biography_posts_panels_and_published_statements(client, mallin):
    response = client.get(mallin["person"].get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Monte Mallin</h1>" in html
    assert "Works at NNSA." in html
    assert 'Director of Strategic Planning, <a href="/organisations/nnsa/">NNSA</a>' in html
    assert "from 1 January 2010" in html
    assert "Earlier post" in html
    assert "GP meeting" in html
    assert "“Welcome Address”" in html
    assert "Draft meeting" not in html
    assert statement_ids(response) == [mallin["published"].pk]
    assert "Projects are successful." in html
    assert "Not yet public." not in html


def test_person_page_groups_statements_by_meeting_newest_first(client):
    person = make_person()
    old = make_statement(speaker=person, panel=make_panel(meeting=make_meeting(date="2010-01-01")))
    new = make_statement(speaker=person, panel=make_panel(meeting=make_meeting(date="2015-01-01")))

    response = client.get(person.get_absolute_url())

    groups = response.context["groups"]
    assert [group["meeting"] for group in groups] == [new.panel.meeting, old.panel.meeting]


def test_unknown_person_is_404(client):
    assert client.get(reverse("people:person_detail", kwargs={"slug": "nobody"})).status_code == 404


def test_person_page_queries_are_constant(client, django_assert_max_num_queries):
    person = make_person()
    themes = [make_theme(), make_theme()]
    for _ in range(5):
        panel = make_panel(meeting=make_meeting())
        make_panelist(panel=panel, person=person, organisation=make_organisation())
        for _ in range(3):
            make_statement(panel=panel, speaker=person, themes=themes)
        make_membership(person=person)

    # One of them ranks the person's themes; statements are paged panel by panel
    # (minutes/views/paging.py) and panels are capped.
    with django_assert_max_num_queries(9):
        client.get(person.get_absolute_url())


# Organisations


def test_organisation_list_is_a_tree(client):
    department = make_organisation(name="Department of Energy", slug="doe")
    agency = make_organisation(name="NNSA", slug="nnsa", parent=department)
    # Public as published meetings' hosts: the office, so its agency and department too.
    make_meeting(
        host=make_organisation(name="Office of Nonproliferation", slug="dnn", parent=agency)
    )
    make_meeting(host=make_organisation(name="Norwegian MFA", slug="mfa"))
    make_organisation(name="Only In A Draft", slug="draft-only", parent=agency)

    response = client.get(reverse("people:organisation_list"))

    html = response.content.decode()
    assert response.status_code == 200
    assert [org.name for org in response.context["organisations"]] == [
        "Department of Energy",
        "Norwegian MFA",
    ]
    # The office is listed inside the agency, inside the department.
    doe, nnsa, dnn = (
        html.index("/organisations/doe/"),
        html.index("/organisations/nnsa/"),
        (html.index("/organisations/dnn/")),
    )
    assert doe < nnsa < dnn < html.index("/organisations/mfa/")
    assert html.count('<ul class="tree">') == 3
    assert "Only In A Draft" not in html


def test_organisation_list_queries_are_constant(client, django_assert_max_num_queries):
    for _ in range(5):
        parent = make_organisation()
        for _ in range(3):  # public, each a published meeting's host, with those above
            make_meeting(host=make_organisation(parent=make_organisation(parent=parent)))

    # The list, and the public rule's two (the bodies used, the tree's pairs).
    with django_assert_max_num_queries(3):
        response = client.get(reverse("people:organisation_list"))
    assert len(response.context["organisations"]) == 5


@pytest.fixture
def energy():
    """A department with an agency and an office below it, and speakers for each."""
    department = make_organisation(name="Department of Energy", slug="doe")
    agency = make_organisation(name="NNSA", slug="nnsa", parent=department)
    office = make_organisation(name="Office of Nonproliferation", slug="dnn", parent=agency)
    other = make_organisation(name="Norwegian MFA", slug="mfa")
    speaker = make_person(name="Monte Mallin")
    make_membership(person=speaker, organisation=agency, role="Director")
    meeting = make_meeting(title="GP meeting")
    for_office = make_panel(meeting=meeting)
    make_panelist(panel=for_office, person=speaker, role="Director", organisation=office)
    for_other = make_panel(meeting=meeting)
    make_panelist(panel=for_other, person=speaker, organisation=other)
    draft_panel = make_panel(meeting=make_meeting(status=Status.DRAFT))
    make_panelist(panel=draft_panel, person=speaker, organisation=office)
    return {
        "department": department,
        "agency": agency,
        "office": office,
        "said_for_office": make_statement(panel=for_office, speaker=speaker, text="For DOE."),
        "said_for_other": make_statement(panel=for_other, speaker=speaker, text="For Norway."),
        "said_in_draft": make_statement(panel=draft_panel, speaker=speaker, text="Draft words."),
        "narrative": make_statement(panel=for_office, speaker=None, text="Narrative text."),
    }


def test_organisation_page_includes_statements_of_sub_organisation_panelists(client, energy):
    response = client.get(energy["department"].get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert statement_ids(response) == [energy["said_for_office"].pk]
    assert "For DOE." in html
    assert "For Norway." not in html
    assert "Draft words." not in html
    assert "Narrative text." not in html


def test_organisation_page_shows_breadcrumb_children_and_people(client, energy):
    response = client.get(energy["agency"].get_absolute_url())

    html = response.content.decode()
    assert 'href="/organisations/doe/">Department of Energy</a>' in html
    assert 'href="/organisations/dnn/">Office of Nonproliferation</a>' in html
    assert "Monte Mallin</a>, Director" in html  # the membership
    assert "Spoke for it" in html
    assert statement_ids(response) == [energy["said_for_office"].pk]


def test_organisation_page_shows_the_names_it_is_printed_under(client):
    organisation = make_organisation(name="Carnegie Endowment for International Peace")
    make_meeting(host=organisation)
    OrganisationAlias.objects.create(
        organisation=organisation, name="Carnegie Foundation of International Peace"
    )

    html = client.get(organisation.get_absolute_url()).content.decode()

    assert "<dd>Carnegie Foundation of International Peace</dd>" in html


def test_organisation_page_of_a_leaf_only_has_its_own_statements(client, energy):
    response = client.get(reverse("people:organisation_detail", kwargs={"slug": "mfa"}))

    assert statement_ids(response) == [energy["said_for_other"].pk]


def test_organisation_page_escapes_names(client):
    organisation = make_organisation(name="<b>Bold</b> Office")
    make_meeting(host=organisation)

    html = client.get(organisation.get_absolute_url()).content.decode()

    assert "<b>Bold</b>" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt; Office" in html


def test_organisation_page_queries_are_constant(client, django_assert_max_num_queries):
    department = make_organisation()
    themes = [make_theme(), make_theme()]
    for _ in range(4):
        office = make_organisation(parent=department)
        make_membership(organisation=office)
        panel = make_panel()
        for _ in range(2):
            person = make_person()
            make_panelist(panel=panel, person=person, organisation=office)
            make_statement(panel=panel, speaker=person, themes=themes)

    # The walk down the tree costs one query per level: here two, plus the empty third;
    # one more ranks the themes its people spoke about; two find the public bodies (those
    # used, then their parents), kept until the records change in production.
    with django_assert_max_num_queries(15):
        client.get(department.get_absolute_url())
