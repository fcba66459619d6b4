"""The archives under test: SQLite files built once per generator version, seed and size."""

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bench.servers import ROOT, manage, site_env

GENERATOR = ROOT / "bench" / "demo_data"


def generator_version() -> str:
    """A digest of the generator's code and vocabulary: a cached archive from other code is
    rebuilt rather than measured."""
    digest = hashlib.sha256()
    for path in sorted(GENERATOR.iterdir()):
        if path.suffix in {".py", ".txt"}:
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:10]


def archive(*, meetings: int, seed: int, data_dir: Path, log=print) -> Path:
    """The path of a migrated archive of `meetings` demo meetings, generated if not cached."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / f"archive-m{meetings}-s{seed}-{generator_version()}.sqlite3"
    if not path.exists():
        log(f"Generating an archive of {meetings:,} meetings (seed {seed}) into {path.name} …")
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        env = site_env(partial)
        manage("migrate", "--noinput", env=env)
        manage("generate_demo_data", f"--meetings={meetings}", f"--seed={seed}", env=env)
        os.replace(partial, path)
    # Cached files get the project's newest migrations (an index added since, say).
    manage("migrate", "--noinput", env=site_env(path))
    return path


@dataclass
class Targets:
    """What the measured URLs point at in one archive, chosen the same way in every archive."""

    meetings: int
    statements: int
    meeting_slug: str
    meeting_statements: int
    theme_id: int
    theme_slug: str
    theme_statements: int
    person_slug: str
    person_statements: int
    search_word: str


def pick_targets(database: Path) -> Targets:
    """The published meeting nearest 100 statements, the most used theme and the most
    prolific speaker (the heaviest pages of their kind), and a common word to search for."""
    with sqlite3.connect(database) as db:
        meetings, statements = db.execute(
            "SELECT (SELECT count(*) FROM minutes_meeting WHERE status = 'published'),"
            " (SELECT count(*) FROM minutes_statement)"
        ).fetchone()
        meeting_slug, meeting_statements = db.execute(
            "SELECT m.slug, count(*) AS n FROM minutes_meeting m"
            " JOIN minutes_panel p ON p.meeting_id = m.id"
            " JOIN minutes_statement s ON s.panel_id = p.id"
            " WHERE m.status = 'published' GROUP BY m.id ORDER BY abs(count(*) - 100), m.slug"
            " LIMIT 1"
        ).fetchone()
        theme_id, theme_slug, theme_statements = db.execute(
            "SELECT t.id, t.slug, count(*) FROM minutes_theme t"
            " JOIN minutes_statement_themes st ON st.theme_id = t.id"
            " GROUP BY t.id ORDER BY count(*) DESC, t.slug LIMIT 1"
        ).fetchone()
        person_slug, person_statements = db.execute(
            "SELECT p.slug, count(*) FROM people_person p"
            " JOIN minutes_statement s ON s.speaker_id = p.id"
            " GROUP BY p.id ORDER BY count(*) DESC, p.slug LIMIT 1"
        ).fetchone()
    return Targets(
        meetings=meetings,
        statements=statements,
        meeting_slug=meeting_slug,
        meeting_statements=meeting_statements,
        theme_id=theme_id,
        theme_slug=theme_slug,
        theme_statements=theme_statements,
        person_slug=person_slug,
        person_statements=person_statements,
        search_word="verification",
    )
