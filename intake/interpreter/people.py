"""The people a draft mentions: one entry each, short forms, roles and handles resolved to it,
and people already recorded referred to rather than created again."""

import re
from dataclasses import dataclass, field

from intake.readers.blocks import Place

from .known import KnownPeople, KnownPerson, close_enough
from .names import ParsedName, as_french, fold, is_initial, key_for, sort_name

# Ways of printing the same office: "The Chair", "Madam Chair", "THE CHAIRMAN" are one role.
_SAME_ROLE = [
    (r"^(?:acting |interim )?(?:chair(?:man|woman|person)?|madam(?:e)? chair(?:man)?|"
     r"acting president|in the chair|"
     r"mr\.? chair(?:man)?|presiding officer|president of the (?:meeting|session))$", "chair"),
    (r"^(?:vice|deputy)[- ]chair(?:man|woman|person)?$", "vice chair"),
    (r"^(?:co-?chair(?:man|woman|person)?)$", "co-chair"),
    (r"^(?:mod(?:erator)?|facilitator)$", "moderator"),
    (r"^(?:madam |mr\.? )?speaker$", "speaker"),
    # The Speakers of the Dáil and the Senedd, by their own names.
    (r"^(?:an )?ceann comhairle$|^llywydd$", "speaker"),
    (r"^(?:dfo|designated federal officer|designated federal official)$", "dfo"),
]  # fmt: skip


def same_role(role: str) -> str:
    """The one name of an office printed several ways."""
    folded = re.sub(r"^the\s+", "", fold(role).strip())
    for pattern, name in _SAME_ROLE:
        if re.match(pattern, folded):
            return name
    return folded


@dataclass
class PersonDraft:
    """One person of the draft; `known` when they are already recorded."""

    key: str
    name: str
    honorific: str = ""
    biography: str = ""
    roles: list[str] = field(default_factory=list)
    handles: set[str] = field(default_factory=set)
    known: KnownPerson | None = None
    notes: list[tuple[str, Place | None]] = field(default_factory=list)
    place: Place | None = None

    @property
    def words(self) -> list[str]:
        return self.name.split()

    @property
    def surname(self) -> str:
        return self.words[-1] if self.words else ""

    @property
    def first_name(self) -> str:
        return self.words[0] if len(self.words) > 1 else ""

    def entry(self) -> dict:
        entry = {"key": self.key, "name": self.name, "sort_name": sort_name(self.name)}
        if self.honorific:
            entry["honorific"] = self.honorific
        if self.biography:
            entry["biography"] = self.biography
        return entry


class Registry:
    """Finds or adds the person a printed name, short form, role or handle refers to."""

    def __init__(self, known: KnownPeople, *, french: bool = False):
        self.known = known
        self.people: list[PersonDraft] = []
        self.french = french  # the document writes French honorifics: 'M.' is Monsieur

    def find(self, parsed: ParsedName) -> PersonDraft | None:
        """The person already met whom this (possibly shorter) name refers to; 'Mrs. Smith'
        is not the 'Mr. Smith' met before."""
        if not parsed.name:
            return self.by_role(parsed.role)
        parsed = as_french(parsed) if self.french else parsed
        name = fold(parsed.name)
        for person in self.people:
            if fold(person.name) == name and not _other_sex(parsed.honorific, person.honorific):
                return person
        if len(parsed.name.split()) == 1:
            found = self.by_word(parsed.name)
            return None if found and _other_sex(parsed.honorific, found.honorific) else found
        # A full name for someone first met by surname alone ('MR. TILLEMANN', then the name).
        short = [p for p in self.people if fold(p.name) == fold(parsed.surname)]
        if len(short) == 1:
            return short[0]
        return (
            self._by_initials(parsed.name)
            or self._by_first_name_and_initial(parsed.name)
            or self._without_middle(parsed.name)
        )

    def _without_middle(self, name: str) -> PersonDraft | None:
        """'Anwar Shaikh' for Anwar Yusuf Shaikh: the first name and surname of one person
        listed with a middle name (a father's name, in much of India)."""
        words = fold(name).split()
        if len(words) != 2:
            return None
        same = [
            p
            for p in self.people
            if len(p.words) > 2 and fold(p.first_name) == words[0] and fold(p.surname) == words[1]
        ]
        return same[0] if len(same) == 1 else None

    def _by_initials(self, name: str) -> PersonDraft | None:
        """'M. Khan', 'J. P. Smith' for Mohammed Khan, John Paul Smith: the one person of the
        surname whose first name the initials begin."""
        words = name.split()
        if len(words) < 2 or not all(is_initial(word) for word in words[:-1]):
            return None
        first = fold(words[0])[:1]
        same = [
            p
            for p in self.people
            if len(p.words) > 1
            and fold(p.surname) == fold(words[-1])
            and fold(p.first_name).startswith(first)
            and fold(p.name) != fold(name)
        ]
        return same[0] if len(same) == 1 else None

    def _by_first_name_and_initial(self, name: str) -> PersonDraft | None:
        """'Ruth O.' for Ruth Okwuosa: a first name and the surname's initial, if one fits."""
        words = fold(name).rstrip(".").split()
        if len(words) != 2 or len(words[1]) != 1:
            return None
        same = [
            p
            for p in self.people
            if len(p.words) > 1
            and fold(p.first_name) == words[0]
            and fold(p.surname).startswith(words[1])
        ]
        return same[0] if len(same) == 1 else None

    def by_word(self, word: str) -> PersonDraft | None:
        """The one person this surname, first name or handle stands for."""
        folded = fold(word)
        for attribute in ("surname", "first_name"):
            same = [p for p in self.people if fold(getattr(p, attribute)) == folded]
            if len(same) == 1:
                return same[0]
            if same:
                return None
        same = [p for p in self.people if folded in p.handles]
        return same[0] if len(same) == 1 else None

    def by_initials(self, text: str) -> PersonDraft | None:
        """The one person whose initials these are ('RF' for Rita Figueiredo, 'SNA' or 'SA'
        for Siobhán Nic Aodha)."""
        letters = text.strip()
        if not re.fullmatch(r"[A-Z]{2,4}", letters):
            return None
        same = [p for p in self.people if len(p.words) > 1 and letters in _initials(p)]
        return same[0] if len(same) == 1 else None

    def by_role(self, role: str) -> PersonDraft | None:
        """'THE CHAIRMAN' is the one person printed as the chair, if there is exactly one."""
        wanted = same_role(role)
        holders = [p for p in self.people if wanted in {same_role(r) for r in p.roles}]
        return holders[0] if len(holders) == 1 else None

    def near_full_name(self, name: str) -> PersonDraft | None:
        """The one person whose name is this one with one word a misprint away: the surname
        ('MARGARET ELISON' for Margaret Ellison) or, the surname the same, a first name with a
        letter left out, added or swapped ('Samanta Lee' for Samantha Lee)."""
        words = fold(name).split()
        if len(words) < 2:
            return None
        found = [
            p
            for p in self.people
            if len(p.words) == len(words) and _one_word_misprinted(fold(p.name).split(), words)
        ]
        return found[0] if len(found) == 1 else None

    def near(self, word: str) -> PersonDraft | None:
        """The one person whose surname or name is a misprint away from the printed word."""
        folded = fold(word)
        found = [
            p
            for p in self.people
            if close_enough(fold(p.surname), folded) or close_enough(fold(p.name), folded)
        ]
        return found[0] if len(found) == 1 else None

    def add(self, parsed: ParsedName, place: Place | None = None) -> PersonDraft:
        """The person of that name, added if new; role and honorific remembered."""
        parsed = as_french(parsed) if self.french else parsed
        person = self.find(parsed)
        if person is None:
            person = self._new(parsed, place)
        elif len(parsed.name.split()) > len(person.words):
            self.lengthen(person, parsed.name)
        if parsed.honorific and not person.honorific:
            person.honorific = parsed.honorific
        self.give_role(person, parsed.role)
        return person

    def by_handle(self, handle: str) -> PersonDraft | None:
        """The one person a chat handle stands for: a first name or surname ('ravi'), an
        initial and surname ('mishida'), or a part of a name ('seun' for Oluwaseun)."""
        found = self.by_word(handle)
        if found:
            return found
        folded = fold(handle)
        if len(folded) < 3:
            return None
        for match in (_initial_and_surname, _joined_name, _part_of_a_name):
            same = [p for p in self.people if len(p.words) > 1 and match(folded, p)]
            if len(same) == 1:
                return same[0]
        return None

    def add_handle(self, handle: str, place: Place | None) -> PersonDraft:
        """A scribe's handle ('alice'): the person it stands for, or someone new by that handle."""
        person = self.by_handle(handle)
        if person is None:
            person = self._new(ParsedName(name=handle), place)
        person.handles.add(fold(handle))
        return person

    @staticmethod
    def give_role(person: PersonDraft, role: str) -> None:
        if role and same_role(role) not in {same_role(r) for r in person.roles}:
            person.roles.append(role)

    def lengthen(self, person: PersonDraft, name: str) -> None:
        """A fuller form of a name first met short: keep the fuller one."""
        person.notes = [note for note in person.notes if "only" not in note[0]]
        person.name = name
        person.known = self.known.named(name)
        person.key = self._free_key(person)

    def _new(self, parsed: ParsedName, place: Place | None) -> PersonDraft:
        person = PersonDraft(key="", name=parsed.name, place=place)
        person.known = self._recorded(parsed, person)
        person.key = self._free_key(person)
        self.people.append(person)
        return person

    def _recorded(self, parsed: ParsedName, person: PersonDraft) -> KnownPerson | None:
        """The recorded person this is: same name (accents aside), or same honorific and
        surname; a recorded name a misprint away is only noted."""
        if parsed.is_full:
            found = self.known.named(parsed.name)
        else:
            found = self.known.by_surname(parsed.name, parsed.honorific)
        if found:
            if fold(found.name) != fold(parsed.name):
                person.notes.append((f"read as {found.name!r}, already recorded; check it", None))
            return found
        near = self.known.near(parsed.name) if parsed.is_full else None
        if near:
            person.notes.append(
                (
                    f"close to {near.name!r}, already recorded as {near.slug!r}: if they are "
                    "the same person, refer to that key instead",
                    None,
                )
            )
        elif not parsed.is_full:
            person.notes.append((f"only {parsed.name!r} is printed; add the full name", None))
        return None

    def _free_key(self, person: PersonDraft) -> str:
        if person.known:
            return person.known.slug
        base = key_for(person.name) or "person"
        taken = {p.key for p in self.people if p is not person}
        key, n = base, 1
        while key in taken or key in self.known.by_slug:
            n += 1
            key = f"{base[:110]}-{n}"
        return key


def _one_word_misprinted(listed: list[str], printed: list[str]) -> bool:
    """The names differ in one word, a misprint apart: the surname, or a first name long
    enough that a letter's difference is a slip rather than another name."""
    apart = [i for i, (a, b) in enumerate(zip(listed, printed, strict=True)) if a != b]
    if len(apart) != 1:
        return False
    one, other = listed[apart[0]], printed[apart[0]]
    if apart[0] == len(listed) - 1:
        return close_enough(one, other)
    # A first name with a letter left out, added or two swapped ('Samanta', 'Micheal'); a
    # letter changed makes another name ('Joan' and 'John', 'Jan' and 'Jon').
    slip = len(one) != len(other) or sorted(one) == sorted(other)
    return slip and min(len(one), len(other)) >= 4 and close_enough(one, other)


def _initial_and_surname(handle: str, person: PersonDraft) -> bool:
    return handle == fold(person.words[0][0] + person.surname)


def _joined_name(handle: str, person: PersonDraft) -> bool:
    """A nick of the name run together: 'jensimmons', 'jen_simmons' for Jen Simmons-Park,
    'simmonsj'."""
    bare = re.sub(r"[._-]", "", handle)
    first, surname = fold(person.words[0]), fold(person.surname).replace("-", "")
    first_part = fold(person.surname).split("-")[0]
    return len(bare) >= 5 and bare in {first + surname, first + first_part, surname + first[:1]}


def _part_of_a_name(handle: str, person: PersonDraft) -> bool:
    return any(
        fold(word).startswith(handle) or fold(word).endswith(handle) for word in person.words
    )


_MEN = {"mr", "sir", "lord", "mister", "herr", "monsieur", "m", "senor", "shri", "sri"}
_WOMEN = {
    "mrs", "ms", "miss", "madam", "madame", "mme", "dame", "lady", "frau", "senora", "smt",
    "shrimati", "kumari",
}  # fmt: skip


def _other_sex(one: str, other: str) -> bool:
    """Honorifics that tell two people of one surname apart ('Mr.' and 'Mrs.')."""
    kinds = [
        "m" if h in _MEN else "w" if h in _WOMEN else ""
        for h in (fold(one).strip(". "), fold(other).strip(". "))
    ]
    return all(kinds) and kinds[0] != kinds[1]


def _initials(person: PersonDraft) -> set[str]:
    """The ways a person's initials are written: every word's ('SNA'), first and surname
    ('SA'), and each part of a double-barrelled name ('DKM' for Dana Kim-Müller)."""
    words = person.words
    parts = [part for word in words for part in word.split("-") if part]
    return {
        "".join(w[0] for w in words).upper(),
        (words[0][0] + person.surname[0]).upper(),
        "".join(part[0] for part in parts).upper(),
    }


# 'Nell Brannigan (@nell.b, chair)', 'Kwesi Mensah (@kwesi)': a chat's attendance giving each
# member's handle.
_NAMED_HANDLE = re.compile(
    r"(?P<name>[^\W\d_][\w.'\u2019-]*(?:\s+[^\W\d_][\w.'\u2019-]*){1,3})\s*\(@(?P<handle>[\w.-]{1,30})"
)


def named_handles(text: str) -> list[tuple[str, str]]:
    """(name, handle) for each name printed with its chat handle ('Nell Brannigan (@nell.b')."""
    return [(m.group("name"), m.group("handle").rstrip(".")) for m in _NAMED_HANDLE.finditer(text)]
