import random
from collections import Counter

from bench.demo_data.text import TextMaker, WordStream, vocabulary, zipf_cum_weights


def test_the_vocabulary_holds_thousands_of_distinct_words_by_part_of_speech():
    words = vocabulary()
    assert set(words) == {"noun", "verb", "adjective", "adverb"}
    assert sum(len(section) for section in words.values()) > 2500
    assert all(len(section) == len(set(section)) for section in words.values())
    assert "lorem" not in {word for section in words.values() for word in section}


def test_words_are_drawn_by_zipf_rank():
    words = [f"w{rank}" for rank in range(1000)]
    stream = WordStream(words, random.Random(3))
    counts = Counter(next(stream) for _ in range(200_000))
    # Under Zipf the top word is far more common than the 10th, which beats the 100th.
    assert counts["w0"] > 3 * counts["w9"] > 3 * 3 * counts["w99"] / 3
    assert counts["w9"] > 5 * counts["w99"]
    assert len(counts) > 800  # the long tail is still drawn


def test_cumulative_weights_rise_and_flatten():
    weights = zipf_cum_weights(100)
    steps = [b - a for a, b in zip([0.0, *weights], weights, strict=False)]
    assert steps == sorted(steps, reverse=True)


def test_paragraphs_are_sentences_that_carry_the_themes_keywords():
    text = TextMaker(random.Random(1))
    paragraphs = [text.paragraph(["border security"], sentences=(4, 6)) for _ in range(50)]
    for paragraph in paragraphs:
        assert paragraph[0].isupper()
        assert paragraph.endswith((".", "?"))
        assert "{" not in paragraph
        assert 4 <= paragraph.count(". ") + paragraph.count("? ") + 1 <= 6
    assert sum("border security" in p for p in paragraphs) > 25


def test_the_same_seed_gives_the_same_text():
    one, two = TextMaker(random.Random(9)), TextMaker(random.Random(9))
    assert [one.paragraph() for _ in range(5)] == [two.paragraph() for _ in range(5)]
    assert TextMaker(random.Random(10)).paragraph() != TextMaker(random.Random(9)).paragraph()
