"""Bytes to text: encodings, byte order marks, line ends and control characters."""

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.readers.blocks import DocumentError
from intake.readers.encoding import decode, decode_text, detect_encoding, normalise_lines

SAMPLE = (
    "Procès-verbal: Ms. Nergard \u2013 “Norway\u2019s MFA” \u2013 1 000 €\nZweite Zeile: Grüße\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + SAMPLE.encode(), "utf-8"),
        (SAMPLE.encode(), "utf-8"),
        (SAMPLE.encode("utf-16"), None),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + SAMPLE.encode("utf-32-be"), "utf-32-be"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("cp1252"), "cp1252"),
    ],
)
def test_the_encoding_is_recognised_and_no_mark_reaches_the_text(data, encoding):
    if encoding:
        assert detect_encoding(data)[0] == encoding
    assert decode(data=data, name="m.txt") == SAMPLE


def test_cyrillic_in_windows_1251_is_left_to_charset_normalizer():
    text = "Протокол заседания комиссии. Присутствовали члены комиссии и секретарь.\n" * 5
    assert decode(data=text.encode("cp1251"), name="m.txt") == text


def test_a_mark_inside_the_text_is_dropped():
    assert decode(data="a\ufeffb".encode(), name="m.txt") == "ab"


def test_line_ends_of_every_kind_become_one_newline():
    assert normalise_lines("a\r\nb\rc\u2028d\u2029e\x85f\x0cg\x0bh") == "a\nb\nc\nd\ne\nf\ng\nh"


def test_a_control_character_is_named_with_its_line():
    with pytest.raises(DocumentError, match=r"^m\.txt: line 2 holds the control character U\+001B"):
        decode_text(data=b"ok\r\nan \x1b escape\r\n", name="m.txt")


def test_tabs_are_text():
    assert decode_text(data=b"a\tb\n", name="m.txt") == "a\tb\n"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_raise_a_document_error(data):
    try:
        text = decode_text(data=data, name="m.txt")
    except DocumentError as error:
        assert str(error).startswith("m.txt: ")
    else:
        assert "\r" not in text and "\ufeff" not in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=500))
def test_utf_8_text_comes_back_unchanged(text):
    text = normalise_lines(text).replace("\ufeff", "")
    assert decode_text(data=text.encode("utf-8"), name="m.txt") == text
