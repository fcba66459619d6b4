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
    assert same_role("An Ceann Comhairle") == same_role("Llywydd") == same_role("Mr. Speaker")


def test_a_full_name_a_misprint_away_is_the_person_met_but_a_first_name_apart_is_not():
    registry = Registry(KnownPeople())
    ellison = registry.add(parse_name("Margaret Ellison"))
    john = registry.add(parse_name("John Smith"))
    assert registry.near_full_name("MARGARET ELISON") is ellison
    assert registry.near_full_name("Margaret Ellison") is None  # the same name: not a misprint
    assert registry.near_full_name("Joan Smith") is None  # another person, one letter apart
    assert registry.near_full_name("Jon Smith") is None
    assert registry.near_full_name("Ellison") is None
    assert john is registry.find(parse_name("John Smith"))


def test_mr_and_mrs_of_one_surname_are_two_people():
    registry = Registry(KnownPeople())
    mr = registry.add(parse_name("Mr. Smith"))
    mrs = registry.add(parse_name("Mrs. Smith"))
    assert mr is not mrs
    assert registry.find(parse_name("Mrs Smith")) is mrs
    assert registry.find(parse_name("MR. SMITH")) is mr
    # An honorific that tells no one apart ('Dr.') finds the one already met.
    alone = Registry(KnownPeople())
    lee = alone.add(parse_name("Ms. Lee"))
    assert alone.find(parse_name("Dr. Lee")) is lee


def test_a_nick_of_the_name_run_together_is_the_person():
    registry = Registry(KnownPeople())
    jen = registry.add(parse_name("Jen Simmons-Park"))
    registry.add(parse_name("Florian Rivoal"))
    assert registry.by_handle("jensimmons") is jen
    assert registry.by_handle("jen_simmonspark") is jen
    assert registry.by_handle("simmonsparkj") is jen
    assert registry.by_handle("florianr") is None


@pytest.mark.parametrize(
    "listed, printed",
    [
        ("Mohammed Khan", "Dr. M. Khan"),
        ("John Paul Smith", "Cllr J. P. Smith"),
        ("Ama Beatrice Osei", "Prof. A.B. Osei"),
    ],
)
def test_a_name_with_initials_is_the_listed_person_they_begin(listed, printed):
    registry = Registry(KnownPeople())
    person = registry.add(parse_name(listed))
    assert registry.find(parse_name(printed)) is person


def test_initials_that_fit_two_people_of_the_surname_name_neither():
    registry = Registry(KnownPeople())
    registry.add(parse_name("Mary Khan"))
    registry.add(parse_name("Michael Khan"))
    assert registry.find(parse_name("Dr. M. Khan")) is None
    assert registry.find(parse_name("Dr. R. Khan")) is None


def test_in_a_document_of_french_honorifics_m_is_monsieur_before_a_full_name():
    registry = Registry(KnownPeople(), french=True)
    person = registry.add(parse_name("M. Jean Boudreau"))
    assert (person.name, person.honorific) == ("Jean Boudreau", "M.")
    registry = Registry(KnownPeople())
    assert registry.add(parse_name("M. Jean Boudreau")).name == "M. Jean Boudreau"


@pytest.mark.parametrize(
    "listed, printed",
    [
        ("Samantha Lee", "Samanta Lee"),
        ("Michael Brown", "Micheal Brown"),
        ("Alexander Petrov", "Alexandr Petrov"),
        ("Margaret Ellison", "MARGARET ELISON"),
    ],
)
def test_a_full_name_a_letter_or_two_away_is_the_listed_person(listed, printed):
    registry = Registry(KnownPeople())
    person = registry.add(parse_name(listed))
    assert registry.near_full_name(parse_name(printed).name) is person


@pytest.mark.parametrize(
    "listed, printed",
    [
        (["Jon Lee", "Jan Lee"], "Jen Lee"),  # two people it could be: neither
        (["Jon Lee"], "Jan Lee"),  # a letter changed makes another first name
        (["John Smith"], "Joan Smith"),
        (["Catherine Wolfe"], "Katherine Wolfe"),
        (["Ian Lee"], "Iain Lee"),  # too short to tell a slip from another name
        (["Samantha Lee"], "Samanta Leigh"),  # first name and surname both apart
        (["Samantha Lee"], "Samantha Lee Park"),
    ],
)
def test_a_near_name_that_could_be_someone_else_is_not_merged(listed, printed):
    registry = Registry(KnownPeople())
    for name in listed:
        registry.add(parse_name(name))
    assert registry.near_full_name(parse_name(printed).name) is None


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Anwar Yusuf Shaikh", "Anwar Shaikh"),
        ("Rukmini Eknath Pawar", "Rukmini Pawar"),
        ("John Quincy Adams", "John Adams"),
    ],
)
def test_a_name_without_its_middle_name_is_the_person_listed_with_it(full, short):
    registry = Registry(KnownPeople())
    person = registry.add(parse_name(full))
    assert registry.find(parse_name(short)) is person


def test_two_people_of_that_first_name_and_surname_are_not_guessed():
    registry = Registry(KnownPeople())
    registry.add(parse_name("Anwar Yusuf Shaikh"))
    registry.add(parse_name("Anwar Karim Shaikh"))
    assert registry.find(parse_name("Anwar Shaikh")) is None
