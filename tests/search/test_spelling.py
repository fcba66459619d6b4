"""British and American spellings, both ways, and the folded form names are compared in."""

import pytest

from search.spelling import folded_word, plain_forms, spelling_variants


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("organise", "organize"),
        ("organising", "organizing"),
        ("organisation", "organization"),
        ("universalisations", "universalizations"),
        ("analyse", "analyze"),
        ("colour", "color"),
        ("favourite", "favorite"),
        ("centre", "center"),
        ("centres", "centers"),
        ("centred", "centered"),
        ("fibre", "fiber"),
        ("dialogue", "dialog"),
        ("defence", "defense"),
        ("licence", "license"),
        ("travelling", "traveling"),
        ("programme", "program"),
        ("judgement", "judgment"),
        ("sceptical", "skeptical"),
        ("odour", "odor"),
    ],
)
def test_each_spelling_gives_the_other(word, other):
    assert other in spelling_variants(word)
    assert word in spelling_variants(other)


def test_a_greek_ae_is_dropped_one_way():
    assert "pediatric" in spelling_variants("paediatric")


@pytest.mark.parametrize("word", ["rise", "for", "our", "four", "wise", "dog", "sense", "hour"])
def test_short_words_keep_their_only_spelling(word):
    assert spelling_variants(word) == ()


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Organisations", "organization"),
        ("COEs", "coe"),
        ("centres", "center"),
        ("Dupré", "dupre"),
        ("universities", "university"),
        ("business", "business"),
        ("status", "status"),
    ],
)
def test_names_and_terms_are_compared_folded(written, folded):
    assert folded_word(written) == folded


@pytest.mark.parametrize(
    ("word", "plain"),
    [("working", "work"), ("planned", "plan"), ("studies", "study"), ("trained", "train")],
)
def test_an_inflected_word_gives_its_plain_form(word, plain):
    assert plain in plain_forms(word)
