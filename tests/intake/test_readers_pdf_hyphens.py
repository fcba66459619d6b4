"""Mending words broken across PDF lines, with the document as the dictionary."""

import pytest

from intake.readers.pdf.hyphens import broken_word, keeps_hyphen, vocabulary

WORDS = vocabulary(
    [
        "The procedure was agreed, and the cyber-security office",
        "will write a self-",  # the broken pieces are not words of the document
        "assessment; the assessment is due, with the pro-",
        "gramme known as Nunn-",
        "Lugar.",
    ]
)


def test_the_vocabulary_leaves_out_the_pieces_of_broken_words():
    assert {"procedure", "cyber-security", "cyber", "security", "assessment"} <= WORDS
    assert not {"self", "pro", "gramme", "nunn"} & WORDS


@pytest.mark.parametrize(
    ("before", "after", "hyphen", "keeps"),
    [
        ("pro", "cedure", "-", False),  # "procedure" occurs elsewhere
        ("cyber", "security", "-", True),  # "cyber-security" occurs elsewhere
        ("self", "assessment", "-", True),  # "assessment" is a word of its own
        ("mul", "tilateral", "-", False),  # neither joined nor part known: a syllable
        ("Nunn", "Lugar", "-", True),  # a capital after the hyphen
        ("COVID", "19", "-", True),  # a digit after it
        ("pro", "cedure", "\u00ad", False),  # a soft hyphen is always undone
        # Compounds of two words keep their hyphen when the document spells neither form.
        ("ring", "fenced", "-", True),
        ("cross", "party", "-", True),
        ("long", "term", "-", True),
        ("follow", "up", "-", True),
        ("in", "year", "-", True),
        # A prefix before the vowel it ends in.
        ("co", "ordinate", "-", True),
        ("re", "elect", "-", True),
        # A word split inside itself joins, though one part may be a word.
        ("govern", "ment", "-", False),
        ("pro", "gramme", "-", False),
        ("de", "velopment", "-", False),
        # Common words whose parts happen to be words are words, not compounds.
        ("bud", "get", "-", False),
        ("at", "tend", "-", False),
        ("re", "view", "-", False),
        ("some", "thing", "-", False),
        ("re", "solution", "-", False),
        # In capitals, a word broken inside itself joins like any word; a compound keeps it.
        ("SANITA", "TION", "-", False),
        ("CYBER", "SECURITY", "-", True),
        ("NUNN", "Lugar", "-", True),
    ],
)
def test_the_rule(before, after, hyphen, keeps):
    assert keeps_hyphen(before=before, after=after, hyphen=hyphen, words=WORDS) is keeps


def test_the_document_decides_before_the_word_list():
    words = vocabulary(["the ringfenced sum", "a budget-holder and the co-ordinator"])
    assert keeps_hyphen(before="ring", after="fenced", hyphen="-", words=words) is False
    assert keeps_hyphen(before="budget", after="holder", hyphen="-", words=words) is True
    words = vocabulary(["they coordinate it"])
    assert keeps_hyphen(before="co", after="ordinate", hyphen="-", words=words) is False


def test_a_broken_word_is_found_at_the_end_of_a_line():
    assert broken_word("the pro-", "cedure was") == ("pro", "-", "cedure")
    assert broken_word("the pro", "cedure") is None
    assert broken_word("figure 3-", "4 shows") is None  # numbers are not words broken
