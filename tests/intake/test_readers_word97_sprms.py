"""Sprms in a grpprl: operand sizes by their code, the variable ones, toggles."""

import pytest

from intake.readers.word97.sprms import sprms, toggled


def test_each_sprm_with_its_operand_by_its_size():
    grpprl = bytes.fromhex("3508 010b46 03004026 011264 11223344")
    assert list(sprms(grpprl)) == [
        (0x0835, b"\x01"),
        (0x460B, b"\x03\x00"),
        (0x2640, b"\x01"),
        (0x6412, bytes.fromhex("11223344")),
    ]


def test_variable_operands_table_definitions_and_tab_changes():
    variable = bytes.fromhex("2ac6 02aabb3508 01")
    assert list(sprms(variable))[1] == (0x0835, b"\x01")
    table = bytes.fromhex("08d6 0400 aabbcc3508 01")  # the size counts the rest, plus one
    assert list(sprms(table)) == [(0xD608, bytes.fromhex("0400aabbcc")), (0x0835, b"\x01")]
    tabs = bytes.fromhex("15c6 ff 01 1111 2222 01 3333 443508 01")
    assert list(sprms(tabs))[1] == (0x0835, b"\x01")


def test_a_cut_off_sprm_is_dropped():
    assert list(sprms(bytes.fromhex("3508 01 0b46 03"))) == [(0x0835, b"\x01")]
    assert list(sprms(bytes.fromhex("08d6 ff"))) == []


@pytest.mark.parametrize(
    ("operand", "current", "style", "result"),
    [
        (0, True, True, False),
        (1, False, False, True),
        (0x80, False, True, True),
        (0x81, False, True, False),
        (0x81, True, False, True),
        (7, True, False, True),
    ],
)
def test_a_toggle_sets_follows_or_inverts_the_style(operand, current, style, result):
    assert toggled(bytes([operand]), current, style) is result
