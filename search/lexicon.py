"""What the search knows besides statement text: the names of the public people, organisations
(with their abbreviations and aliases) and themes (with their keywords), and the thesaurus: the
entries staff keep, every public organisation's abbreviation, name and aliases, and the
abbreviations a public theme's keywords or description define. (Public as the records' one rule
has it, SharedRecordQuerySet.public: a name no published record uses is never suggested.)

Built from those small tables and kept in each process under the records version
(core.page_cache), so a new name or thesaurus entry is used by the next search.
"""

import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings

from core.page_cache import records_version
from minutes.models import Theme
from people.models import Organisation, OrganisationAlias, Person

from .abbreviations import defined_pairs, keyword_pairs
from .models import ThesaurusEntry
from .query import STOP_WORDS
from .spelling import folded_word, strip_accents

_WORD = re.compile(r"[^\W_]+")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9&.]*")


@dataclass(frozen=True)
class Entity:
    """A person (as speaker), organisation or theme whose statements a name in a query finds."""

    kind: str  # "speaker", "organisation" or "theme"
    pk: int
    label: str


@dataclass(frozen=True)
class NameForm:
    """One way of naming an entity: folded words that must all be in the query, and words
    that are covered too when they are there (a person's given names)."""

    required: tuple[str, ...]
    entity: Entity
    optional: tuple[str, ...] = ()


@dataclass(frozen=True)
class RingForm:
    """One form of a thesaurus ring: its words (lower case), and as written when it is an
    abbreviation of one word (DOE), which is found in capitals only: "doe" is also how a
    stemmer reads "does"."""

    words: tuple[str, ...]
    abbreviation: str = ""


@dataclass
class Lexicon:
    """Names and thesaurus rings, indexed for reading a query."""

    forms_by_word: dict[str, list[NameForm]] = field(default_factory=dict)
    # A ring is a set of equivalent forms.
    rings: list[tuple[RingForm, ...]] = field(default_factory=list)
    forms_by_first_word: dict[str, list[tuple[int, tuple[str, ...]]]] = field(default_factory=dict)
    abbreviations: frozenset[str] = frozenset()
    # Words of names as printed (Dupré, INTERPOL), by their plain lower-case form.
    name_words: dict[str, str] = field(default_factory=dict)
    # Each entity's names in full, as folded words in order: (kind, pk) → names.
    full_names: dict[tuple[str, int], list[tuple[str, ...]]] = field(default_factory=dict)
    _by_initial: dict[str, list[tuple[str, str]]] = field(default_factory=dict, repr=False)
    _entity_words: dict[str, dict[int, frozenset[str]]] = field(default_factory=dict, repr=False)

    def entity_words(self, kind: str) -> dict[int, frozenset[str]]:
        """Every word of each name of the people ("speaker"), organisations or themes."""
        if not self._entity_words:
            every: dict[str, dict[int, set[str]]] = {}
            for forms in self.forms_by_word.values():
                for form in forms:
                    words = every.setdefault(form.entity.kind, {}).setdefault(form.entity.pk, set())
                    words.update(form.required, form.optional)
            for name, entities in every.items():
                self._entity_words[name] = {pk: frozenset(w) for pk, w in entities.items()}
        return self._entity_words.get(kind, {})

    def words_starting(self, letter: str) -> list[tuple[str, str]]:
        """(plain, as printed) name words starting with `letter`."""
        if not self._by_initial and self.name_words:
            for plain, printed in self.name_words.items():
                self._by_initial.setdefault(plain[0], []).append((plain, printed))
        return self._by_initial.get(letter, [])


def significant_words(text: str) -> tuple[str, ...]:
    """Folded words of a name or term, without stop words and single letters ("U.S.
    Department of Energy" → department, energy); an abbreviation that is a stop word in
    capitals (WHO) keeps its word."""
    words = _WORD.findall(text.lower())
    kept = tuple(w for w in words if w not in STOP_WORDS and (len(w) > 1 or w.isdigit()))
    if not kept and _CAPITALS.fullmatch(text.strip()):
        kept = tuple(words)
    return tuple(folded_word(word) for word in kept)


def ring_key(words: tuple[str, ...]) -> tuple[str, ...]:
    """How a thesaurus form is found in a query: its significant words, folded (or all of its
    words, folded, for a form made only of stop words or letters: "S&T")."""
    return significant_words(" ".join(words)) or tuple(folded_word(word) for word in words)


def is_abbreviation(text: str) -> bool:
    """Written in capitals without spaces: WHO, S&T, U.S."""
    return bool(_CAPITALS.fullmatch(text.strip())) and len(text.strip()) > 1


_cache = threading.local()


def lexicon() -> Lexicon:
    """The lexicon for the current records (built afresh where counts are not cached)."""
    if not settings.AGGREGATE_CACHE_ENABLED:
        return build_lexicon()
    version = records_version()
    if getattr(_cache, "version", None) != version:
        _cache.value, _cache.version = build_lexicon(), version
    return _cache.value


def build_lexicon() -> Lexicon:
    builder = _Builder()
    builder.add_people()
    builder.add_organisations()
    builder.add_themes()
    for entry in ThesaurusEntry.objects.all():
        builder.add_ring(entry.forms())
    return builder.lexicon()


def _ring_form(written: str) -> RingForm:
    words = tuple(_WORD.findall(written.lower()))
    single = is_abbreviation(written) and len(words) == 1
    return RingForm(words, written.strip().strip(".") if single else "")


class _Builder:
    """Collects names and rings, then indexes them."""

    def __init__(self):
        self.forms: list[NameForm] = []
        self.rings: list[list[str]] = []
        self.abbreviations: set[str] = set()
        self.name_words: dict[str, str] = {}
        self.full_names: dict[tuple[str, int], list[tuple[str, ...]]] = {}

    def add_people(self) -> None:
        for pk, name, sort_name in Person.objects.public().values_list("pk", "name", "sort_name"):
            words = significant_words(name)
            # The surname is what comes before the sort name's comma ("Dupré, Bruno"); where
            # that is missing or no name (digits), the name's last word.
            surname = significant_words(sort_name.split(",")[0]) if "," in sort_name else ()
            required = tuple(w for w in surname if not w.isdigit()) or words[-1:]
            others = tuple(w for w in words if w not in required)
            self._note_words(name)
            if required:
                entity = Entity("speaker", pk, name)
                self.forms.append(NameForm(required, entity, others))
                self._full_name(entity, name)

    def add_organisations(self) -> None:
        aliases = defaultdict(list)
        public = Organisation.objects.public()
        known = OrganisationAlias.objects.filter(organisation__in=public)
        for org_id, alias in known.values_list("organisation_id", "name"):
            aliases[org_id].append(alias)
        rows = public.values_list("pk", "name", "abbreviation")
        for pk, name, abbreviation in rows:
            entity = Entity("organisation", pk, name)
            names = [name, *([abbreviation] if abbreviation else []), *aliases[pk]]
            every = tuple(dict.fromkeys(w for written in names for w in significant_words(written)))
            for written in names:
                self._add_form(written, entity, optional=every)
            if len(names) > 1:
                self.add_ring(names)

    def add_themes(self) -> None:
        for pk, name, keywords, description in Theme.objects.public().values_list(
            "pk", "name", "keywords", "description"
        ):
            entity = Entity("theme", pk, name)
            keyword_list = [k.strip() for k in keywords.split(",") if k.strip()]
            for written in (name, *keyword_list):
                self._add_form(written, entity, optional=significant_words(name))
            for short, long in keyword_pairs(keyword_list) + defined_pairs(description):
                self.add_ring([short.upper(), long])

    def add_ring(self, forms: list[str]) -> None:
        for form in forms:
            if is_abbreviation(form):
                self.abbreviations.add(form.strip().lower())
            self._note_words(form)
        self.rings.append(forms)

    def _add_form(self, written: str, entity: Entity, optional: tuple[str, ...] = ()) -> None:
        """A name for the entity; `optional` words are covered too when in the query with it
        (Norwegian beside MFA, an alias of the Norwegian Ministry of Foreign Affairs)."""
        required = significant_words(written)
        if required:
            others = tuple(w for w in optional if w not in required)
            self.forms.append(NameForm(required, entity, others))
            self._full_name(entity, written)
        if is_abbreviation(written):
            self.abbreviations.add(written.strip().lower())
        self._note_words(written)

    def _full_name(self, entity: Entity, written: str) -> None:
        names = self.full_names.setdefault((entity.kind, entity.pk), [])
        names.append(significant_words(written))

    def _note_words(self, text: str) -> None:
        for word in _WORD.findall(text):
            self.name_words.setdefault(strip_accents(word.lower()), word)

    def lexicon(self) -> Lexicon:
        forms_by_word = defaultdict(list)
        for form in self.forms:
            for word in set(form.required):
                forms_by_word[word].append(form)
        rings, by_first = [], defaultdict(list)
        for forms in self.rings:
            ring = tuple(dict.fromkeys(_ring_form(form) for form in forms if _WORD.search(form)))
            if len({form.words for form in ring}) < 2:
                continue
            for key in dict.fromkeys(ring_key(form.words) for form in ring):
                by_first[key[0]].append((len(rings), key))
            rings.append(ring)
        return Lexicon(
            forms_by_word=dict(forms_by_word),
            rings=rings,
            forms_by_first_word=dict(by_first),
            abbreviations=frozenset(self.abbreviations),
            name_words=self.name_words,
            full_names=self.full_names,
        )
