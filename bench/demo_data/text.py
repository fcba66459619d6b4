"""Paragraphs of policy English: words drawn by rank with a Zipf law into sentence patterns."""

import itertools
import random
import re
from functools import cache
from pathlib import Path

WORDS_PATH = Path(__file__).with_name("words.txt")
# Zipf-Mandelbrot: weight of the word of rank r is 1 / (r + Q) ** S; Q flattens the very top.
ZIPF_S = 1.07
ZIPF_Q = 2.7
DRAW_BATCH = 16384

DETERMINERS = ["the", "the", "the", "our", "this", "a", "every", "each", "that", "their"]
PREPOSITIONS = ["of", "in", "for", "on", "with", "to", "across", "through", "within", "among"]
SUBJECTS = ["we", "we", "partners", "states", "donors", "colleagues", "governments", "all of us"]
MODALS = ["must", "should", "will", "can", "need to", "have to", "would like to", "continue to"]
OPENERS = [
    "",
    "",
    "",
    "",
    "In our view, ",
    "Secondly, ",
    "At the same time, ",
    "For that reason, ",
    "As I said earlier, ",
    "In practical terms, ",
    "Let me add that ",
    "Finally, ",
    "Above all, ",
    "In this respect, ",
]

# Each pattern is a sentence skeleton; {n} noun, {a} adjective, {v} verb, {d} adverb,
# {t} determiner, {p} preposition, {s} subject, {m} modal, {k} a keyword of the theme at hand.
PATTERNS = [
    "{s} {m} {v} {t} {a} {n} {p} {n} and {n}",
    "{t} {n} {p} {t} {n} is {d} {a} for {t} {n}",
    "it is {a} that {s} {d} {v} {t} {n} {p} {k}",
    "{s} {m} {v} {t} {n} of {k} {p} {t} {a} {n}",
    "{t} {a} {n} {m} {v} {t} {n}, not only {t} {n}",
    "there is a {a} {n} {p} {n} and {a} {n}",
    "{s} {d} {v} {t} {n} {p} {t} {n} of {n}",
    "our {n} {p} {k} {m} {v} {t} {a} {n}",
    "{k} remains a {a} {n} {p} {t} {n}",
    "I would {d} {v} {t} {a} {n} {p} {n}",
    "{s} {m} {v} and {v} {t} {n} {p} {a} {n}",
    "{t} {n} has {d} {v} {t} {n} {p} {k}",
    "without {a} {n}, {t} {n} {p} {n} will not {v}",
    "{s} {m} {d} {v} {a} {n} and {a} {n}",
    "the question of {n} and {n} is {a} to {t} {n}",
]
SLOT = re.compile(r"\{(\w)\}")


@cache
def vocabulary() -> dict[str, list[str]]:
    """Words by part of speech, most frequent first, read once from words.txt."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in WORDS_PATH.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        current.extend(line.split())
    return {name: list(dict.fromkeys(words)) for name, words in sections.items()}


def zipf_cum_weights(n: int, s: float = ZIPF_S, q: float = ZIPF_Q) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank + q) ** s for rank in range(1, n + 1)))


class WordStream:
    """An endless stream of items (words, people) drawn by Zipf rank, refilled in large
    batches for speed."""

    def __init__(self, words: list, rng: random.Random, s: float = ZIPF_S, q: float = ZIPF_Q):
        self.words, self.rng = words, rng
        self.cum_weights = zipf_cum_weights(len(words), s, q)
        self.buffer = iter(())

    def __next__(self):
        try:
            return next(self.buffer)
        except StopIteration:
            self.buffer = iter(
                self.rng.choices(self.words, cum_weights=self.cum_weights, k=DRAW_BATCH)
            )
            return next(self.buffer)

    def __iter__(self):
        return self


class TextMaker:
    """Makes sentences, paragraphs and titles from the vocabulary with one seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        words = vocabulary()
        self.streams = {
            "n": WordStream(words["noun"], rng),
            "a": WordStream(words["adjective"], rng),
            "v": WordStream(words["verb"], rng),
            "d": WordStream(words["adverb"], rng),
        }
        self.fixed = {"t": DETERMINERS, "p": PREPOSITIONS, "s": SUBJECTS, "m": MODALS}
        self.parsed = [(SLOT.split(p)) for p in PATTERNS]

    def word(self, part: str) -> str:
        return next(self.streams[part])

    def sentence(self, keywords: list[str] = ()) -> str:
        rng = self.rng
        pieces = self.parsed[rng.randrange(len(self.parsed))]
        out = [rng.choice(OPENERS)]
        # SLOT.split alternates literal text and slot names: even indexes are text.
        for index, piece in enumerate(pieces):
            if index % 2 == 0:
                out.append(piece)
            elif piece in self.streams:
                out.append(next(self.streams[piece]))
            elif piece == "k":
                out.append(rng.choice(keywords) if keywords else next(self.streams["n"]))
            else:
                out.append(rng.choice(self.fixed[piece]))
        text = "".join(out)
        return text[0].upper() + text[1:] + ("?" if rng.random() < 0.04 else ".")

    def paragraph(self, keywords: list[str] = (), sentences: tuple[int, int] = (2, 7)) -> str:
        count = self.rng.randint(*sentences)
        return " ".join(self.sentence(keywords) for _ in range(count))

    def title(self, words: int = 3) -> str:
        return " ".join(self.word("a" if i == 0 else "n") for i in range(words)).capitalize()
