"""The people a draft mentions: one entry each, later short forms resolved to the full one."""

from dataclasses import dataclass, field

from people.models import Person

from .names import ParsedName, fold, key_for, sort_name


@dataclass
class PersonDraft:
    """One person of the draft; `in_database` when the key names a person already recorded."""

    key: str
    name: str
    honorific: str = ""
    biography: str = ""
    roles: list[str] = field(default_factory=list)
    in_database: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def entry(self) -> dict:
        entry = {"key": self.key, "name": self.name, "sort_name": sort_name(self.name)}
        if self.honorific:
            entry["honorific"] = self.honorific
        if self.biography:
            entry["biography"] = self.biography
        return entry


class Registry:
    """Finds or adds the person a printed name refers to."""

    def __init__(self):
        self.people: list[PersonDraft] = []

    def find(self, parsed: ParsedName) -> PersonDraft | None:
        """The person already met whom this (possibly shorter) name refers to."""
        if not parsed.name:
            return self._by_role(parsed.role)
        name = fold(parsed.name)
        for person in self.people:
            if fold(person.name) == name:
                return person
        if len(parsed.name.split()) == 1:
            same = [p for p in self.people if fold(p.surname) == name]
            if same:
                return same[0]
        # A full name for someone first met by surname alone ('MR. TILLEMANN', then the name).
        short = [p for p in self.people if fold(p.name) == fold(parsed.surname)]
        return short[0] if short else None

    def _by_role(self, role: str) -> PersonDraft | None:
        """'THE CHAIRMAN' is the one person printed as the chairman, if there is exactly one."""
        holders = [p for p in self.people if fold(role) in {fold(r) for r in p.roles}]
        return holders[0] if len(holders) == 1 else None

    def add(self, parsed: ParsedName) -> PersonDraft:
        """The person of that name, added if new; role and honorific remembered."""
        person = self.find(parsed)
        if person is None:
            person = self._new(parsed)
        elif len(parsed.name.split()) > len(person.name.split()):
            # A fuller form of a name first met short: keep the fuller one.
            person.notes = []
            person.name, person.key = parsed.name, self._free_key(parsed.name, person)
        if parsed.honorific and not person.honorific:
            person.honorific = parsed.honorific
        if parsed.role and parsed.role not in person.roles:
            person.roles.append(parsed.role)
        return person

    def _new(self, parsed: ParsedName) -> PersonDraft:
        person = PersonDraft(key="", name=parsed.name)
        person.key = self._free_key(parsed.name, person)
        self.people.append(person)
        if len(parsed.name.split()) == 1:
            person.notes.append(f"only {parsed.name!r} is printed; add the full name")
        return person

    def _free_key(self, name: str, person: PersonDraft) -> str:
        base = key_for(name) or "person"
        taken = {p.key for p in self.people if p is not person}
        key, n = base, 1
        while key in taken or self._someone_else_in_database(key, name):
            n += 1
            key = f"{base[:110]}-{n}"
        person.in_database = Person.objects.filter(slug=key).exists()
        if person.in_database:
            person.notes.append(
                f"{name!r} is already in the database as {key!r}; check it is the same person"
            )
        return key

    @staticmethod
    def _someone_else_in_database(key: str, name: str) -> bool:
        recorded = Person.objects.filter(slug=key).values_list("name", flat=True).first()
        return recorded is not None and fold(recorded) != fold(name)
