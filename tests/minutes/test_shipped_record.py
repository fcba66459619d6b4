"""The first record: the 26 January 2012 meeting, as shipped in fixtures/, read against its seed."""

import re

import pytest
import yaml
from django.core.management import call_command

from minutes.models import Meeting, Panelist, Statement
from people.models import Organisation
from tests.conftest import SEED, SHIPPED_RECORD

pytestmark = pytest.mark.django_db

SPEAKERS = [
    ("Panel 1", "Bonnie Jenkins"),
    ("Panel 1", "Monte Mallin"),
    ("Panel 1", "Anita Nergard"),
    ("Panel 1", "Bruno Dupré"),
    ("Panel 2", "Ludy Suryantoro"),
    ("Panel 2", "Khammar Mrabit"),
    ("Panel 2", "Krzysztof Paturej"),
    ("Panel 2", "Anthony Thomas"),
]


def seed_paragraphs() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def remark_paragraphs() -> list[str]:
    """The seed's remark paragraphs: what follows each biography, minus headings and furniture."""
    if not SEED.exists():
        pytest.skip(f"the seed is not at {SEED}")
    paragraphs = seed_paragraphs()
    body = paragraphs[paragraphs.index("Panel 1") : paragraphs.index("Back to Top")]
    record = yaml.safe_load(SHIPPED_RECORD.read_text(encoding="utf-8"))
    names = {person["name"] for person in record["people"]} | {"Dr. Khammar Mrabit"}
    biographies = {person.get("biography") for person in record["people"]}
    headings = {"Panel 1", "Panel 2", "Bonnie Jenkins\nWelcome Address"}
    return [p for p in body if p not in names | biographies | headings]


def test_line_up_in_printed_order(shipped_meeting):
    line_up = Panelist.objects.filter(panel__meeting=shipped_meeting).order_by(
        "panel__position", "position"
    )
    assert [(p.panel.title, p.person.name) for p in line_up] == SPEAKERS
    jenkins = line_up[0]
    assert jenkins.title == "Welcome Address"
    assert not Statement.objects.filter(speaker=jenkins.person).exists()


def test_every_remark_paragraph_once_verbatim_in_order(shipped_meeting):
    statements = Statement.objects.filter(panel__meeting=shipped_meeting).order_by(
        "panel__position", "position"
    )
    paragraphs = [p for s in statements for p in s.text.split("\n\n")]
    assert paragraphs == remark_paragraphs()


def test_the_list_introduced_by_as_following_stays_with_its_items(shipped_meeting):
    statement = Statement.objects.get(text__startswith="To address CBRN issues")
    assert statement.text.split("\n\n")[1:] == [
        "1. Bioterrorism unit",
        "2. Radiological/nuclear unit",
        "3. Chemical/explosives/conventional weapons unit",
    ]
    assert statement.speaker.name == "Anthony Thomas"


def test_biographies_are_verbatim(shipped_meeting):
    paragraphs = set(seed_paragraphs()) if SEED.exists() else pytest.skip("no seed")
    for panelist in Panelist.objects.filter(panel__meeting=shipped_meeting).select_related(
        "person"
    ):
        biography = panelist.biography or panelist.person.biography
        if panelist.person.name != "Bonnie Jenkins":
            assert biography in paragraphs, panelist.person.name


def test_roles_and_organisations_at_the_time(shipped_meeting):
    mallin = Panelist.objects.get(person__slug="monte-mallin")
    assert mallin.role == "Director of Strategic Planning"
    chain = [mallin.organisation.name] + [o.name for o in mallin.organisation.ancestors()]
    assert chain == [
        "Office of Nonproliferation and International Security",
        "National Nuclear Security Administration",
        "U.S. Department of Energy",
    ]
    for panelist in Panelist.objects.filter(panel__meeting=shipped_meeting).exclude(
        person__name="Bonnie Jenkins"
    ):
        assert panelist.organisation_id, panelist.person.name


def test_organisations_are_real_records_with_printed_variants_as_aliases(shipped_meeting):
    iaea = Organisation.objects.get(abbreviation="IAEA")
    assert iaea.name == "International Atomic Energy Agency"
    assert "International Atomic Energy Association" in iaea.aliases.values_list("name", flat=True)
    for abbreviation in ("WHO", "OPCW", "INTERPOL", "FBI", "EEAS"):
        assert Organisation.objects.filter(abbreviation=abbreviation).exists(), abbreviation
    assert Organisation.objects.filter(name="Norwegian Ministry of Foreign Affairs").exists()
    assert shipped_meeting.host.name == "U.S. Department of State"


def test_the_meeting_and_its_source(shipped_meeting):
    assert str(shipped_meeting.date) == "2012-01-26"
    assert shipped_meeting.location == "Washington, DC"
    assert shipped_meeting.source_url == "http://www.state.gov/t/isn/gp2013/mtg/panel/184313.htm"
    assert shipped_meeting.is_published


def test_furniture_is_not_part_of_the_record(shipped_meeting):
    texts = " ".join(Statement.objects.values_list("text", flat=True))
    for furniture in ("Back to Top", "printable banner", "OpenID", "Diplomacy in Action"):
        assert furniture not in texts


def test_themes_vocabulary_and_tagging(shipped_meeting):
    from minutes.models import Theme

    themes = Theme.objects.all()
    assert 12 <= themes.count() <= 20
    assert all(theme.description for theme in themes)
    deauville = {
        "Nuclear and radiological security",
        "Biosecurity",
        "Scientist engagement",
    }
    assert deauville <= set(themes.values_list("name", flat=True))
    assert themes.filter(name__contains="1540").exists()
    assert not Statement.objects.filter(themes__isnull=True).exists()


def test_dumpdata_and_loaddata_reproduce_the_records(shipped_meeting, tmp_path):
    before = described_records()
    dump = tmp_path / "dump.json"
    call_command(
        "dumpdata", "people", "minutes", natural_foreign=True, natural_primary=True, output=dump
    )
    delete_all_records()
    assert not Meeting.objects.exists()
    call_command("loaddata", dump, verbosity=0)
    assert described_records() == before


def delete_all_records() -> None:
    """Empty the records tables (flush cannot TRUNCATE inside PostgreSQL's test transaction)."""
    from minutes.models import Theme
    from people.models import Person

    Meeting.objects.all().delete()
    Person.objects.all().delete()
    Theme.objects.all().delete()
    Organisation.objects.update(parent=None)
    Organisation.objects.all().delete()


def described_records() -> dict:
    """The records by their natural keys, independent of primary keys."""
    from minutes.models import Theme
    from people.models import Membership, Person

    return {
        "organisations": sorted(
            (
                o.slug,
                o.name,
                o.parent.slug if o.parent else None,
                sorted(a.name for a in o.aliases.all()),
            )
            for o in Organisation.objects.all()
        ),
        "people": sorted(Person.objects.values_list("slug", "name", "biography")),
        "memberships": sorted(m.natural_key() for m in Membership.objects.all()),
        "themes": sorted(Theme.objects.values_list("slug", "name", "description", "keywords")),
        "meetings": list(Meeting.objects.values_list("slug", "title", "date", "status")),
        "panelists": sorted(
            (*p.natural_key(), p.person.slug, p.role, p.organisation.slug if p.organisation else "")
            for p in Panelist.objects.all()
        ),
        "statements": sorted(
            (*s.natural_key(), s.speaker.slug, s.text, sorted(t.slug for t in s.themes.all()))
            for s in Statement.objects.all()
        ),
    }


def test_every_remark_paragraph_is_on_the_meeting_page(shipped_meeting, client):
    import html

    page = client.get(shipped_meeting.get_absolute_url()).content.decode()
    for paragraph in remark_paragraphs():
        assert html.escape(paragraph) in page, paragraph[:60]
    for name, _ in ((n, p) for p, n in SPEAKERS):
        assert html.escape(name) in page


def test_a_theme_filter_keeps_exactly_the_tagged_statements(shipped_meeting, client):
    from minutes.models import Theme

    for theme in Theme.objects.all():
        page = client.get(shipped_meeting.get_absolute_url(), {"theme": theme.slug})
        shown = set(re.findall(r'<article[^>]* id="s(\d+)"', page.content.decode()))
        tagged = {str(pk) for pk in theme.statements.values_list("pk", flat=True)}
        assert shown == tagged, theme.slug


def test_every_public_page_of_the_shipped_record_answers(shipped_meeting, client):
    from django.urls import reverse

    from minutes.models import Panel, Theme
    from people.models import Person

    urls = [reverse(f"minutes:{name}") for name in ("home", "meeting_list", "theme_list")]
    urls += [reverse("search:statement_list"), reverse("people:person_list")]
    urls += [reverse("people:organisation_list"), shipped_meeting.get_absolute_url()]
    for model in (Panel, Statement, Theme, Person, Organisation):
        urls += [obj.get_absolute_url() for obj in model.objects.all()]
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert len(urls) > 100
