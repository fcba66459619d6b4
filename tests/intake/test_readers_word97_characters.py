"""A .doc character's look: bold and hidden from its paragraph style, its character style and
its own sprms, toggles meaning "as the style" or its opposite; deletions hidden."""

from intake.readers.word97.characters import Look, Looks
from intake.readers.word97.styles import CHARACTER_STYLE, Style
from tests.intake.word97_builder import BOLD, DELETED, HIDDEN, sprm
from tests.intake.word97_builder import CHARACTER_STYLE as SET_STYLE

STYLES = {
    0: Style("Normal"),
    1: Style("heading 1", base=0, character=sprm(BOLD, 1)),
    2: Style("Heading quiet", base=1),
    10: Style("Default Paragraph Font", kind=CHARACTER_STYLE),
    20: Style("Strong", kind=CHARACTER_STYLE, base=10, character=sprm(BOLD, 1)),
    21: Style("Hidden note", kind=CHARACTER_STYLE, character=sprm(HIDDEN, 1)),
    22: Style("Inverted", kind=CHARACTER_STYLE, character=sprm(BOLD, 0x81)),
}


def look(paragraph_style: int, grpprl: bytes = b"") -> Look:
    return Looks(STYLES).look(paragraph_style, grpprl)


def test_bold_set_directly_or_by_a_style_and_its_bases():
    assert look(0) == Look()
    assert look(0, sprm(BOLD, 1)) == Look(bold=True)
    assert look(2) == Look(bold=True)  # from the style it is based on
    assert look(0, sprm(SET_STYLE, 20)) == Look(bold=True)


def test_toggles_follow_or_invert_the_style():
    assert look(1, sprm(BOLD, 0)) == Look()
    assert look(1, sprm(BOLD, 0x80)) == Look(bold=True)
    assert look(1, sprm(BOLD, 0x81)) == Look()
    assert look(1, sprm(SET_STYLE, 22)) == Look()  # a character style inverting the paragraph's
    assert look(0, sprm(SET_STYLE, 20) + sprm(BOLD, 0x81)) == Look()


def test_hidden_text_and_deletions_are_hidden_and_a_plain_reset_keeps_the_styles():
    assert look(0, sprm(HIDDEN, 1)).hidden
    assert look(0, sprm(SET_STYLE, 21)).hidden
    assert look(0, sprm(DELETED, 1)).hidden
    assert not look(0, sprm(DELETED, 0)).hidden
    assert look(1, sprm(BOLD, 0) + bytes.fromhex("332a 00")) == Look(bold=True)  # sprmCPlain
