"""The people and organisations already recorded, loaded once per run and matched in memory."""

from dataclasses import dataclass

from rapidfuzz.distance import DamerauLevenshtein

from people.models import Organisation, OrganisationAlias, Person

from .names import fold, surname_of


@dataclass(frozen=True)
class KnownPerson:
    """A recorded person as the interpreter compares names with it."""

    slug: str
    name: str
    honorific: str = ""


def close_enough(a: str, b: str) -> bool:
    """Two folded names a misprint apart: one edit in a short name, two in a longer one."""
    if a == b or not a or not b:
        return a == b
    limit = 1 if min(len(a), len(b)) <= 6 else 2
    return DamerauLevenshtein.distance(a, b, score_cutoff=limit) <= limit


class KnownPeople:
    """Recorded people by full name, by surname and by slug (accents and case aside)."""

    def __init__(self, people=()):
        self.people = list(people)
        self.by_slug = {p.slug: p for p in self.people}
        self._by_name: dict[str, list[KnownPerson]] = {}
        self._by_surname: dict[str, list[KnownPerson]] = {}
        for person in self.people:
            self._by_name.setdefault(fold(person.name), []).append(person)
            self._by_surname.setdefault(fold(surname_of(person.name)), []).append(person)

    @classmethod
    def load(cls) -> "KnownPeople":
        rows = Person.objects.values_list("slug", "name", "honorific")
        return cls(KnownPerson(slug, name, honorific) for slug, name, honorific in rows)

    def named(self, name: str) -> KnownPerson | None:
        found = self._by_name.get(fold(name), [])
        return found[0] if len(found) == 1 else None

    def by_surname(self, surname: str, honorific: str = "") -> KnownPerson | None:
        """The one recorded person of that surname (and honorific, when both are known)."""
        found = self._by_surname.get(fold(surname), [])
        if honorific:
            found = [p for p in found if not p.honorific or fold(p.honorific) == fold(honorific)]
        return found[0] if len(found) == 1 else None

    def near(self, name: str) -> KnownPerson | None:
        """A recorded person whose full name is a misprint away from this one."""
        folded = fold(name)
        found = [p for key, people in self._by_name.items() if close_enough(key, folded)
                 for p in people]  # fmt: skip
        return found[0] if len(found) == 1 else None


class KnownOrganisations:
    """Recorded organisations by name, alias and abbreviation."""

    def __init__(self, entries=()):
        self._by_name: dict[str, tuple[str, str]] = {}
        self._by_abbreviation: dict[str, tuple[str, str]] = {}
        for slug, name, abbreviation, printed in entries:
            self._by_name.setdefault(fold(printed or name), (slug, name))
            if abbreviation:
                self._by_abbreviation.setdefault(abbreviation, (slug, name))

    @classmethod
    def load(cls) -> "KnownOrganisations":
        rows = [
            (*row, "") for row in Organisation.objects.values_list("slug", "name", "abbreviation")
        ]
        names = {slug: name for slug, name, _, _ in rows}
        aliases = OrganisationAlias.objects.values_list("organisation__slug", "name")
        rows += [(slug, names[slug], "", alias) for slug, alias in aliases if slug in names]
        return cls(rows)

    def find(self, printed: str) -> tuple[str, str] | None:
        """(slug, official name) of the organisation printed under this name, if recorded."""
        printed = printed.strip()
        if not printed:
            return None
        return self._by_name.get(fold(printed)) or self._by_abbreviation.get(printed)
