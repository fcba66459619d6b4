"""Starting and stopping the servers under test: gunicorn for the site, Datasette for the peer."""

import contextlib
import math
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Two cores: wrk takes part of one, so two worker processes keep both busy; a few threads each
# let a worker accept the next request while another waits on SQLite.
GUNICORN_WORKERS = 2
GUNICORN_THREADS = 4


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_env(database: Path, extra: dict | None = None) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": f"sqlite:///{database}",
            "DJANGO_DEBUG": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_CONN_MAX_AGE": "600",
            "DJANGO_SETTINGS_MODULE": "bench.settings",
        }
    )
    env.update(extra or {})
    return env


def manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    """Run a management command; on failure, stop with what it printed."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} after {seconds} s")


@contextlib.contextmanager
def running(command: list[str], *, env: dict, probe: str, log: Path):
    """Run a server for the duration of the block; stop it (and only it) afterwards."""
    with open(log, "w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
        try:
            wait_until_up(probe, process)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def gunicorn(
    database: Path, *, port: int, log: Path, connections: int, extra_env: dict | None = None
):
    """The site under gunicorn, sized for a load of `connections` keep-alive connections."""
    # A worker takes no more connections than its share of the load (or its threads, if
    # more), so the connections are shared out evenly. Without this, one worker could accept
    # most of them and leave the other core idle: the minimal view measured 1,450 or 4,000
    # req/s by that luck alone.
    per_worker = max(GUNICORN_THREADS, math.ceil(connections / GUNICORN_WORKERS))
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "gp_site.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={GUNICORN_WORKERS}",
        "--worker-class=gthread",
        f"--threads={GUNICORN_THREADS}",
        f"--worker-connections={per_worker}",
        "--keep-alive=30",
        "--log-level=warning",
    ]
    env = site_env(database, extra_env)
    return running(command, env=env, probe=f"http://127.0.0.1:{port}/bench/minimal/", log=log)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process and its children (gunicorn's workers) so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a process that ended while we looked
        own_pid = int(stat.parent.name)
        if own_pid == pid or int(fields[1]) == pid:  # fields[1] is the parent's pid
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def datasette_available() -> bool:
    try:
        import datasette  # noqa: F401
    except ImportError:
        return False
    return True


def datasette(database: Path, *, port: int, log: Path):
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "--immutable",
        str(database),
        "--host=127.0.0.1",
        f"--port={port}",
    ]
    return running(command, env=dict(os.environ), probe=f"http://127.0.0.1:{port}/", log=log)
