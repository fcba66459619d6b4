"""The benchmark script must keep working: parsers on known output, and a whole smoke run."""

import re
import subprocess
import sys
from pathlib import Path

from bench.loadtool import Measure, median_of, parse_wrk, percentile
from bench.report import ArchiveRun, verdict_table, verdicts

ROOT = Path(__file__).resolve().parents[2]

WRK_OUTPUT = """\
Running 10s test @ http://127.0.0.1:8000/themes/biosecurity/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    12.31ms    3.02ms  50.10ms   81.00%
    Req/Sec   325.11     20.02   370.00     70.00%
  Latency Distribution
     50%   11.80ms
     75%   13.40ms
     90%   15.90ms
     99%    1.02s
  6489 requests in 10.01s, 210.77MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:    648.27
Transfer/sec:     21.06MB
"""


def test_wrk_output_is_read_in_milliseconds_with_errors_counted():
    measure = parse_wrk(WRK_OUTPUT)
    assert measure == Measure(rps=648.27, p50_ms=11.8, p99_ms=1020.0, requests=6489, errors=7)


def test_unreadable_wrk_output_is_an_error_not_a_zero():
    try:
        parse_wrk("wrk: connection refused")
    except ValueError as error:
        assert "cannot read" in str(error)
    else:
        raise AssertionError("parse_wrk accepted output without figures")


def test_percentiles():
    values = [float(n) for n in range(1, 101)]
    assert percentile(values, 50) == 51.0
    assert percentile(values, 99) == 99.0


def test_verdicts_say_met_and_missed_plainly():
    def run(label, minimal, meeting, p50):
        archive = ArchiveRun(label=label, facts="")
        archive.urls = {"minimal": "/bench/minimal/", "meeting": "/meetings/x/"}
        archive.measures = {
            "uncached": {
                "minimal": Measure(minimal, 1.0, 2.0, 100),
                "meeting": Measure(meeting, p50, p50 * 2, 100),
            }
        }
        return archive

    rows = verdicts([run("small", 1200, 150, 10.0), run("large", 1200, 50, 40.0)])
    table = "\n".join(verdict_table(rows))
    assert re.search(r"meeting page .*\(small\) \| 1/8.0 \| met \|", table)
    assert re.search(r"meeting page .*\(large\) \| 1/24.0 \| \*\*missed\*\* \|", table)
    assert re.search(
        r"uncached: p50 on .*every page \| worst: meeting 4.00x .*\| \*\*missed\*\* \|", table
    )
    assert "cached: not available | not measured" in table


def test_scale_is_judged_round_by_round_where_rounds_were_kept():
    def run(label, p50s):
        archive = ArchiveRun(label=label, facts="")
        archive.urls = {"meeting": "/meetings/x/"}
        samples = [Measure(100, p50, p50 * 2, 100, cpu_ms=5.0) for p50 in p50s]
        archive.rounds = {"uncached": {"meeting": samples}}
        archive.measures = {"uncached": {"meeting": median_of(samples)}}
        return archive

    # A slow spell in the large archive's third round: 1.77x between the medians, but round by
    # round the large archive took 1.09x, 0.78x and 2.38x the small one's time.
    rows = verdicts([run("small", [81.1, 50.1, 39.4]), run("large", [88.8, 38.9, 93.6])])
    table = "\n".join(verdict_table(rows))
    assert re.search(
        r"p50 on large .* \| worst: meeting 1.09x \(round by round; 1.77x of medians\) \| met",
        table,
    )


def test_a_smoke_run_serves_every_page_and_writes_the_table(tmp_path):
    """Tiny archives, 1 s per page: every code path of the benchmark runs (wrk, or the Python
    client where wrk is missing), and any page that does not answer 200 fails the run."""
    result = subprocess.run(
        [
            sys.executable,
            "bench/run_bench.py",
            "--smoke",
            f"--data-dir={tmp_path / 'data'}",
            f"--results-dir={tmp_path / 'results'}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    [written] = (tmp_path / "results").glob("*-m1-m2.md")
    table = written.read_text()
    for page in ("minimal", "home", "meeting", "theme", "person", "statements filtered"):
        assert re.search(
            rf"^\| {page} \| `/[^`]*` \| [\d,]+ \| [\d.]+ \| [\d.]+ \|", table, re.M
        ), page
    assert "### small archive (1 meetings)" in table
    assert "p50 vs small" in table
    assert re.search(
        r"load_meeting >= 2x faster than loaddata \(150 statements\) \| [\d.]+ s", table
    )
    assert re.search(r"loading 600 statements under 1 GiB \| peak \d+ MiB", table)
    assert table in result.stdout
