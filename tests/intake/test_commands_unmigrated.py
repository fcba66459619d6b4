"""The intake commands on a database never migrated, as on a fresh clone: measure_import needs
none; import_minutes says plainly that the database must be migrated first."""

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = Path(__file__).parent / "golden" / "transcript.txt"


def _manage(*args: str, database: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_measure_import_runs_without_a_migrated_database(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "minutes.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    expectation = {
        "meeting": {"date": "2020-06-01", "location": None, "title": "x"},
        "attendees": [],
        "statements": [],
        "furniture": [],
    }
    (folder / "minutes.expected.yaml").write_text(yaml.safe_dump(expectation), encoding="utf-8")
    database = tmp_path / "never-migrated.sqlite3"
    result = _manage("measure_import", str(folder), database=database)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines()[-1].startswith("total")


def test_import_minutes_on_an_unmigrated_database_says_to_migrate(tmp_path):
    database = tmp_path / "never-migrated.sqlite3"
    result = _manage("import_minutes", str(SAMPLE), database=database)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "not migrated" in result.stderr and "manage.py migrate" in result.stderr
