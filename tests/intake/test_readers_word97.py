"""Old binary Word files (.doc): the main text from the piece table, fields as their
results, cell marks as table rows, bold runs, list numbers, tracked deletions and hidden
text left out, in files saved whole or fast-saved in pieces; damaged and locked files
refused by name."""

import time

import olefile
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.documents import read_document
from intake.readers.blocks import BlockKind, DocumentError
from intake.readers.word97 import read_word97, without_field_codes
from tests.intake.golden_blocks import GOLDEN, assert_matches_golden, golden_inputs
from tests.intake.word97_builder import (
    BOLD,
    CHARACTER_STYLE,
    DELETED,
    HIDDEN,
    LIST,
    LIST_LEVEL,
    Doc,
    Level,
    Piece,
    Run,
    Style,
    doc_file,
    paragraphs,
    sprm,
)

FEATURES = GOLDEN / "word97-features.doc"  # word-features.docx saved by LibreOffice as .doc
NORMAL = {0: Style("Normal")}
PRM0_DELETED = 0x41 << 1 | 1 << 8  # isprm 0x41 (sprmCFRMarkDel), operand 1


def blocks(doc: Doc) -> list[tuple]:
    read = read_word97(data=doc_file(doc), name="minutes.doc").blocks
    return [(b.kind, b.text, b.bold_lead, b.marker, b.level) for b in read]


@pytest.mark.parametrize("source", golden_inputs(".doc"), ids=lambda path: path.name)
def test_golden(source):
    assert_matches_golden(source=source, document=read_word97(data=source.read_bytes(), name="f"))


def test_the_main_text_without_comments_headers_or_footers():
    document = read_document(data=FEATURES.read_bytes(), name="minutes.doc")
    assert document.format == "doc"
    text = "\n".join(block.text for block in document.blocks)
    assert "Ms. Okafor: We will start with the budget.\nThe figures were circulated" in text
    assert "A paragraph with a comment on it." in text
    rows = [block.cells for block in document.blocks if block.kind == BlockKind.TABLE_ROW]
    assert rows == [("Action", "Who"), ("Circulate", "Secretariat")]


def test_headings_by_their_styles_names():
    document = read_word97(data=FEATURES.read_bytes(), name="minutes.doc")
    headings = [(b.text, b.level) for b in document.blocks if b.kind == BlockKind.HEADING]
    assert headings == [
        ("Steering Group", 1),
        ("Minutes of 14 March 2019", 1),
        ("Present", 2),
        ("Any other business", 3),
    ]


def test_a_field_shows_its_result_not_its_code():
    text = 'See \x13 HYPERLINK "http://x.org" \x14the site\x15 and \x13PAGE\x142\x15.'
    assert without_field_codes(text) == "See the site and 2."
    nested = "\x13 IF \x13 DATE \x1412 May\x15 \x14shown\x15"
    assert without_field_codes(nested) == "shown"


def test_a_bold_label_set_directly_by_a_character_style_or_by_the_paragraph_style():
    styles = {
        **NORMAL,
        1: Style("heading 1", chpx=sprm(BOLD, 1)),
        15: Style("Speaker", chpx=sprm(BOLD, 1)),
        20: Style("Strong", kind=2, base=10, chpx=sprm(BOLD, 1)),
    }
    doc = Doc(
        [
            Piece(
                [
                    Run("Items\r"),
                    Run("Ms. Okafor:", sprm(BOLD, 1)),
                    Run(" We begin.\rTHE CHAIR:", b""),
                    Run(" Agreed.\r"),
                    Run("Mr. Lee:", sprm(CHARACTER_STYLE, 20)),
                    Run(" Seconded.\r"),
                ]
            )
        ],
        paragraphs=[(1, b""), (0, b""), (15, b""), (0, b"")],
        styles=styles,
    )
    found = read_word97(data=doc_file(doc), name="m.doc").blocks
    assert [(b.kind, b.bold_lead) for b in found] == [
        (BlockKind.HEADING, ""),  # a heading's weight is its style's, as in .docx
        (BlockKind.PARAGRAPH, "Ms. Okafor:"),
        (BlockKind.PARAGRAPH, "THE CHAIR: Agreed."),
        (BlockKind.PARAGRAPH, "Mr. Lee:"),
    ]
    assert found[2].bold


def test_a_run_set_plain_in_a_bold_paragraph_style_is_not_bold():
    styles = {**NORMAL, 15: Style("Speaker", chpx=sprm(BOLD, 1))}
    doc = Doc(
        [Piece([Run("THE CHAIR:"), Run(" agreed.\r", sprm(BOLD, 0x81))])],
        paragraphs=[(15, b"")],
        styles=styles,
    )
    assert blocks(doc)[0][2] == "THE CHAIR:"


def test_tracked_deletions_and_hidden_text_are_no_part_of_the_text():
    doc = Doc(
        [
            Piece(
                [
                    Run("The motion was "),
                    Run("not ", sprm(DELETED, 1)),
                    Run("carried."),
                    Run(" (note to self)", sprm(HIDDEN, 1)),
                    Run("\r"),
                    Run("A deleted paragraph.\r", sprm(DELETED, 1)),
                    Run("Joined to"),
                    Run("\r", sprm(DELETED, 1)),  # a deleted mark joins two paragraphs
                    Run(" the next.\r"),
                ]
            )
        ]
    )
    assert [text for _, text, *_ in blocks(doc)] == [
        "The motion was carried.",
        "Joined to the next.",
    ]


def numbered_doc(texts: list[str], marks: list[tuple[int, int]]) -> Doc:
    return paragraphs(
        texts,
        paragraphs=[(0, sprm(LIST, ilfo) + sprm(LIST_LEVEL, ilvl)) for ilfo, ilvl in marks],
        lists={
            7: [Level("\x00."), Level("\x01)", nfc=4)] + [Level("\x02.")] * 7,
            8: [Level("\uf0b7", nfc=23)],
        },
        overrides=[(7, {}), (8, {}), (7, {0: 5})],
    )


def test_list_items_carry_the_number_word_prints_and_bullets_none():
    doc = numbered_doc(
        ["Apologies", "Finance", "Budget", "Roof", "Minutes", "Kim", "Noted.", "Later"],
        [(1, 0), (1, 0), (1, 1), (1, 1), (1, 0), (2, 0), (0, 0), (3, 0)],
    )
    assert blocks(doc) == [
        (BlockKind.LIST_ITEM, "1. Apologies", "", "1.", 1),
        (BlockKind.LIST_ITEM, "2. Finance", "", "2.", 1),
        (BlockKind.LIST_ITEM, "a) Budget", "", "a)", 2),
        (BlockKind.LIST_ITEM, "b) Roof", "", "b)", 2),
        (BlockKind.LIST_ITEM, "3. Minutes", "", "3.", 1),
        (BlockKind.LIST_ITEM, "Kim", "", "", 1),
        (BlockKind.PARAGRAPH, "Noted.", "", "", 0),
        (BlockKind.LIST_ITEM, "5. Later", "", "5.", 1),  # an override restarting at 5
    ]


def test_a_fast_saved_file_read_through_its_pieces():
    # Pieces out of order in the file, 8-bit beside UTF-16, a bold run across two pieces, and
    # modifiers a fast save puts on whole pieces: a single sprm (Prm0) or a grpprl (Prm1).
    doc = Doc(
        [
            Piece([Run("Ms. Ok", sprm(BOLD, 1))], unicode=False),
            Piece([Run("afor:", sprm(BOLD, 1)), Run(" café opened.\r")]),
            Piece([Run("Deleted since the last full save.\r")], prm=PRM0_DELETED),
            Piece([Run("Bold by the piece.\r")], prm=1),  # the first Prc's grpprl
        ],
        stored=[3, 0, 1, 2],
        prcs=[sprm(BOLD, 1)],
    )
    assert blocks(doc) == [
        (BlockKind.PARAGRAPH, "Ms. Okafor: café opened.", "Ms. Okafor:", "", 0),
        (BlockKind.PARAGRAPH, "Bold by the piece.", "Bold by the piece.", "", 0),
    ]


def test_a_character_outside_the_basic_plane_counts_as_two_as_in_word():
    doc = Doc(
        [Piece([Run("Thanks \U0001f642\r"), Run("Ms. Lee:", sprm(BOLD, 1)), Run(" Noted.\r")])],
        paragraphs=[(0, b""), (0, sprm(LIST, 1))],
        lists={7: [Level("\x00.")]},
        overrides=[(7, {})],
    )
    assert blocks(doc) == [
        (BlockKind.PARAGRAPH, "Thanks \U0001f642", "", "", 0),
        (BlockKind.LIST_ITEM, "1. Ms. Lee: Noted.", "Ms. Lee:", "1.", 1),
    ]


def test_a_title_from_the_files_properties():
    title = "Board \u2013 May"  # not Windows-1252 text: the properties say UTF-8
    document = read_word97(data=doc_file(paragraphs(["Minutes"]), title=title), name="m")
    assert document.title == title


def test_a_long_file_is_read_in_bounded_time():
    texts = [f"Ms. Okafor {n}: we note item {n}." for n in range(8000)]
    doc = paragraphs(texts)
    doc.pieces[0].runs = [
        Run(part, sprm(BOLD, 1) if index % 2 == 0 else b"")
        for text in texts
        for index, part in enumerate((text[:12], text[12:] + "\r"))
    ]
    data = doc_file(doc)
    started = time.perf_counter()
    found = read_word97(data=data, name="long.doc").blocks
    assert len(found) == 8000 and found[-1].bold_lead == "Ms. Okafor 7"
    assert time.perf_counter() - started < 5


def test_other_old_office_files_are_refused_saying_what_they_are():
    with pytest.raises(DocumentError, match=r"^sheet\.xls: an old binary Excel workbook"):
        read_document(data=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), name="sheet.xls")


def test_a_locked_file_is_refused(tmp_path):
    locked = tmp_path / "locked.doc"
    locked.write_bytes(FEATURES.read_bytes())
    with olefile.OleFileIO(str(locked), write_mode=True) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        stream[0x0B] |= 0x01  # the File Information Block's "encrypted" flag
        ole.write_stream("WordDocument", bytes(stream))
    with pytest.raises(DocumentError, match=r"^locked\.doc: a password-protected Word file"):
        read_word97(data=locked.read_bytes(), name="locked.doc")


def everything_built() -> bytes:
    """A built file with each structure the reader reads: styles, lists, pieces, a title."""
    doc = numbered_doc(["Apologies", "Finance"], [(1, 0), (3, 1)])
    doc.pieces[0].runs.insert(0, Run("Ms. Ok", sprm(BOLD, 0x81)))
    doc.pieces.insert(0, Piece([Run("Gone\r", sprm(DELETED, 1))], unicode=False, prm=1))
    doc.paragraphs.insert(0, (1, b""))
    doc.styles = {**NORMAL, 1: Style("heading 1", base=0, chpx=sprm(BOLD, 1))}
    doc.prcs, doc.stored = [sprm(BOLD, 1)], [1, 0]
    return doc_file(doc, title="Minutes")


@pytest.mark.parametrize("source", ["features", "built"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_files_give_a_document_or_a_document_error(source, data):
    original = bytearray(FEATURES.read_bytes() if source == "features" else everything_built())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    try:
        read_word97(data=bytes(original), name="damaged.doc")
    except DocumentError as error:
        assert str(error).startswith("damaged.doc: ")
