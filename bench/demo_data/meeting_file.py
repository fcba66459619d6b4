"""One invented meeting as a gp-meeting/1 file, of any size, for measuring the loader."""

import random

from django.utils.text import slugify

from . import names
from .text import TextMaker

PANELISTS_PER_PANEL = 6
STATEMENTS_PER_PANEL = 500


def demo_meeting_file(*, statements: int, seed: int = 0, slug: str = "demo-loader-meeting") -> dict:
    """A meeting file with `statements` statements, its own people, organisations and themes."""
    rng = random.Random(seed)
    text = TextMaker(rng)
    panel_count = max(1, -(-statements // STATEMENTS_PER_PANEL))
    people = _people(rng, text, panel_count * PANELISTS_PER_PANEL)
    organisations = [
        {"key": slugify(name), "name": name, "abbreviation": abbreviation, "classification": kind}
        for name, abbreviation, kind in names.INTERNATIONAL_BODIES
    ]
    for person in people:
        person["memberships"] = [
            {"organisation": rng.choice(organisations)["key"], "role": rng.choice(names.ROLES)}
        ]
    themes = [
        {"key": key, "name": name, "keywords": keywords} for key, name, _, keywords in names.THEMES
    ]
    panels = []
    left = statements
    for index in range(panel_count):
        line_up = people[index * PANELISTS_PER_PANEL : (index + 1) * PANELISTS_PER_PANEL]
        count = min(left, STATEMENTS_PER_PANEL)
        left -= count
        panels.append(_panel(rng, text, index + 1, line_up, count, themes))
    return {
        "format": "gp-meeting/1",
        "meeting": {
            "slug": slug,
            "title": "Plenary session of the Global Partnership (invented, for measurement)",
            "date": "2020-05-14",
            "location": rng.choice(names.CITIES),
            "host": organisations[0]["key"],
            "status": "published",
            "summary": text.paragraph(sentences=(2, 3)),
        },
        "organisations": organisations,
        "people": people,
        "themes": themes,
        "panels": panels,
    }


def _people(rng: random.Random, text: TextMaker, count: int) -> list[dict]:
    people, keys = [], set()
    while len(people) < count:
        first, last = rng.choice(names.FIRST_NAMES), rng.choice(names.SURNAMES)
        key = slugify(f"{first} {last} {len(people)}")
        if key in keys:
            continue
        keys.add(key)
        people.append(
            {
                "key": key,
                "name": f"{first} {last}",
                "sort_name": f"{last}, {first}",
                "biography": text.paragraph(sentences=(1, 3)),
            }
        )
    return people


def _panel(rng, text, position, line_up, count, themes) -> dict:
    statements = []
    for _ in range(count):
        chosen = rng.sample(themes, rng.choice([0, 1, 1, 1, 2, 2, 3]))
        keywords = [word for theme in chosen for word in theme["keywords"]]
        statements.append(
            {
                "speaker": rng.choice(line_up)["key"],
                "text": text.paragraph(keywords),
                "kind": "remark",
                "themes": [theme["key"] for theme in chosen],
            }
        )
    return {
        "title": f"Panel {position}",
        "panelists": [{"person": person["key"]} for person in line_up],
        "statements": statements,
    }
