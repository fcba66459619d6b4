"""Formatted disk pages of a .doc: runs of text by file position, with their character
properties (CHPX) or paragraph style and properties (PAPX); damaged pages read no runs."""

from intake.readers.word97 import streams
from intake.readers.word97.fkp import PAGE, Runs, character_runs, page_runs, paragraph_runs
from tests.intake.word97_builder import BOLD, LIST, Doc, Piece, Run, doc_file, sprm

TEXT = 0x0400  # where the builder writes the text


def test_runs_of_character_and_paragraph_properties_by_file_position():
    doc = Doc(
        [Piece([Run("Ab", sprm(BOLD, 1)), Run("c\rd\r")])],
        paragraphs=[(0, b""), (15, sprm(LIST, 1))],
    )
    word, table, _ = streams(doc_file(doc), name="f")
    assert character_runs(table, word) == [(TEXT, TEXT + 4, sprm(BOLD, 1))]
    assert paragraph_runs(table, word) == [
        (TEXT, TEXT + 8, 0, b""),
        (TEXT + 8, TEXT + 12, 15, sprm(LIST, 1)),
    ]


def test_a_page_claiming_more_runs_than_fit_reads_none():
    page = bytearray(PAGE)
    page[PAGE - 1] = 200
    assert list(page_runs(bytes(page), 13)) == []
    assert list(page_runs(b"short", 1)) == []


def test_a_character_is_found_in_the_run_holding_it_or_in_none():
    runs = Runs([(10, 20, "a"), (30, 40, "b")])
    assert [runs.at(fc) for fc in (9, 10, 19, 20, 35, 40)] == [
        None,
        (10, 20, "a"),
        (10, 20, "a"),
        None,
        (30, 40, "b"),
        None,
    ]
