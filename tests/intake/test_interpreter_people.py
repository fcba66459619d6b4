"""People: one entry each, recorded people referred to, near spellings noted."""

import pytest

from intake.interpreter import KnownPeople, draft_from_document
from intake.interpreter.names import parse_name
from intake.interpreter.people import Registry, same_role
from tests.factories import make_person
from tests.intake.blocks import document

pytestmark = pytest.mark.django_db


def test_recorded_people_are_matched_by_name_without_accents_or_by_honorific_and_surname():
    make_person(slug="ramon-estevez", name="Ramón Estévez", honorific="Mr.")
    make_person(slug="helena-varga", name="Helena Varga", honorific="Dr.")
    registry = Registry(KnownPeople.load())
    assert registry.add(parse_name("Ramon Estevez")).key == "ramon-estevez"
    assert registry.add(parse_name("DR. VARGA")).key == "helena-varga"


def test_a_new_name_close_to_a_recorded_one_is_noted_not_merged():
    make_person(slug="adaeze-okafor", name="Adaeze Okafor")
    doc = document("Board", "1 June 2020", "Adaeze Okafar: We begin.")
    data = draft_from_document(document=doc, themes=[]).data
    assert [p["key"] for p in data["people"]] == ["adaeze-okafar"]
    assert any("close to 'Adaeze Okafor', already recorded" in n for n in data["review"])


def test_the_recorded_people_are_loaded_once_not_looked_up_name_by_name(django_assert_num_queries):
    make_person(slug="ann-lee", name="Ann Lee")
    known = KnownPeople.load()
    doc = document("Board", "1 June 2020", "Present: Ann Lee; Bo Park", "Ms. Lee: Go.")
    with django_assert_num_queries(1):  # only whether the meeting's slug is already recorded
        draft_from_document(document=doc, themes=[], people=known, organisations=_empty())
    assert known.named("ann lee").slug == "ann-lee"


def _empty():
    from intake.interpreter import KnownOrganisations

    return KnownOrganisations()


def test_short_forms_roles_and_handles_find_the_person_already_met():
    registry = Registry(KnownPeople())
    okafor = registry.add(parse_name("Ms. Adaeze Okafor"))
    registry.give_role(okafor, "Chair")
    ishida = registry.add(parse_name("Mariko Ishida"))
    assert registry.find(parse_name("MS. OKAFOR")) is okafor
    assert registry.by_role("The Chairman") is okafor
    assert registry.by_handle("mishida") is ishida
    assert registry.near("Okafro") is okafor


def test_one_office_printed_several_ways():
    assert same_role("THE CHAIRMAN") == same_role("Madam Chair") == same_role("chair")
    assert same_role("Vice-Chair") != same_role("Chair")
