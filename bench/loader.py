"""load_meeting against loaddata on the same records, and the loader's memory on a large file."""

import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.archives import generator_version
from bench.servers import ROOT, manage, site_env

# Runs one command and prints the peak resident memory of that command alone (in KiB on Linux).
PEAK_RSS = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True);"
    " print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


@dataclass
class LoaderResult:
    """Wall-clock seconds of each way of loading the same records, and the large load's memory."""

    statements: int
    load_meeting_s: float
    loaddata_s: float
    big_statements: int
    big_seconds: float
    big_peak_mib: float
    plain_seconds: float = 0.0  # the same large load with --no-history
    plain_peak_mib: float = 0.0

    @property
    def speedup(self) -> float:
        return self.loaddata_s / self.load_meeting_s


def meeting_file(*, statements: int, seed: int, work_dir: Path) -> Path:
    from bench.demo_data.meeting_file import demo_meeting_file

    path = work_dir / f"meeting-{statements}-s{seed}-{generator_version()}.json"
    if not path.exists():
        data = demo_meeting_file(statements=statements, seed=seed)
        path.write_text(json.dumps(data), encoding="utf-8")
    return path


def empty_database(work_dir: Path) -> Path:
    path = work_dir / "empty.sqlite3"
    path.unlink(missing_ok=True)
    manage("migrate", "--noinput", env=site_env(path))
    return path


def fresh_copy(empty: Path, name: str) -> Path:
    path = empty.with_name(name)
    shutil.copyfile(empty, path)
    return path


def timed(*args: str, env: dict) -> float:
    started = time.perf_counter()
    manage(*args, env=env)
    return time.perf_counter() - started


def compare_loaders(*, statements: int, big_statements: int, seed: int, work_dir: Path, log=print):
    work_dir.mkdir(parents=True, exist_ok=True)
    empty = empty_database(work_dir)
    small = meeting_file(statements=statements, seed=seed, work_dir=work_dir)
    log(f"Loader: load_meeting vs loaddata, {statements:,} statements …")
    by_loader = fresh_copy(empty, "by-load-meeting.sqlite3")
    load_meeting_s = timed("load_meeting", str(small), env=site_env(by_loader))
    fixture = work_dir / "same-records.json"
    manage(
        "dumpdata",
        "people",
        "minutes",
        "--natural-foreign",
        "--natural-primary",
        f"--output={fixture}",
        env=site_env(by_loader),
    )
    by_loaddata = fresh_copy(empty, "by-loaddata.sqlite3")
    loaddata_s = timed("loaddata", str(fixture), env=site_env(by_loaddata))
    _same_records(by_loader, by_loaddata)

    big = meeting_file(statements=big_statements, seed=seed, work_dir=work_dir)
    log(f"Loader: memory while loading {big_statements:,} statements …")
    big_seconds, big_peak = peak_load(empty, big)
    log("Loader: the same with --no-history …")
    plain_seconds, plain_peak = peak_load(empty, big, "--no-history")
    for path in (by_loader, by_loaddata, fixture):
        path.unlink(missing_ok=True)
    return LoaderResult(
        statements,
        load_meeting_s,
        loaddata_s,
        big_statements,
        big_seconds,
        big_peak,
        plain_seconds,
        plain_peak,
    )


def peak_load(empty: Path, path: Path, *options: str) -> tuple[float, float]:
    """Seconds and peak resident MiB of `load_meeting` of one file into a fresh database."""
    target = fresh_copy(empty, "big-load.sqlite3")
    command = [sys.executable, "manage.py", "load_meeting", *options, str(path)]
    started = time.perf_counter()
    peak = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, *command],
        cwd=ROOT,
        env=site_env(target),
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()[-1]
    seconds = time.perf_counter() - started
    target.unlink()
    return seconds, int(peak) / 1024


def _same_records(a: Path, b: Path) -> None:
    """Both ways must have written the same statements, or the comparison means nothing."""
    import sqlite3

    query = "SELECT count(*), sum(length(text)) FROM minutes_statement"
    with sqlite3.connect(a) as one, sqlite3.connect(b) as other:
        first, second = one.execute(query).fetchone(), other.execute(query).fetchone()
    if first != second or not first[0]:
        raise RuntimeError(f"load_meeting wrote {first}, loaddata wrote {second}")
