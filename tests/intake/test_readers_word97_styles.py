"""A .doc's stylesheet: each style's name, kind, base and modifiers; which names are headings."""

from intake.readers.word97 import streams
from intake.readers.word97.styles import (
    BODY_LEVEL,
    CHARACTER_STYLE,
    Style,
    chain,
    heading_level,
    paragraph_sprms,
    stylesheet,
)
from tests.intake.word97_builder import BOLD, LIST, doc_file, paragraphs, sprm
from tests.intake.word97_builder import Style as Written


def read(styles: dict[int, Written]) -> dict[int, Style]:
    word, table, _ = streams(doc_file(paragraphs(["x"], styles=styles)), name="f")
    return stylesheet(table, word)


def test_styles_are_read_with_their_kind_base_and_modifiers():
    styles = read(
        {
            0: Written("Normal"),
            10: Written("Default Paragraph Font", kind=2),
            15: Written("List Number", base=0, papx=sprm(LIST, 3), chpx=sprm(BOLD, 1)),
            20: Written("Strong", kind=2, base=10, chpx=sprm(BOLD, 1)),
        }
    )
    assert sorted(styles) == [0, 10, 15, 20]
    assert styles[15] == Style("List Number", 1, 0, sprm(LIST, 3), sprm(BOLD, 1))
    assert styles[20] == Style("Strong", CHARACTER_STYLE, 10, b"", sprm(BOLD, 1))
    assert list(paragraph_sprms(styles, 15)) == [(LIST, b"\x03\x00")]


def test_a_style_based_on_itself_ends_its_chain():
    looped = {1: Style("A", base=2), 2: Style("B", base=1)}
    assert len(chain(looped, 1)) <= 16
    assert [style.name for style in chain({0: Style("Normal"), 3: Style("Quote", base=0)}, 3)] == [
        "Normal",
        "Quote",
    ]


def test_a_heading_style_or_an_outline_level_makes_a_heading():
    names = ("heading 2", "Title", "Subtitle", "Normal")
    assert [heading_level(name, BODY_LEVEL) for name in names] == [2, 1, 2, 0]
    assert heading_level("Normal", 0) == 1  # an outline level on a body style
