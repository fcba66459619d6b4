"""A speaker met by one word takes the one fuller name the document prints for it."""

from intake.interpreter import KnownPeople
from intake.interpreter.fuller_names import (
    fuller_names,
    lengthen_short_names,
    listed_with_place,
    middle_named,
)
from intake.interpreter.names import parse_name
from intake.interpreter.people import Registry
from intake.interpreter.units import Unit
from intake.readers.blocks import BlockKind, Place


def units(*texts: str) -> list[Unit]:
    return [
        Unit(text, Place(line=i + 1), BlockKind.PARAGRAPH, index=i, block=i)
        for i, text in enumerate(texts)
    ]


def test_the_fuller_names_a_roster_heading_or_sentence_prints():
    texts = [
        "WALTER P. BRANDT, Ohio, Chairman",
        "RAUL M. MORALES, Texas               DALE SUTTERFIELD, Nebraska",
        "OPENING STATEMENT OF HON. GLENN T. HARGROVE, A REPRESENTATIVE",
        "I invite Ms. Katarina Lindholm, Special Coordinator, to participate.",
        "With me tonight are our treasurer, Dwayne Pickett, and Hannah.",
        "The Ranking Member Hargrove and Senators Askew and Brennan agreed.",
    ]
    assert fuller_names("Hargrove", texts) == {"Glenn T. Hargrove"}
    assert fuller_names("SUTTERFIELD", texts) == {"Dale Sutterfield"}  # not 'Texas Dale'
    assert fuller_names("Lindholm", texts) == {"Katarina Lindholm"}
    assert fuller_names("Dwayne", texts) == {"Dwayne Pickett"}
    assert fuller_names("Askew", texts) == set()  # 'Senators' is an office, no first name
    assert fuller_names("Brennan", texts) == set()


def test_one_fuller_name_lengthens_the_person_with_a_note_two_lengthen_no_one():
    registry = Registry(KnownPeople())
    hargrove = registry.add(parse_name("Mr. HARGROVE"))
    mr_morales = registry.add(parse_name("Mr. MORALES"))
    lengthen_short_names(
        registry,
        units(
            "GLENN T. HARGROVE, Kansas, Ranking Minority Member",
            "RAUL M. MORALES, Texas",
            "PATRICIA MORALES, California",
        ),
    )
    assert hargrove.name == "Glenn T. Hargrove"
    assert any("'Glenn T. Hargrove' is read from elsewhere" in note for note, _ in hargrove.notes)
    assert mr_morales.name == "Morales"


def test_a_handle_or_a_name_with_no_fuller_form_is_left_as_it_is():
    registry = Registry(KnownPeople())
    ravi = registry.add_handle("ravi", None)
    tavita = registry.add(parse_name("Senator TAVITA"))
    lengthen_short_names(registry, units("Thanks to Ravi Chandrasekaran for scribing.", "Tavita."))
    assert (ravi.name, tavita.name) == ("ravi", "Tavita")


def test_of_members_sharing_a_surname_the_one_printed_with_the_labels_place():
    registry = Registry(KnownPeople())
    raul = registry.add(parse_name("Raul M. Morales"))
    patricia = registry.add(parse_name("Patricia Morales"))
    texts = [
        "RAUL M. MORALES, Texas               DALE SUTTERFIELD, Nebraska",
        "PATRICIA MORALES, California         RENEE VOSS, Iowa",
        "Hon. Ann Kerr of Ohio; Ben Kerr (Maine)",
    ]
    assert listed_with_place([raul, patricia], "California", texts) is patricia
    assert listed_with_place([raul, patricia], "Texas", texts) is raul
    assert listed_with_place([raul, patricia], "Iowa", texts) is None  # Voss's, not a Morales
    ann, ben = registry.add(parse_name("Ann Kerr")), registry.add(parse_name("Ben Kerr"))
    assert listed_with_place([ann, ben], "Ohio", texts) is ann
    assert listed_with_place([ann, ben], "Maine", texts) is ben


def test_a_first_name_takes_a_hyphenated_surname_whole():
    texts = [
        "Board: Glenn Haverford (President), Lucia Ortega-Byrne (VP), Marcus Tilley",
        "Treasurer: Dafydd Morgan-Jones; Secretary: Siân Prys.",
        "Ms. Mary-Kate O'Neill-Hughes spoke next.",
    ]
    assert fuller_names("Lucia", texts) == {"Lucia Ortega-Byrne"}
    assert fuller_names("Dafydd", texts) == {"Dafydd Morgan-Jones"}
    assert fuller_names("Mary-Kate", texts) == {"Mary-Kate O'Neill-Hughes"}


def test_a_first_name_and_surname_take_the_middle_name_printed_elsewhere():
    texts = [
        "7. Smt. Meena Sopan Gaikwad - Anganwadi Sevika",
        "John Quincy Adams, Treasurer; Ann Lee; Ann Mary Lee; Ann Beth Lee",
        "Smt. Meena Gaikwad: September is Poshan Maah.",
    ]
    assert middle_named("Meena Gaikwad", texts) == {"Meena Sopan Gaikwad"}
    assert middle_named("John Adams", texts) == {"John Quincy Adams"}
    assert middle_named("Ann Lee", texts) == {"Ann Mary Lee", "Ann Beth Lee"}  # no one


def test_the_registry_lengthens_a_two_word_name_once():
    registry = Registry(KnownPeople())
    registry.add(parse_name("Meena Gaikwad"))
    lengthen_short_names(registry, units("7. Smt. Meena Sopan Gaikwad - Anganwadi Sevika"))
    assert [p.name for p in registry.people] == ["Meena Sopan Gaikwad"]
