"""A small record with what forgiving search has to forgive: accents, hyphens, British and
American spellings, abbreviations, speakers named in queries, themes that use other words."""

from types import SimpleNamespace

import pytest

from people.models import OrganisationAlias
from tests.factories import (
    make_meeting,
    make_organisation,
    make_panel,
    make_person,
    make_speech,
    make_theme,
)


@pytest.fixture
def world(db):
    w = SimpleNamespace()
    w.who = make_organisation(name="World Health Organization", abbreviation="WHO", slug="who")
    w.cluster = make_organisation(name="Health Security Cluster", parent=w.who, slug="cluster")
    w.doe = make_organisation(name="U.S. Department of Energy", abbreviation="DOE", slug="doe")
    OrganisationAlias.objects.create(organisation=w.doe, name="Department of Energy")
    w.nnsa = make_organisation(
        name="National Nuclear Security Administration", parent=w.doe, slug="nnsa"
    )
    w.opcw = make_organisation(
        name="Organisation for the Prohibition of Chemical Weapons", abbreviation="OPCW"
    )
    w.funding = make_theme(
        name="Funding and sustainability", slug="funding", keywords="funding, euros"
    )
    w.labs = make_theme(name="Laboratories", slug="labs", keywords="reference lab")
    w.dupre = make_person(name="Bruno Dupré", sort_name="Dupré, Bruno", slug="dupre")
    w.mallin = make_person(name="Monte Mallin", sort_name="Mallin, Monte", slug="mallin")
    w.ludy = make_person(name="Ludy Suryantoro", sort_name="Suryantoro, Ludy", slug="ludy")
    w.anna = make_person(name="Anna Field", sort_name="Field, Anna", slug="anna")
    meeting = make_meeting(slug="forgiving", title="Forgiving search")
    panel = make_panel(meeting=meeting)

    def said(person, organisation, text, themes=()):
        return make_speech(
            panel=panel, speaker=person, organisation=organisation, text=text, themes=themes
        )

    w.soft_power = said(w.dupre, None, "Soft power matters, and dialogue is important.")
    w.mallin_funding = said(w.mallin, w.nnsa, "Scientist engagement is hard in terms of funding.")
    w.mallin_other = said(w.mallin, w.nnsa, "COEs are great tools.", themes=[w.funding])
    w.mallin_gp = said(w.mallin, w.nnsa, "Global Partnership projects are successful.")
    w.anna_funding = said(w.anna, None, "Funding must follow the work.")
    w.euros = said(w.anna, None, "The EU committed a billion Euros.", themes=[w.funding])
    w.bio = said(w.anna, None, "New issues are waste, preparedness and bio-security.")
    w.nonbinding = said(w.anna, None, "Binding and nonbinding instruments differ.")
    w.organizing = said(w.anna, None, "We will be organizing a conference.")
    w.center = said(w.anna, None, "The physical center of excellence opens soon.")
    w.wmd = said(w.anna, None, "The threat has changed from WMD to CBRN.")
    w.does = said(w.anna, None, "The network does not enjoy agreement.")
    w.who_text = said(w.anna, None, "WHO should work with countries.")
    w.who_pronoun = said(w.anna, None, "Those who train personnel matter.")
    w.ludy_health = said(w.ludy, w.cluster, "Public health specialists are driven.")
    w.lab = said(w.anna, None, "A central reference lab helps.", themes=[w.labs])
    w.cyber = said(w.anna, None, "Cyber security needs trained people.")
    w.training = said(w.anna, None, "We trained ten thousand people.")
    return w


def made_public(*records):
    """Gives each person, organisation or theme a use in a published meeting (a statement,
    a place on a line-up, a tag), as the records' rule wants of a public name; returns them."""
    from minutes.models import Theme
    from people.models import Organisation, Person
    from tests.factories import make_panelist, make_statement

    for record in records:
        if isinstance(record, Person):
            make_statement(speaker=record)
        elif isinstance(record, Organisation):
            make_panelist(organisation=record)
        elif isinstance(record, Theme):
            make_statement(themes=[record])
    return records[0] if len(records) == 1 else records
