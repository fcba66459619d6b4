"""The cast of a demo archive: themes, organisations in a hierarchy, people and their careers."""

import datetime
import random
from bisect import bisect_right
from dataclasses import dataclass, field

from django.db.models import Max
from django.utils.text import slugify

from minutes.models import Theme
from people.models import Membership, Organisation, Person

from . import names
from .text import TextMaker

CAREER_START = datetime.date(1985, 1, 1)


class PkCounter:
    """Hands out primary keys past the table's largest, so rows can refer to each other before
    they are inserted (one bulk insert per table instead of a round trip per row)."""

    def __init__(self, model):
        self.next = (model.objects.aggregate(top=Max("pk"))["top"] or 0) + 1

    def take(self) -> int:
        self.next += 1
        return self.next - 1


class Slugs:
    """Unique slugs: a taken one (in the database or in this run) gets -2, -3, … appended."""

    def __init__(self, model):
        self.used = set(model.objects.values_list("slug", flat=True))

    def make(self, text: str) -> str:
        base = slugify(text)[:110] or "x"
        slug, n = base, 1
        while slug in self.used:
            n += 1
            slug = f"{base}-{n}"
        self.used.add(slug)
        return slug


@dataclass
class Post:
    """One membership held by a generated person, kept in memory to attribute panelists."""

    start: datetime.date
    end: datetime.date | None
    organisation_id: int
    role: str


@dataclass
class Cast:
    """Everything meetings draw on: theme ids, organisations, people and their posts."""

    theme_ids: list[int] = field(default_factory=list)
    theme_keywords: dict[int, list[str]] = field(default_factory=dict)
    hosts: list[int] = field(default_factory=list)
    people: list[int] = field(default_factory=list)
    posts: dict[int, list[Post]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def post_at(self, person_id: int, day: datetime.date) -> Post:
        """The post a person held on a day: the latest one started by then, else the first."""
        posts = self.posts[person_id]
        index = bisect_right([post.start for post in posts], day) - 1
        return posts[max(index, 0)]


def build_cast(*, rng: random.Random, text: TextMaker, meetings: int, today) -> Cast:
    cast = Cast()
    _themes(cast)
    organisations = _organisations(cast, rng, meetings)
    _people(cast, rng, text, meetings, organisations, today)
    return cast


def _themes(cast: Cast) -> None:
    # Reuse the themes a database already has (the shipped record uses the same slugs).
    existing = Theme.objects.in_bulk([slug for slug, *_ in names.THEMES], field_name="slug")
    missing = [
        Theme(slug=slug, name=name, keywords=", ".join(keywords))
        for slug, name, _parent, keywords in names.THEMES
        if slug not in existing
    ]
    Theme.objects.bulk_create(missing)
    themes = Theme.objects.in_bulk([slug for slug, *_ in names.THEMES], field_name="slug")
    for slug, _name, parent, keywords in names.THEMES:
        theme = themes[slug]
        if parent and theme.parent_id is None:
            theme.parent = themes[parent]
            theme.save(update_fields=["parent"])
        cast.theme_ids.append(theme.pk)
        cast.theme_keywords[theme.pk] = keywords
    cast.counts["themes"] = len(missing)


def _organisations(cast: Cast, rng: random.Random, meetings: int) -> dict[str, list[int]]:
    """Ministries and their offices per country, and international bodies with divisions.

    Returns organisation ids by country code ("" for international bodies)."""
    pks, slugs, rows = PkCounter(Organisation), Slugs(Organisation), []
    by_country: dict[str, list[int]] = {}

    def add(name, parent=None, country="", abbreviation="", classification="government") -> int:
        pk = pks.take()
        rows.append(
            Organisation(
                pk=pk,
                name=name,
                slug=slugs.make(f"{country} {name}" if country else name),
                abbreviation=abbreviation,
                classification=classification,
                parent_id=parent,
                country=country,
            )
        )
        by_country.setdefault(country, []).append(pk)
        return pk

    countries = names.COUNTRIES[: min(len(names.COUNTRIES), 6 + meetings // 10)]
    for code, country in countries:
        ministries = rng.sample(sorted(names.MINISTRIES), rng.randint(2, len(names.MINISTRIES)))
        for ministry in sorted(ministries):
            ministry_pk = add(f"{ministry} of {country}", country=code)
            if ministry.endswith("Foreign Affairs"):
                cast.hosts.append(ministry_pk)
            for department, offices in names.MINISTRIES[ministry].items():
                department_pk = add(department, parent=ministry_pk, country=code)
                for office in offices:
                    add(office, parent=department_pk, country=code)
    for name, abbreviation, classification in names.INTERNATIONAL_BODIES:
        body_pk = add(name, abbreviation=abbreviation, classification=classification)
        cast.hosts.append(body_pk)
        for division in names.BODY_DIVISIONS[: rng.randint(0, len(names.BODY_DIVISIONS))]:
            add(f"{division}, {abbreviation}", parent=body_pk, classification=classification)
    # Parents come before their children in `rows`, so one ordered insert satisfies the keys.
    Organisation.objects.bulk_create(rows, batch_size=2000)
    cast.counts["organisations"] = len(rows)
    return by_country


def _people(cast, rng, text, meetings, organisations, today) -> None:
    pks, slugs = PkCounter(Person), Slugs(Person)
    people, memberships = [], []
    codes = sorted(organisations)
    for _ in range(20 + 2 * meetings):
        first, last = rng.choice(names.FIRST_NAMES), rng.choice(names.SURNAMES)
        pk = pks.take()
        people.append(
            Person(
                pk=pk,
                name=f"{first} {last}",
                sort_name=f"{last}, {first}",
                honorific=rng.choice(names.HONORIFICS),
                slug=slugs.make(f"{first} {last}"),
                biography=text.paragraph(sentences=(1, 4)),
            )
        )
        home = rng.choice(codes)
        posts = _career(rng, organisations[home] + organisations.get("", []), today)
        cast.posts[pk] = posts
        cast.people.append(pk)
        memberships += [
            Membership(
                person_id=pk,
                organisation_id=post.organisation_id,
                role=post.role,
                start_date=post.start,
                end_date=post.end,
            )
            for post in posts
        ]
    Person.objects.bulk_create(people, batch_size=2000)
    Membership.objects.bulk_create(memberships, batch_size=2000)
    cast.counts["people"] = len(people)
    cast.counts["memberships"] = len(memberships)


def _career(rng: random.Random, organisations: list[int], today: datetime.date) -> list[Post]:
    """One to four consecutive posts; the last is often still held."""
    posts, seen = [], set()
    start = CAREER_START + datetime.timedelta(days=rng.randrange((today - CAREER_START).days - 700))
    for number in range(rng.randint(1, 4)):
        organisation, role = rng.choice(organisations), rng.choice(names.ROLES)
        if (organisation, role) in seen:
            continue
        seen.add((organisation, role))
        end = start + datetime.timedelta(days=rng.randint(2 * 365, 8 * 365))
        if end >= today or (number == 3 or rng.random() < 0.3):
            end = None if rng.random() < 0.7 else min(end, today)
        posts.append(Post(start, end, organisation, role))
        start = end + datetime.timedelta(days=1) if end else today
        if start >= today:
            break
    return posts
