"""Bounds on the memory and time a piece of code may take, enforced by the kernel and a timer.

A hostile input that makes the code under test allocate past the bound gets a MemoryError,
and one that runs past the time gets a TimeoutError, in the test itself: the test fails
rather than the machine swapping or the suite hanging.
"""

import contextlib
import resource
import signal
import time
from pathlib import Path

MiB = 1024 * 1024


def address_space() -> int:
    """Bytes of virtual memory this process has mapped now (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[0])
    return pages * resource.getpagesize()


def _timed_out(signum, frame):
    raise TimeoutError("the time bound was exceeded")


@contextlib.contextmanager
def bounded(*, memory: int = 200 * MiB, seconds: float = 5.0):
    """Within it, at most `memory` more bytes of address space and `seconds` of wall time."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (address_space() + memory, hard))
    previous = signal.signal(signal.SIGALRM, _timed_out)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    assert time.monotonic() - started < seconds


def limit_child(*, memory: int = 200 * MiB, seconds: int = 5):
    """A preexec_fn for subprocess: the child may map `memory` beyond a Python's start-up and
    use `seconds` of CPU time."""

    def apply() -> None:
        # A manage.py command maps about 100 MiB (VmPeak) before it reads a file.
        resource.setrlimit(resource.RLIMIT_AS, (150 * MiB + memory, resource.RLIM_INFINITY))
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))

    return apply
