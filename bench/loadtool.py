"""Putting load on one URL: wrk when installed, else a small threaded client in Python."""

import http.client
import re
import shutil
import statistics
import subprocess
import threading
import time
import urllib.parse
from dataclasses import dataclass

UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


@dataclass
class Measure:
    """Throughput and latency of one URL under load."""

    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int = 0
    cpu_ms: float | None = None  # the server's CPU time per request, where measured


def median_of(samples: list[Measure]) -> Measure:
    """One figure from repeated samples: the median of each, errors and requests summed."""
    cpu = [s.cpu_ms for s in samples if s.cpu_ms is not None]
    return Measure(
        rps=statistics.median(s.rps for s in samples),
        p50_ms=statistics.median(s.p50_ms for s in samples),
        p99_ms=statistics.median(s.p99_ms for s in samples),
        requests=sum(s.requests for s in samples),
        errors=sum(s.errors for s in samples),
        cpu_ms=statistics.median(cpu) if cpu else None,
    )


def tool_name() -> str:
    return "wrk" if shutil.which("wrk") else "python (wrk not installed)"


def measure(url: str, *, seconds: float, connections: int, threads: int) -> Measure:
    if shutil.which("wrk"):
        return run_wrk(url, seconds=seconds, connections=connections, threads=threads)
    return run_python(url, seconds=seconds, connections=connections)


def run_wrk(url: str, *, seconds: float, connections: int, threads: int) -> Measure:
    command = [
        "wrk",
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={max(1, round(seconds))}s",
        "--latency",
        "--timeout=10s",  # a slow page is measured, not dropped as an error after wrk's 2 s
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return parse_wrk(output)


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def parse_wrk(output: str) -> Measure:
    """Read requests/s, the 50th and 99th latency percentiles and errors from wrk --latency."""
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.M)
    total = re.search(r"(\d+) requests in", output)
    if not (rps and p50 and p99 and total):
        raise ValueError(f"cannot read wrk's output:\n{output}")
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(bad.group(1)) if bad else 0
    errors += sum(int(n) for n in socket.groups()) if socket else 0
    return Measure(
        float(rps.group(1)), _ms(p50.group(1)), _ms(p99.group(1)), int(total.group(1)), errors
    )


def run_python(url: str, *, seconds: float, connections: int) -> Measure:
    """Keep-alive clients in threads for `seconds`; far weaker than wrk, but every code path
    of the benchmark stays exercised where wrk is missing."""
    parts = urllib.parse.urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies: list[float] = []
    errors = [0]
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()

    def client():
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine = []
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            connection.request("GET", target)
            response = connection.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1e3)
            if response.status >= 400:
                errors[0] += 1
        connection.close()
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    workers = [threading.Thread(target=client) for _ in range(connections)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return Measure(
        rps=len(latencies) / elapsed,
        p50_ms=percentile(latencies, 50),
        p99_ms=percentile(latencies, 99),
        requests=len(latencies),
        errors=errors[0],
    )


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, round(p / 100 * (len(sorted_values) - 1)))
    return sorted_values[index]
