"""A .doc paragraph's heading level: its style's name, or an outline level its sprms set."""

from intake.readers.word97.styles import BODY_LEVEL, heading_level, outline_level


def test_a_heading_style_or_an_outline_level_makes_a_heading():
    assert [heading_level(name, BODY_LEVEL) for name in ("heading 2", "Title", "Normal")] == [
        2,
        1,
        0,
    ]
    assert heading_level("Normal", 0) == 1  # an outline level on a body style
    grpprl = bytes([0x40, 0x26, 0x01, 0x03, 0x24, 0x00])  # sprmPOutLvl 1, then another sprm
    assert outline_level(grpprl) == 1
    assert outline_level(bytes([0x03, 0x24, 0x00])) == BODY_LEVEL
