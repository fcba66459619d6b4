#!/usr/bin/env python
"""Benchmark the public site against a minimal Django view and against Datasette.

For a small and a large demo archive (SQLite files cached under bench/data/ by generator
version, seed and size) it serves the site under gunicorn on 127.0.0.1 with DEBUG off, puts
load on each page with wrk, and prints requests/s, p50 and p99 latency and each page's ratio
to the minimal view; then the same table for the cached site where the project has a cache,
Datasette's equivalent of the theme page, and load_meeting against loaddata. The tables and
a verdict on every target go to bench/results/<date>-m<small>-m<large>.md.

    .venv/bin/python bench/run_bench.py               # the real run (make bench)
    .venv/bin/python bench/run_bench.py --smoke       # tiny archives, 1 s per page: a check

Timings are printed, never asserted: a missed target is reported, not failed.
"""

import argparse
import datetime
import os
import platform
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import loadtool, servers
from bench.archives import Targets, archive, pick_targets
from bench.loader import compare_loaders
from bench.report import ArchiveRun, archive_table, verdict_table, verdicts

BENCH = Path(__file__).resolve().parent


@dataclass
class Page:
    """A page to measure; an optional one may not exist yet in this build."""

    name: str
    path: str
    optional: bool = False

    def url(self, targets: Targets) -> str:
        return self.path.format(**vars(targets))


PAGES = [
    Page("minimal", "/bench/minimal/"),
    Page("home", "/"),
    Page("meeting", "/meetings/{meeting_slug}/"),
    Page("theme", "/themes/{theme_slug}/"),
    Page("person", "/people/{person_slug}/"),
    Page("statements filtered", "/statements/?theme={theme_slug}"),
    Page("search", "/search/?q={search_word}", optional=True),
    Page("API statements", "/api/statements/?page_size=100", optional=True),
]


def cache_modes(stand_in: bool) -> list[tuple[str, dict]]:
    """The server configurations to measure: always uncached; cached where possible."""
    modes = [("uncached", {})]
    if stand_in:
        # Not the project's cache: Django's per-site cache middleware, enabled only here.
        modes.append(("cached (stand-in)", {"DJANGO_SETTINGS_MODULE": "bench.settings_cached"}))
    return modes


def arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=10, help="meetings in the small archive")
    parser.add_argument("--large", type=int, default=2000, help="meetings in the large archive")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duration", type=float, default=10, help="seconds of load per page")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--loader-statements", type=int, default=10_000)
    parser.add_argument("--loader-big-statements", type=int, default=100_000)
    parser.add_argument("--skip-loader", action="store_true")
    parser.add_argument("--cache-stand-in", action="store_true", help=cache_modes.__doc__)
    parser.add_argument("--data-dir", type=Path, default=BENCH / "data")
    parser.add_argument("--results-dir", type=Path, default=BENCH / "results")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="tiny archives and loader files, 1 s per page: proves every path still works",
    )
    args = parser.parse_args(argv)
    if args.smoke:
        args.small, args.large, args.duration, args.connections = 1, 2, 1, 2
        args.loader_statements, args.loader_big_statements = 150, 600
    return args


def say(text: str = "") -> None:
    print(text, flush=True)


def fetch_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def measure_site(run: ArchiveRun, database: Path, targets: Targets, args, logs: Path) -> None:
    for mode, env in cache_modes(args.cache_stand_in):
        port = servers.free_port()
        base = f"http://127.0.0.1:{port}"
        say(f"  {mode}: gunicorn on {base}")
        run.measures[mode] = {}
        with servers.gunicorn(
            database, port=port, log=logs / f"gunicorn-{mode}.log", extra_env=env
        ):
            for page in PAGES:
                url = page.url(targets)
                status = fetch_status(base + url)  # also warms the cache and the workers
                if status == 404 and page.optional:
                    run.measures[mode][page.name] = None
                    note = f"{page.name}: not available in this build ({url} answers 404)"
                    if note not in run.notes:
                        run.notes.append(note)
                    continue
                if status != 200:
                    raise SystemExit(f"{base}{url} answered {status}; see {logs}")
                run.urls[page.name] = url
                measure = loadtool.measure(
                    base + url,
                    seconds=args.duration,
                    connections=args.connections,
                    threads=args.threads,
                )
                run.measures[mode][page.name] = measure
                say(
                    f"    {page.name:<22} {measure.rps:8,.0f} req/s  p50 {measure.p50_ms:7.1f} ms"
                    f"  p99 {measure.p99_ms:7.1f} ms"
                )


def measure_datasette(run: ArchiveRun, database: Path, targets: Targets, args, logs) -> None:
    if not servers.datasette_available():
        run.notes.append("Datasette not installed (pip install -r requirements-bench.txt)")
        return
    port = servers.free_port()
    through = (
        f'{{"table":"minutes_statement_themes","column":"theme_id","value":"{targets.theme_id}"}}'
    )
    path = f"/{database.stem}/minutes_statement?" + urllib.parse.urlencode(
        {"_through": through, "_size": 100}
    )
    with servers.datasette(database, port=port, log=logs / "datasette.log"):
        url = f"http://127.0.0.1:{port}{path}"
        if fetch_status(url) != 200:
            raise SystemExit(f"Datasette answered {url} with an error; see {logs}")
        run.datasette = loadtool.measure(
            url, seconds=args.duration, connections=args.connections, threads=args.threads
        )
        run.datasette_url = path
    d = run.datasette
    say(
        f"    {'Datasette':<22} {d.rps:8,.0f} req/s  p50 {d.p50_ms:7.1f} ms  p99 {d.p99_ms:7.1f} ms"
    )


def measure_archive(label: str, meetings: int, args) -> ArchiveRun:
    database = archive(meetings=meetings, seed=args.seed, data_dir=args.data_dir, log=say)
    targets = pick_targets(database)
    facts = (
        f"{targets.meetings:,} published meetings, {targets.statements:,} statements; meeting"
        f" `{targets.meeting_slug}` has {targets.meeting_statements} statements, theme"
        f" `{targets.theme_slug}` {targets.theme_statements:,}, person `{targets.person_slug}`"
        f" {targets.person_statements:,}."
    )
    say(f"{label}: {facts}")
    run = ArchiveRun(label=label, facts=facts)
    logs = args.data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    measure_site(run, database, targets, args, logs)
    measure_datasette(run, database, targets, args, logs)
    return run


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def main(argv=None) -> int:
    args = arguments(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_site.settings")
    import django

    django.setup()
    today = datetime.date.today().isoformat()
    say(f"Benchmark {today} on {machine()}; load tool: {loadtool.tool_name()}")
    small = measure_archive(f"small archive ({args.small} meetings)", args.small, args)
    large = measure_archive(f"large archive ({args.large:,} meetings)", args.large, args)
    loader = None
    if not args.skip_loader:
        loader = compare_loaders(
            statements=args.loader_statements,
            big_statements=args.loader_big_statements,
            seed=args.seed,
            work_dir=args.data_dir / "loader",
            log=say,
        )
    lines = [
        f"## Benchmark, {today}",
        "",
        f"Machine: {machine()}. Server: gunicorn, {servers.GUNICORN_WORKERS} workers x"
        f" {servers.GUNICORN_THREADS} threads (gthread), DEBUG off, SQLite, on 127.0.0.1."
        f" Load: {loadtool.tool_name()}, {args.connections} connections, {args.threads}"
        f" threads, {args.duration:g} s per page. “vs minimal” is the page's requests/s as a"
        " fraction of the minimal Django view's in the same server run.",
        "",
        *archive_table(small),
        "",
        *archive_table(large, small=small),
        "",
        *verdict_table(verdicts([small, large], loader)),
    ]
    if not any(mode != "uncached" for mode in small.measures):
        lines += ["", "Cached: not available (the project has no page cache in this build)."]
    text = "\n".join(lines) + "\n"
    say()
    say(text)
    args.results_dir.mkdir(parents=True, exist_ok=True)
    out = args.results_dir / f"{today}-m{args.small}-m{args.large}.md"
    out.write_text(text, encoding="utf-8")
    say(f"Written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
