"""Statements that stand for groups by their speaker, organisation or theme, or that hold an
abbreviation in capitals."""

import pytest

from minutes.models import Statement
from search.backend import search_backend
from search.sets import in_capitals, name_sets
from search.statements import read_query

pytestmark = pytest.mark.django_db


def test_an_abbreviation_is_found_only_as_written(world):
    ids = in_capitals(statements=Statement.objects.all(), word="WHO", backend=search_backend())

    assert ids == [world.who_text.pk]  # not "those who train"


def test_a_plural_or_possessive_abbreviation_counts(world):
    world.mallin_other.text = "COEs are great; the COE\u2019s staff too."
    world.mallin_other.save()

    assert in_capitals(
        statements=Statement.objects.all(), word="COE", backend=search_backend()
    ) == [world.mallin_other.pk]


def test_each_name_in_the_query_narrows_to_its_statements(world):
    query = read_query("mallin funding")
    statements = Statement.objects.published()

    sets = {s.label: s for s in name_sets(statements=statements, query=query, backend=None)}

    assert set(sets) == {"Monte Mallin", "Funding and sustainability"}
    mallin = sets["Monte Mallin"].narrow(statements)
    assert set(mallin.values_list("pk", flat=True)) == {
        world.mallin_funding.pk,
        world.mallin_other.pk,
        world.mallin_gp.pk,
    }
    tagged = sets["Funding and sustainability"].narrow(statements)
    assert set(tagged.values_list("pk", flat=True)) == {world.mallin_other.pk, world.euros.pk}
