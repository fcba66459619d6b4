"""The numbers Word prints before .doc list paragraphs: counted per list, formatted by the
level, restarted by an override or when a higher level moves on; bullets print none."""

import pytest

from intake.readers.word97 import streams
from intake.readers.word97.lists import Counter, Level, Lists, Override, read_lists
from tests.intake.word97_builder import Level as Written
from tests.intake.word97_builder import doc_file, paragraphs

OUTLINE = [Level(1, 0, "\x00."), Level(1, 4, "(\x01)"), Level(1, 2, "\x00.\x01.\x02")]


def counter(*overrides: Override, lists: dict | None = None) -> Counter:
    return Counter(Lists(lists or {7: OUTLINE, 8: [Level(1, 23, "\uf0b7")]}, list(overrides)))


def test_numbers_per_level_deeper_ones_restarting():
    count = counter(Override(7, {}, {}))
    labels = [count.label(1, level) for level in (0, 1, 1, 2, 0, 1)]
    assert labels == ["1.", "(a)", "(b)", "1.b.i", "2.", "(a)"]


def test_overrides_of_one_list_count_on_and_a_restart_applies_at_first_use():
    count = counter(Override(7, {}, {}), Override(7, {0: 10}, {}), Override(8, {}, {}))
    assert [count.label(1, 0), count.label(1, 0), count.label(2, 0), count.label(2, 0)] == [
        "1.",
        "2.",
        "10.",
        "11.",
    ]
    assert count.label(3, 0) == ""  # a bullet


def test_an_override_may_format_a_level_anew():
    count = counter(Override(7, {}, {0: Level(3, 1, "Part \x00")}))
    assert [count.label(1, 0), count.label(1, 0)] == ["Part III", "Part IV"]


@pytest.mark.parametrize(("ilfo", "ilvl"), [(0, 0), (9, 0), (1, 9), (2, 3)])
def test_a_paragraph_naming_no_list_or_level_there_is_no_list_item(ilfo, ilvl):
    assert counter(Override(7, {}, {}), Override(8, {}, {})).label(ilfo, ilvl) is None


def test_a_level_that_prints_nothing_is_no_list_item():
    lists = {7: [Level(1, 255, "")]}
    assert counter(Override(7, {}, {}), lists=lists).label(1, 0) is None


def test_the_lists_and_overrides_read_from_the_table_stream():
    doc = paragraphs(
        ["x"],
        lists={7: [Written("\x00.", start=3)] * 9, 8: [Written("\uf0b7", nfc=23)]},
        overrides=[(8, {}), (7, {1: 4})],
    )
    word, table, _ = streams(doc_file(doc), name="f")
    found = read_lists(table, word)
    assert found.lists[7] == [Level(3, 0, "\x00.")] * 9
    assert found.lists[8] == [Level(1, 23, "\uf0b7")]
    assert found.overrides == [Override(8, {}, {}), Override(7, {1: 4}, {})]


def test_lists_cut_off_by_the_streams_end_are_read_as_far_as_they_go():
    doc = paragraphs(["x"], lists={7: [Written("\x00.")] * 9}, overrides=[(7, {})])
    word, table, _ = streams(doc_file(doc), name="f")
    end = table.index("\x00.".encode("utf-16-le")) + 2  # in the first level's number text
    found = read_lists(table[:end], word)
    assert found.lists == {7: []}
    assert found.overrides == []
