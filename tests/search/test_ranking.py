"""What a forgiving search finds and in what order, class by class (on whichever database the
suite runs: SQLite and PostgreSQL alike), on the small record of tests/search/conftest.py."""

from minutes.models import Statement
from search.models import ThesaurusEntry
from search.statements import read_query, search_statements, suggestion


def results(text: str):
    return search_statements(statements=Statement.objects.published(), query=read_query(text))


def found(text: str) -> list[int]:
    return results(text).ids


def matched(text: str) -> list[int]:
    """The statements holding every group (the partial ones that follow left out)."""
    found = results(text)
    return found.ids[: found.matched]


# Accents and case


def test_a_name_typed_without_its_accent_finds_the_person(world):
    assert set(matched("dupre")) == {world.soft_power.pk}
    assert matched("DUPRÉ") == matched("dupre") == matched("Dupré")


def test_accented_text_is_found_plain_and_marked_as_printed(world):
    statement = world.soft_power
    statement.text = "Bruno Dupré spoke of soft power."
    statement.save()

    found = results("bruno dupre soft power")

    assert found.ids[0] == statement.pk
    marked = found[0].marked_text
    assert "<mark>Dupré</mark>" in marked and "<mark>soft</mark>" in marked


# Compounds and hyphens


def test_one_word_finds_it_hyphenated_and_spaced(world):
    assert matched("biosecurity") == [world.bio.pk]
    assert matched("bio security") == [world.bio.pk]
    assert matched("cybersecurity") == [world.cyber.pk]


def test_a_hyphenated_word_finds_it_written_as_one(world):
    assert matched("non-binding") == [world.nonbinding.pk]
    assert matched("non binding") == [world.nonbinding.pk]


# British and American spellings


def test_british_spellings_find_american_text_and_the_reverse(world):
    assert matched("organising") == [world.organizing.pk]
    assert matched('"centre of excellence"') == [world.center.pk]
    assert matched("dialog") == [world.soft_power.pk]
    world.center.text = "The centre of excellence opens."
    world.center.save()
    assert matched("center") == [world.center.pk]


# Plurals and other forms


def test_other_forms_of_a_word_are_found(world):
    assert set(matched("train")) >= {world.cyber.pk, world.training.pk, world.who_pronoun.pk}
    assert matched("scientists engaged") == [world.mallin_funding.pk]


# Abbreviations and synonyms


def test_an_abbreviation_and_what_it_stands_for_find_each_other(world):
    assert world.wmd.pk in matched("weapons of mass destruction")
    assert matched("lab") == matched("laboratory") == [world.lab.pk]


def test_an_abbreviation_is_found_in_capitals_only(world):
    # DOE is how a stemmer reads "does"; WHO in lower case is the pronoun.
    assert world.does.pk not in found("Department of Energy")
    assert world.who_text.pk in matched("WHO")
    assert world.who_pronoun.pk not in found("WHO")
    assert world.who_text.pk in matched("World Health Organisation")


def test_a_new_thesaurus_entry_is_used_by_the_next_search(world):
    assert matched("thermonuclear arsenal") == []

    ThesaurusEntry.objects.create(term="thermonuclear arsenal", equivalents="WMD")

    assert matched("thermonuclear arsenal") == [world.wmd.pk]


# People, organisations and themes named in the query


def test_a_surname_finds_what_the_person_said(world):
    assert set(matched("mallin")) == {
        world.mallin_funding.pk,
        world.mallin_other.pk,
        world.mallin_gp.pk,
    }


def test_a_surname_and_a_topic_narrow_each_other_text_first(world):
    # The statement that says "funding" before the one only tagged Funding and sustainability.
    assert matched("mallin funding") == [world.mallin_funding.pk, world.mallin_other.pk]


def test_an_organisation_finds_its_people_and_those_of_the_bodies_inside_it(world):
    by_name = set(matched("Department of Energy"))
    assert by_name == {world.mallin_funding.pk, world.mallin_other.pk, world.mallin_gp.pk}
    assert set(matched("DOE")) == by_name
    assert set(matched("National Nuclear Security Administration")) == by_name
    assert matched("World Health Organisation")[0] == world.who_text.pk  # its text, first
    assert world.ludy_health.pk in matched("World Health Organisation")


def test_a_theme_name_finds_statements_tagged_with_it_those_that_say_it_first(world):
    world.mallin_funding.themes.add(world.funding)

    found = results("Funding and sustainability")

    tagged = [world.mallin_funding.pk, world.mallin_other.pk, world.euros.pk]
    assert found.ids[: found.matched][0] == world.mallin_funding.pk  # tagged, and says funding
    assert set(found.ids[: found.matched]) == set(tagged)
    # Untagged, it says funding but not sustainability: after the matches.
    assert found.ids[found.matched :] == [world.anna_funding.pk]


def test_a_quoted_phrase_is_taken_as_written(world):
    assert matched('"mallin"') == []  # no text says Mallin
    assert matched('"soft power"') == [world.soft_power.pk]
    assert matched('"power soft"') == []


# Misspellings and questions


def test_a_misspelt_name_or_word_gets_a_suggestion(world):
    for typed, suggested in [
        ("mallen funding", "Mallin funding"),
        ("Suryantro", "Suryantoro"),
        ("preparednes", "preparedness"),
        ("dupree", "Dupré"),
    ]:
        assert suggestion(text=typed, query=read_query(typed)) == suggested
    assert suggestion(text="mallin funding", query=read_query("mallin funding")) == ""


def test_when_no_statement_has_every_word_those_with_the_rarest_come_first(world):
    found = results("how many euros did the EU commit")

    assert found.matched == 0
    assert found.ids[0] == world.euros.pk
    assert found.missing[world.euros.pk]  # "many" and "commit" are not in it
    assert world.euros.pk in results("mallen euros").ids  # a misspelt word among right ones


def test_every_result_holds_a_group_and_no_excluded_word(world):
    assert world.anna_funding.pk not in found("funding -work")
    assert found("zzzz qqqq") == []
