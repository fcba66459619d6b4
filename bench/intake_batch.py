"""How fast the interpreter drafts minutes: 1,000 text minutes of varied shapes, timed.

    .venv/bin/python bench/intake_batch.py [--files 1000] [--seed 1]

Generates minutes from templates of the shapes the interpreter reads (a verbatim transcript
with labels, narrative minutes with a roll call and numbered items, a panel discussion with
a line-up and biographies, scribe minutes with handles), reads each with the text reader and
drafts it with `draft_from_document` against a recorded set of people and organisations built
here (half the generated names), so that matching is timed too and no database is needed.
Prints files per second; the target is 10 or more. Nothing is read from or written to a database.
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_site.settings")

import django

django.setup()

from intake.documents import read_document  # noqa: E402
from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document  # noqa: E402
from intake.interpreter.known import KnownPerson  # noqa: E402

FIRST = ["Ann", "Bo", "Chidi", "Dana", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
LAST = ["Lee", "Park", "Okafor", "Pruitt", "Yilmaz", "Haddad", "Lind", "Moreau", "Sá", "Ek"]
PROSE = (
    "the committee considered the report on water safety and agreed that further work on the "
    "budget for training, inspection and outreach should be brought to the next meeting"
)
WORDS = PROSE.split()


def sentence(rng: random.Random, words: int = 25) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    chosen = rng.sample([(f, s) for f in FIRST for s in LAST], n)
    return [(first, last) for first, last in chosen]


def transcript(rng: random.Random, day: int) -> str:
    members = people(rng, 5)
    lines = [
        "ADVISORY COMMITTEE",
        "TRANSCRIPT OF PUBLIC MEETING",
        f"March {day}, 2015",
        "Location: Council Chamber, 14 Quay Street, Riverside",
        "",
        "Members Present:",
    ]
    lines += [f"Ms. {f} {s}, Chair" if i == 0 else f"Mr. {f} {s}" for i, (f, s) in
              enumerate(members)]  # fmt: skip
    lines.append("")
    for _ in range(rng.randint(20, 60)):
        first, last = rng.choice(members)
        label = rng.choice([f"MR. {last.upper()}:", f"{first} {last}:", "QUESTION:", "THE CHAIR:"])
        lines += [f"{label} {sentence(rng)}", ""]
        if rng.random() < 0.3:
            lines += [sentence(rng, 40), ""]
    return "\n".join(lines)


def narrative(rng: random.Random, day: int) -> str:
    members = people(rng, 6)
    names = ", ".join(f"Councillor {f} {s}" for f, s in members[:-1])
    lines = ["CITY OF RIVERSIDE", "MINUTES OF THE REGULAR MEETING OF COUNCIL",
             f"Tuesday, {day} March 2015 | 7:00-9:15 p.m.", "", f"Present: {names}",
             f"Absent: Councillor {members[-1][0]} {members[-1][1]}", ""]  # fmt: skip
    for item in range(1, rng.randint(5, 15)):
        lines += [f"{item}. {rng.choice(WORDS).upper()} {rng.choice(WORDS).upper()}", ""]
        lines += [sentence(rng, 40), "", "CARRIED", ""]
    return "\n".join(lines)


def panel(rng: random.Random, day: int) -> str:
    lines = ["Panel Discussions on Water Security", "Geneva, Switzerland", f"{day} June 2016", ""]
    for number in (1, 2):
        lines += [f"Panel {number}", ""]
        for first, last in people(rng, 3):
            lines += [f"{first} {last}", "", f"{first} {last} is the director of a "
                      f"water programme and has worked on {sentence(rng, 20)}", ""]  # fmt: skip
            lines += [sentence(rng, 35) + "\n" for _ in range(rng.randint(2, 6))]
    return "\n".join(lines)


def scribe(rng: random.Random, day: int) -> str:
    members = people(rng, 4)
    handles = [f.lower() for f, _ in members]
    lines = [f"Web Payments WG teleconference 2016-09-{day:02d}", "", "Present",
             "   " + ", ".join(f"{f} {s}" for f, s in members), ""]  # fmt: skip
    for _ in range(rng.randint(20, 50)):
        text = sentence(rng, 30)
        lines.append(f"{rng.choice(handles)}: {text[:60]}\n   {text[60:]}")
    return "\n".join(lines)


SHAPES = [transcript, narrative, panel, scribe]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    texts = [SHAPES[i % len(SHAPES)](rng, 1 + i % 28).encode("utf-8") for i in range(options.files)]
    known_people = KnownPeople(
        KnownPerson(f"{first}-{last}".lower(), f"{first} {last}")
        for first, last in zip(FIRST, LAST, strict=True)
    )
    organisations = KnownOrganisations([("water-board", "Water Board", "WB", "")])
    statements = 0
    start = time.perf_counter()
    for i, data in enumerate(texts):
        document = read_document(data=data, name=f"minutes-{i}.txt")
        draft = draft_from_document(
            document=document,
            themes=[],
            people=known_people,
            organisations=organisations,
            recorded=False,
        )
        statements += sum(len(p["statements"]) for p in draft.data["panels"])
    elapsed = time.perf_counter() - start
    print(
        f"{options.files} files ({statements} statements) in {elapsed:.1f} s: "
        f"{options.files / elapsed:.1f} files/s (target: 10 files/s or more)"
    )


if __name__ == "__main__":
    main()
