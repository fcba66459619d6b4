"""Reading what people type into the search box, the way they mean it, without ever failing.

`"centres of excellence" -russia` means the phrase, and not the word; `nuclear OR chemical`
means either; everything else is a word that must appear. Anything that is not a word
(quotes left open, lone dashes, brackets, `NEAR(`, `col:term`, control characters) is
dropped rather than passed on, so the database only ever sees words we produced.
"""

import re
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 500
MAX_PHRASES = 16
MAX_WORD_CHARS = 100

# PostgreSQL's English stop words (tsearch_data/english.stop). A lone stop word is dropped on
# both databases, so a search for "the" or "NOT" behaves alike on SQLite and PostgreSQL.
STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves what which
    who whom this that these those am is are was were be been being have has had having do
    does did doing a an the and but if or because as until while of at by for with about
    against between into through during before after above below to from up down in out on
    off over under again further then once here there when where why how all any both each
    few more most other some such no nor not only own same so than too very s t can will
    just don should now
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# A search typed as a question ("what did Mallin say about funding", "who talked about
# outbreaks", "did anyone mention the EU") opens with one of these words; in such a sentence the
# words that only ask (say, talked, anyone, statements) are left out like stop words, so that
# the names and subjects left must all match.
QUESTION_OPENERS = frozenset(
    """
    what who whom which did does do has have had is was were are how when where why
    any anything everything tell show find list
    """.split()  # noqa: SIM905 - a word list reads better as text
)
ASKING_WORDS = frozenset(
    """
    say says said saying talk talks talked talking speak speaks spoke spoken speaking
    mention mentions mentioned mentioning discuss discusses discussed discussing
    think thinks thought tell tells told raise raised comment comments commented
    anyone anybody someone somebody everyone everybody anything something everything
    me us statement statements remark remarks view views opinion opinions
    any tell show find list
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# A courtesy title typed before a name ("Dr. Mrabit", "Mr Mallin") is left out: statements
# do not print it and names are matched without it.
COURTESY_TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame hon mme mlle herr frau".split()  # noqa: SIM905
)

# A field typed as some search engines take it ("speaker:Mallin", "theme:biosecurity") is read
# for its value: names and themes are found by name anyway. Any other "word:word" is two words.
_FIELD = re.compile(
    r"(?<![^\s\"(-])(?:speaker|person|by|org|organisation|organization|theme|tag|topic|q):",
    re.IGNORECASE,
)
_COLON_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_]):(?=[^\W\d_])")
# A possessive is its name: "Mallin's remarks" are Mallin's (typed with ' or a typographic
# apostrophe, U+2019).
_POSSESSIVE = re.compile(r"(?<=[^\W_])['\u2019]s\b", re.IGNORECASE)

_QUOTED = re.compile(r'("[^"]*"?)')
# A quoted phrase (the closing quote may be missing), or a run of anything else but space.
_CHUNK = re.compile(r'(?P<minus>-*)(?:"(?P<phrase>[^"]*)"?|(?P<bare>[^\s"]+))')
_WORD = re.compile(r"[^\W_]+")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9&.]+")
_EDGES = re.compile(r"^\W+|\W+$")


@dataclass(frozen=True)
class Phrase:
    """Words that must appear together and in this order (one word is a phrase of one);
    `quoted` when typed in double quotes (taken as written: no synonyms, no names)."""

    words: tuple[str, ...]
    quoted: bool = False
    abbreviation: str = ""  # as typed, when typed in capitals and known as one (DOE, WHO)

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class ParsedQuery:
    """A search as a list of groups that must all match (each one phrase OR another) minus
    the excluded phrases."""

    groups: tuple[tuple[Phrase, ...], ...] = ()
    excluded: tuple[Phrase, ...] = ()
    shortened: bool = False
    dropped: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.groups)

    @property
    def phrases(self) -> list[Phrase]:
        return [phrase for group in self.groups for phrase in group]

    def fts5(self) -> str:
        """The query as an SQLite FTS5 MATCH expression: every word inside double quotes."""

        def quoted(phrase: Phrase) -> str:
            return '"' + phrase.text.replace('"', '""') + '"'

        groups = [
            quoted(g[0]) if len(g) == 1 else "(" + " OR ".join(quoted(p) for p in g) + ")"
            for g in self.groups
        ]
        expression = "(" + " AND ".join(groups) + ")"
        return expression + "".join(f" NOT {quoted(p)}" for p in self.excluded)

    def display(self) -> str:
        """The query as we understood it, in the syntax the search box accepts."""

        def shown(phrase: Phrase) -> str:
            return f'"{phrase.text}"' if len(phrase.words) > 1 else phrase.text

        parts = [" OR ".join(shown(p) for p in group) for group in self.groups]
        parts += [f"-{shown(p)}" for p in self.excluded]
        return " ".join(parts)


def clean_query_text(text: str) -> str:
    """Drop control characters (NUL included) and cut the text to a sane length."""
    text = "".join(ch if ch.isprintable() else " " for ch in text or "")
    return text[:MAX_QUERY_CHARS].strip()


def parse_query(text: str, *, abbreviations: frozenset[str] = frozenset()) -> ParsedQuery:
    """Turn what was typed into a ParsedQuery; never raises.

    A word typed in capitals that is one of `abbreviations` (lower case) is read as that
    abbreviation: WHO is the World Health Organization (a stop word in capitals is otherwise
    left out), DOE the Department of Energy (not "does", which a stemmer reads as "doe").
    """
    cleaned = _plain_words(clean_query_text(text))
    shortened = len((text or "").strip()) > MAX_QUERY_CHARS
    groups: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    dropped: list[str] = []
    joining = False  # the previous token was OR after a wanted phrase
    asking = _is_question(cleaned)
    chunks = list(_CHUNK.finditer(cleaned))
    for position, match in enumerate(chunks):
        quoted, bare = match["phrase"], match["bare"]
        if bare is not None and bare.upper() == "OR" and not match["minus"]:
            joining = bool(groups)
            continue
        words = tuple(w[:MAX_WORD_CHARS] for w in _WORD.findall((quoted or bare or "").lower()))
        if not words:
            continue
        abbreviation = _abbreviation(bare, abbreviations)
        ignored = STOP_WORDS | ASKING_WORDS if asking and bare is not None else STOP_WORDS
        if bare is not None and position + 1 < len(chunks) and not match["minus"]:
            ignored = ignored | COURTESY_TITLES  # only before another word: "Dr" alone stays
        if all(word in ignored for word in words) and not abbreviation:
            dropped.append(" ".join(words))
            joining = joining and bool(groups)
            continue
        phrase = Phrase(words, quoted=quoted is not None, abbreviation=abbreviation)
        if sum(map(len, groups)) + len(excluded) >= MAX_PHRASES:
            shortened = True
            break
        if match["minus"]:
            if phrase not in excluded:
                excluded.append(phrase)
        elif joining:
            if phrase not in groups[-1]:
                groups[-1].append(phrase)
        elif [phrase] not in groups:
            groups.append([phrase])
        joining = False
    return ParsedQuery(
        groups=tuple(tuple(group) for group in groups),
        excluded=tuple(excluded) if groups else (),
        shortened=shortened,
        dropped=tuple(dropped),
    )


def _plain_words(cleaned: str) -> str:
    """The text with fields, colons between words and possessives read as plain words,
    outside quotes (a quoted phrase is matched as printed)."""
    parts = _QUOTED.split(cleaned)
    for k in range(0, len(parts), 2):  # the even parts are outside quotes
        unquoted = _FIELD.sub("", parts[k])
        unquoted = _COLON_BETWEEN_LETTERS.sub(" ", unquoted)
        parts[k] = _POSSESSIVE.sub("", unquoted)
    return "".join(parts)


def _is_question(cleaned: str) -> bool:
    """Whether the search is typed as a question: it opens with a word that asks, unquoted."""
    first = _CHUNK.match(cleaned)
    return bool(first and first["bare"] and first["bare"].lower() in QUESTION_OPENERS)


def _abbreviation(bare: str | None, abbreviations: frozenset[str]) -> str:
    """The chunk as typed if typed in capitals (WHO, S&T) and known as an abbreviation."""
    if not bare:
        return ""
    bare = _EDGES.sub("", bare)
    return bare if _CAPITALS.fullmatch(bare) and bare.lower() in abbreviations else ""
