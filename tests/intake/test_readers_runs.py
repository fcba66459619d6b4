"""Composing a block's text from runs: white space, line breaks, the bold lead."""

from intake.readers.runs import LINE_BREAK, Run, compose, is_file_name


def test_a_bold_start_is_the_lead_and_spaces_collapse():
    composed = compose([Run("  THE  CHAIR: ", True), Run(" Order,\n order. ")], collapse=True)
    assert (composed.text, composed.bold_lead, composed.bold) == (
        "THE CHAIR: Order, order.",
        "THE CHAIR:",
        False,
    )


def test_bold_runs_separated_by_space_make_one_lead():
    composed = compose(
        [Run("Ms.", True), Run(" "), Run("Okafor:", True), Run(" yes")], collapse=True
    )
    assert composed.bold_lead == "Ms. Okafor:"


def test_a_whole_bold_text_is_bold_and_its_own_lead():
    composed = compose([Run("Anita ", True), Run("Nergard", True)], collapse=True)
    assert (composed.text, composed.bold_lead, composed.bold) == (
        "Anita Nergard",
        "Anita Nergard",
        True,
    )


def test_no_lead_when_the_text_starts_plain():
    composed = compose([Run("said "), Run("this", True)], collapse=True)
    assert (composed.bold_lead, composed.bold) == ("", False)


def test_line_breaks_survive_collapsing_and_lines_are_trimmed():
    composed = compose([Run(f" one {LINE_BREAK}  two  {LINE_BREAK}{LINE_BREAK}")], collapse=True)
    assert composed.text == "one\ntwo"


def test_without_collapsing_inner_spaces_are_kept():
    assert compose([Run("a  b\n  c")], collapse=False).text == "a  b\n  c"


def test_file_names_are_told_from_descriptions():
    assert is_file_name("IMG_0042.JPG")
    assert is_file_name("team-photo.webp")
    assert not is_file_name("The board at the table")
    assert not is_file_name("Chart.")


def test_characters_that_print_as_nothing_are_dropped_and_a_non_breaking_hyphen_is_a_hyphen():
    composed = compose([Run("pro\u00adcedure, co\u2011operation,\u200b\ufeff done")], collapse=True)
    assert composed.text == "procedure, co-operation, done"


def test_ligatures_and_symbol_font_bullets_are_read_as_printed():
    composed = compose([Run("\uf0b7 The o\ufb03ce \ufb01nds the \ufb02ow")], collapse=True)
    assert composed.text == "\u2022 The office finds the flow"
