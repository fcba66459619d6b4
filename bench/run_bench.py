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
import contextlib
import datetime
import os
import platform
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
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


REDIS_URL = "redis://127.0.0.1:6379/13"


def redis_answers(url: str = REDIS_URL) -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(url, socket_timeout=2).ping())
    except Exception:
        return False


def cache_modes(args) -> list[tuple[str, dict]]:
    """The server configurations to measure: always uncached; cached where possible.

    Cached means the project's own page cache (core.page_cache, DJANGO_PAGE_CACHE) with
    its production store, Redis, shared by the workers; a key prefix of this run's own keeps
    other users of that Redis apart. Without a page cache in the project, only the clearly
    labelled stand-in (--cache-stand-in) measures anything cached."""
    from django.conf import settings

    has_page_cache = hasattr(settings, "PAGE_CACHE_ENABLED")
    shared = {}
    if redis_answers():
        # As in production: one Redis shared by the workers, under a prefix of this run's own
        # to keep other users of that Redis apart (without it each worker keeps its own copy
        # of every cached count in local memory, for 30 s).
        prefix = f"gp-bench-{os.getpid()}"
        shared = {"CACHE_URL": REDIS_URL, "DJANGO_CACHE_KEY_PREFIX": prefix}
    modes = [("uncached", {"DJANGO_PAGE_CACHE": "0", **shared} if has_page_cache else {})]
    if hasattr(settings, "AGGREGATE_CACHE_ENABLED"):
        # "uncached" renders every page afresh but reads counts cached under the records
        # version (core.aggregate_cache); "cold" counts everything afresh too: what the
        # first reader after a change to the records waits for.
        cold = {"DJANGO_PAGE_CACHE": "0", "DJANGO_AGGREGATE_CACHE": "0"}
        modes.append(("cold", cold))
    if has_page_cache and shared:
        modes.append(("cached", {"DJANGO_PAGE_CACHE": "1", **shared}))
    elif has_page_cache:
        args.cache_note = "Cached: not measured (no Redis answers at 127.0.0.1:6379)."
    else:
        args.cache_note = "Cached: not available (the project has no page cache in this build)."
        if args.cache_stand_in:
            args.cache_note += (
                " The “cached (stand-in)” tables are Django's per-site cache middleware enabled"
                " in bench/settings_cached.py only: a stand-in, not the project's cache."
            )
    if args.cache_stand_in:
        # Not the project's cache: Django's per-site cache middleware, enabled only here.
        modes.append(("cached (stand-in)", {"DJANGO_SETTINGS_MODULE": "bench.settings_cached"}))
    return modes


def arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=10, help="meetings in the small archive")
    parser.add_argument("--large", type=int, default=2000, help="meetings in the large archive")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duration", type=float, default=5, help="seconds of load per sample")
    parser.add_argument(
        "--rounds", type=int, default=3, help="samples per page and archive (median reported)"
    )
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
        args.small, args.large, args.duration, args.connections, args.rounds = 1, 2, 1, 2, 1
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


@dataclass
class Archive:
    """One archive under test: its database, what its URLs point at, and its results."""

    run: ArchiveRun
    database: Path
    targets: Targets


def prepare(label: str, meetings: int, args) -> Archive:
    database = archive(meetings=meetings, seed=args.seed, data_dir=args.data_dir, log=say)
    targets = pick_targets(database)
    facts = (
        f"{targets.meetings:,} published meetings, {targets.statements:,} statements; meeting"
        f" `{targets.meeting_slug}` has {targets.meeting_statements} statements, theme"
        f" `{targets.theme_slug}` {targets.theme_statements:,}, person `{targets.person_slug}`"
        f" {targets.person_statements:,}."
    )
    say(f"{label}: {facts}")
    return Archive(ArchiveRun(label=label, facts=facts), database, targets)


def datasette_path(archive: Archive) -> str:
    through = (
        '{"table":"minutes_statement_themes","column":"theme_id",'
        f'"value":"{archive.targets.theme_id}"}}'
    )
    query = urllib.parse.urlencode({"_through": through, "_size": 100})
    return f"/{archive.database.stem}/minutes_statement?{query}"


@dataclass
class Target:
    """One URL on one running server, and the samples taken of it."""

    archive: Archive
    page: str
    url: str
    server_pid: int
    samples: list = field(default_factory=list)


def available_targets(archive: Archive, base: str, pid: int, mode: str) -> list[Target]:
    """Every page of the archive that answers 200; an optional page that answers 404 is noted
    as not available in this build; anything else stops the benchmark."""
    out = []
    for page in PAGES:
        url = page.url(archive.targets)
        status = fetch_status(base + url)  # also warms the page cache and the workers
        if status == 404 and page.optional:
            archive.run.measures[mode][page.name] = None
            note = f"{page.name}: not available in this build ({url} answers 404)"
            if note not in archive.run.notes:
                archive.run.notes.append(note)
            continue
        if status != 200:
            raise SystemExit(f"{base}{url} answered {status}")
        archive.run.urls[page.name] = url
        out.append(Target(archive, page.name, base + url, pid))
    return out


def sample(target: Target, args) -> None:
    before = servers.cpu_seconds(target.server_pid)
    measure = loadtool.measure(
        target.url, seconds=args.duration, connections=args.connections, threads=args.threads
    )
    measure.cpu_ms = (
        (servers.cpu_seconds(target.server_pid) - before) * 1e3 / max(1, measure.requests)
    )
    target.samples.append(measure)


def own_keys(env: dict, archive: "Archive") -> dict:
    """The server's environment with cache keys of the archive's own: counts cached for one
    database must never be read by the server of another sharing the same Redis."""
    if "DJANGO_CACHE_KEY_PREFIX" not in env:
        return env
    return {
        **env,
        "DJANGO_CACHE_KEY_PREFIX": f"{env['DJANGO_CACHE_KEY_PREFIX']}-{archive.database.stem}",
    }


def measure_mode(archives: list[Archive], mode: str, env: dict, args, logs: Path, peer: bool):
    """Serve every archive at once and measure page by page, alternating archives and
    repeating rounds, so that a change in the machine's load hits all archives alike."""
    targets: list[Target] = []
    with contextlib.ExitStack() as stack:
        for archive in archives:
            archive.run.measures[mode] = {}
            port = servers.free_port()
            log = logs / f"gunicorn-{archive.database.stem}-{mode.split()[0]}.log"
            process = stack.enter_context(
                servers.gunicorn(
                    archive.database,
                    port=port,
                    log=log,
                    extra_env=own_keys(env, archive),
                    connections=args.connections,
                )
            )
            say(f"  {mode}: {archive.run.label} on gunicorn at 127.0.0.1:{port}")
            targets += available_targets(archive, f"http://127.0.0.1:{port}", process.pid, mode)
            if peer and servers.datasette_available():
                port = servers.free_port()
                log = logs / f"datasette-{archive.database.stem}.log"
                process = stack.enter_context(
                    servers.datasette(archive.database, port=port, log=log)
                )
                path = datasette_path(archive)
                if fetch_status(f"http://127.0.0.1:{port}{path}") != 200:
                    raise SystemExit(f"Datasette answered {path} with an error; see {log}")
                archive.run.datasette_url = path
                targets.append(
                    Target(archive, "Datasette", f"http://127.0.0.1:{port}{path}", process.pid)
                )
            elif peer:
                archive.run.notes.append(
                    "Datasette not installed (pip install -r requirements-bench.txt)"
                )
        pages = list(dict.fromkeys(target.page for target in targets))
        for round_number in range(1, args.rounds + 1):
            for page in pages:
                for target in (t for t in targets if t.page == page):
                    sample(target, args)
                    m = target.samples[-1]
                    say(
                        f"    round {round_number} {target.archive.run.label[:5]:<5} {page:<20}"
                        f" {m.rps:8,.0f} req/s  p50 {m.p50_ms:7.1f} ms  p99 {m.p99_ms:7.1f} ms"
                        f"  {m.cpu_ms:6.2f} CPU ms/req"
                    )
    for target in targets:
        combined = loadtool.median_of(target.samples)
        if target.page == "Datasette":
            target.archive.run.datasette = combined
        else:
            target.archive.run.measures[mode][target.page] = combined
            target.archive.run.rounds.setdefault(mode, {})[target.page] = target.samples


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, load average {load}"
    )


def main(argv=None) -> int:
    args = arguments(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_site.settings")
    import django

    django.setup()
    today = datetime.date.today().isoformat()
    started_on = machine()
    say(f"Benchmark {today} on {started_on}; load tool: {loadtool.tool_name()}")
    archives = [
        prepare(f"small archive ({args.small} meetings)", args.small, args),
        prepare(f"large archive ({args.large:,} meetings)", args.large, args),
    ]
    logs = args.data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    for index, (mode, env) in enumerate(cache_modes(args)):
        measure_mode(archives, mode, env, args, logs, peer=index == 0)
    small, large = (archive.run for archive in archives)
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
        f"Machine at the start: {started_on}; at the end: {machine()}."
        f" Server: gunicorn, {servers.GUNICORN_WORKERS} workers x"
        f" {servers.GUNICORN_THREADS} threads (gthread), each taking at most its share of the"
        " connections, DEBUG off, SQLite, on 127.0.0.1."
        f" Load: {loadtool.tool_name()}, {args.connections} connections, {args.threads}"
        f" threads, {args.rounds} rounds of {args.duration:g} s per page and archive, archives"
        " alternating, medians shown. “vs minimal” is the page's requests/s as a fraction of"
        " the minimal Django view's on the same server; “CPU ms/req” is the server's own CPU"
        " time per request, which other load on the machine disturbs far less than req/s.",
        "",
        *archive_table(small),
        "",
        *archive_table(large, small=small),
        "",
        *verdict_table(verdicts([small, large], loader)),
    ]
    if getattr(args, "cache_note", None):
        lines += ["", args.cache_note]
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
