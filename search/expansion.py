"""What a search looks for, from what was typed: each group of the query (words that must all be
found) becomes the text that may stand for it and the names that may stand for it.

- text: the words as typed, their British or American spellings, compounds written as one word,
  two words or with a hyphen, and the thesaurus's equivalents of a term the query contains;
- names: people (by surname), organisations (by name, abbreviation or alias) and themes (by
  name or keyword) whose names the query contains: their statements stand for those groups.

Quoted phrases are taken as written (spellings and compounds aside: no synonyms, no names).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from .expression import Expression, all_of, any_of
from .lexicon import Entity, Lexicon, NameForm, ring_key, significant_words
from .query import STOP_WORDS, ParsedQuery, Phrase
from .spelling import folded_word, inflected_forms, plain_forms, spelling_variants

KnownWords = Callable[[Iterable[str]], set[str]]  # those of the words some statement holds
MIN_SPLIT = 6  # shortest word tried as a compound of two known words
MAX_JOINED_PHRASE = 4


@dataclass(frozen=True)
class ExpandedGroup:
    """One group of the query: the phrases typed (any of them), and what may stand for them
    in a statement's text."""

    typed: tuple[Phrase, ...]
    text: tuple[Phrase, ...]

    def expression(self) -> Expression | None:
        return any_of(self.text) if self.text else None


@dataclass(frozen=True)
class NameSpan:
    """A person, organisation or theme named in the query, and the groups its name covers."""

    groups: frozenset[int]
    entity: Entity


@dataclass(frozen=True)
class Abbreviation:
    """An abbreviation that stands for some groups, found in capitals only (as written: WHO,
    DOE): in lower case it is a common word, or a stemmer reads "does" as "doe"."""

    groups: frozenset[int]
    written: str


@dataclass(frozen=True)
class ExpandedQuery:
    """The query as the search reads it."""

    parsed: ParsedQuery
    groups: tuple[ExpandedGroup, ...] = ()
    spans: tuple[NameSpan, ...] = ()
    abbreviations: tuple[Abbreviation, ...] = ()
    excluded: tuple[Phrase, ...] = ()
    known: frozenset[str] = field(default=frozenset(), compare=False)  # words in statements
    # The names and thesaurus it was read with, for the names and suggestions of the same page.
    lexicon: Lexicon | None = field(default=None, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.groups)

    def display(self) -> str:
        return self.parsed.display()

    @property
    def dropped(self) -> tuple[str, ...]:
        return self.parsed.dropped

    @property
    def shortened(self) -> bool:
        return self.parsed.shortened

    def text_expression(self, indexes: Iterable[int]) -> Expression | None:
        """All of these groups in the text, or None if one of them has no text to find."""
        parts = [self.groups[i].expression() for i in indexes]
        return None if not parts or None in parts else all_of(parts)

    def any_text(self, *, abbreviations: bool = False) -> Expression | None:
        """Anything that stands for any group in the text: to score matches with (and, with
        the abbreviations found in capitals, to mark them)."""
        text = [phrase for group in self.groups for phrase in group.text]
        if abbreviations:
            text += [Phrase((a.written.lower(),)) for a in self.abbreviations]
        return any_of(text) if text else None


def expand(*, query: ParsedQuery, lexicon: Lexicon, known_words: KnownWords) -> ExpandedQuery:
    if not query:
        return ExpandedQuery(parsed=query)
    tokens = _tokens(query)
    texts = [list(group) for group in query.groups]
    abbreviations = []
    for n, group in enumerate(query.groups):
        for phrase in group:
            if phrase.abbreviation and len(phrase.words) == 1:  # found in capitals only
                texts[n].remove(phrase)
                abbreviations.append(Abbreviation(frozenset({n}), phrase.abbreviation))
    for groups, forms in _ring_spans(tokens, lexicon):
        abbreviations += [Abbreviation(groups, f.abbreviation) for f in forms if f.abbreviation]
        for n in groups:
            texts[n].extend(Phrase(form.words) for form in forms if not form.abbreviation)
    known = frozenset(known_words(_vocabulary_questions(query)))
    for n, extra in _compounds(query, known).items():
        texts[n].extend(extra)
    groups = tuple(
        ExpandedGroup(typed=group, text=tuple(_with_spellings(texts[n])))
        for n, group in enumerate(query.groups)
    )
    return ExpandedQuery(
        parsed=query,
        groups=groups,
        spans=tuple(_name_spans(tokens, lexicon)),
        abbreviations=tuple(dict.fromkeys(abbreviations)),
        lexicon=lexicon,
        excluded=tuple(_with_spellings(query.excluded)),
        known=known,
    )


# A token is one significant word of an unquoted single-phrase group: (folded word, group).
Token = tuple[str, int]


def _tokens(query: ParsedQuery) -> list[Token]:
    tokens = []
    for n, group in enumerate(query.groups):
        if len(group) != 1 or group[0].quoted:
            continue
        words = significant_words(" ".join(group[0].words))
        words = words or tuple(folded_word(w) for w in group[0].words)  # WHO, S&T
        tokens += [(word, n) for word in words]
    return tokens


def _whole_groups(tokens: list[Token], words: set[str]) -> frozenset[int] | None:
    """The groups these words make up, or None if they take only part of a group's words."""
    groups = {n for word, n in tokens if word in words}
    if any(word not in words for word, n in tokens if n in groups):
        return None
    return frozenset(groups)


def _name_spans(tokens: list[Token], lexicon: Lexicon) -> list[NameSpan]:
    present = {word for word, _ in tokens}
    best: dict[Entity, frozenset[int]] = {}
    for word in present:
        for form in lexicon.forms_by_word.get(word, ()):
            covered = _form_groups(form, tokens, present)
            if covered and len(covered) > len(best.get(form.entity, ())):
                best[form.entity] = covered
    return [NameSpan(groups, entity) for entity, groups in best.items()]


def _form_groups(form: NameForm, tokens: list[Token], present: set[str]) -> frozenset[int]:
    if not set(form.required) <= present:
        return frozenset()
    required = _whole_groups(tokens, set(form.required))
    if required is None:
        return frozenset()
    with_optional = _whole_groups(tokens, set(form.required) | set(form.optional))
    return with_optional if with_optional is not None else required


def _ring_spans(tokens: list[Token], lexicon: Lexicon):
    """(groups, other forms) for each thesaurus form found as consecutive words."""
    words = [word for word, _ in tokens]
    for start, word in enumerate(words):
        for ring, key in lexicon.forms_by_first_word.get(word, ()):
            if tuple(words[start : start + len(key)]) != key:
                continue
            groups = _whole_groups(tokens[start : start + len(key)], set(key))
            if groups:
                yield groups, [f for f in lexicon.rings[ring] if ring_key(f.words) != key]


def _vocabulary_questions(query: ParsedQuery) -> set[str]:
    """Words whose presence in the statements the expansion (and "did you mean") needs to
    know: the words, their other spellings, plain forms and inflections, the parts of long
    words."""
    asked = set()
    for phrase in query.phrases:
        if len(phrase.words) > 1:  # "co-operation" is known when "cooperation" is
            joined = "".join(phrase.words)
            asked.update([joined, *word_spellings(joined)])
        for word in phrase.words:
            asked.update([word, *word_spellings(word), *inflected_forms(word)])
            if len(word) >= MIN_SPLIT:
                asked.update(word[:k] for k in range(2, len(word) - 2))
                asked.update(word[k:] for k in range(2, len(word) - 2))
    return asked | {a + b for a, b in _adjacent_words(query)}


def _adjacent_words(query: ParsedQuery) -> list[tuple[str, str]]:
    single = [
        group[0].words[0] if len(group) == 1 and len(group[0].words) == 1 else None
        for group in query.groups
    ]
    return [(a, b) for a, b in pairwise(single) if a and b]


def _compounds(query: ParsedQuery, known: frozenset[str]) -> dict[int, list[Phrase]]:
    """Compound forms: a word as two known words ("biosecurity": "bio security", which also
    finds bio-security), words joined ("non-binding", "trip wires": "nonbinding", "tripwires")."""
    extra: dict[int, list[Phrase]] = {}
    for n, group in enumerate(query.groups):
        for phrase in group:
            extra.setdefault(n, []).extend(
                _split(phrase, known) + _joined(phrase) + _thousands(phrase)
            )
    single = [
        group[0].words[0] if len(group) == 1 and len(group[0].words) == 1 else None
        for group in query.groups
    ]
    for n in range(len(single) - 1):
        first, second = single[n], single[n + 1]
        if first and second and first + second in known:
            extra[n].append(Phrase((first + second,)))
            extra[n + 1].append(Phrase((first + second,)))
    return extra


def _split(phrase: Phrase, known: frozenset[str]) -> list[Phrase]:
    if len(phrase.words) != 1 or len(phrase.words[0]) < MIN_SPLIT:
        return []
    word = phrase.words[0]
    return [
        Phrase((word[:k], word[k:]))
        for k in range(2, len(word) - 2)
        if word[:k] in known
        and word[k:] in known
        and word[:k] not in STOP_WORDS
        and word[k:] not in STOP_WORDS
    ]


def _thousands(phrase: Phrase) -> list[Phrase]:
    """A number typed without separators as printed with them: "10000" also finds "10,000"
    and "10 000" (indexed as the words "10" and "000")."""
    if len(phrase.words) != 1 or not phrase.words[0].isdigit() or len(phrase.words[0]) < 4:
        return []
    number = phrase.words[0].lstrip("0") or "0"
    if len(number) < 4:
        return []
    head = len(number) % 3 or 3
    parts = [number[:head]] + [number[k : k + 3] for k in range(head, len(number), 3)]
    return [Phrase(tuple(parts))]


def _joined(phrase: Phrase) -> list[Phrase]:
    words = phrase.words
    if not 2 <= len(words) <= MAX_JOINED_PHRASE:
        return []
    joined = []
    for k in range(len(words) - 1):
        if words[k] not in STOP_WORDS and words[k + 1] not in STOP_WORDS:
            joined.append(Phrase((*words[:k], words[k] + words[k + 1], *words[k + 2 :])))
    return joined


def word_spellings(word: str) -> tuple[str, ...]:
    """A word in its other spellings and forms: the plain forms it may be an inflection of
    and their inflections ("trained": train, training…), each spelt both ways. (Not the
    word's own inflections: "preparednes" is not known for "preparedness".)"""
    plain = plain_forms(word)
    forms = [word, *plain, *(f for p in plain for f in inflected_forms(p))]
    return tuple(dict.fromkeys(v for form in forms for v in (form, *spelling_variants(form))))


def _with_spellings(phrases: Iterable[Phrase]) -> list[Phrase]:
    """The phrases, and each with its words' other spellings (one word at a time, and all)."""
    out = []
    for phrase in phrases:
        out.append(Phrase(phrase.words))
        swapped = [spelling_variants(word) for word in phrase.words]
        for k, variants in enumerate(swapped):
            for variant in variants:
                out.append(Phrase((*phrase.words[:k], variant, *phrase.words[k + 1 :])))
        if sum(1 for variants in swapped if variants) > 1:
            every = (v[0] if v else w for w, v in zip(phrase.words, swapped, strict=True))
            out.append(Phrase(tuple(every)))
    return list(dict.fromkeys(out))
