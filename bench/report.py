"""The benchmark's tables and its verdict on each target, as Markdown."""

import statistics
from dataclasses import dataclass, field

from bench.loadtool import Measure

SCALE_LIMIT = 1.5
# Modes whose pages are rendered afresh on every request (see run_bench.cache_modes).
UNCACHED_MODES = ("uncached", "cold")


@dataclass
class ArchiveRun:
    """Every measure taken on one archive: by mode ("uncached", "cached …") and page name."""

    label: str
    facts: str
    urls: dict[str, str] = field(default_factory=dict)
    measures: dict[str, dict[str, Measure | None]] = field(default_factory=dict)
    # Each round's sample, by mode and page: rounds alternate archives, so round i of one
    # archive was measured just before or after round i of the other.
    rounds: dict[str, dict[str, list[Measure]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    datasette: Measure | None = None
    datasette_url: str = ""

    def get(self, mode: str, page: str) -> Measure | None:
        return self.measures.get(mode, {}).get(page)

    def ratio(self, mode: str, page: str) -> float | None:
        """A page's requests/s as a fraction of the minimal view's in the same server run."""
        measure, minimal = self.get(mode, page), self.get(mode, "minimal")
        if measure is None or minimal is None or not minimal.rps:
            return None
        return measure.rps / minimal.rps


def fraction(value: float | None) -> str:
    if value is None:
        return "-"
    return f"1/{1 / value:.1f}" if 0 < value < 1 else f"{value:.2f}x"


def _cells(measure: Measure) -> str:
    errors = f" ({measure.errors} errors)" if measure.errors else ""
    cpu = f"{measure.cpu_ms:.2f}" if measure.cpu_ms is not None else "-"
    return f" {measure.rps:,.0f}{errors} | {measure.p50_ms:.1f} | {measure.p99_ms:.1f} | {cpu} |"


def _versus(now: float | None, before: float | None) -> str:
    return f" {now / before:.2f}x |" if now and before else " - |"


def archive_table(run: ArchiveRun, small: ArchiveRun | None = None) -> list[str]:
    """One table per server configuration; against the small archive when one is given."""
    lines = [f"### {run.label}", "", run.facts]
    for mode in run.measures:
        head = f"| {mode} | URL | req/s | p50 ms | p99 ms | CPU ms/req | vs minimal |"
        rule = "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
        if small:
            head += " p50 vs small | CPU vs small |"
            rule += " ---: | ---: |"
        lines += ["", head, rule]
        for page, url in run.urls.items():
            measure = run.get(mode, page)
            if measure is None:
                lines.append(f"| {page} | `{url}` | not available |")
                continue
            row = f"| {page} | `{url}` |{_cells(measure)} {fraction(run.ratio(mode, page))} |"
            if small:
                before = small.get(mode, page)
                row += _versus(measure.p50_ms, before and before.p50_ms)
                row += _versus(measure.cpu_ms, before and before.cpu_ms)
            lines.append(row)
        if run.datasette and mode == next(iter(run.measures)):
            d, minimal = run.datasette, run.get(mode, "minimal")
            lines.append(
                f"| Datasette (peer): statements with one theme, 100 rows | `{run.datasette_url}` |"
                f"{_cells(d)} {fraction(d.rps / minimal.rps)} |"
            )
    lines += [""] + [f"- {note}" for note in run.notes]
    return lines


def verdicts(runs: list[ArchiveRun], loader=None) -> list[tuple[str, str, bool | None]]:
    """(target, what was measured, met?) with None where it could not be measured."""
    out = []

    def each(name, mode, page, minimum):
        for run in runs:
            ratio = run.ratio(mode, page)
            met = None if ratio is None else ratio >= minimum
            out.append((f"{name} ({run.label})", fraction(ratio), met))

    each("uncached meeting page (~100 statements) >= 1/8 of minimal", "uncached", "meeting", 1 / 8)
    each(
        "uncached API list of 100 statements >= 1/8 of minimal", "uncached", "API statements", 1 / 8
    )
    cached_modes = [mode for mode in runs[0].measures if mode not in UNCACHED_MODES]
    if not cached_modes:
        out.append(("cached public pages >= 1/2 of minimal", "cached: not available", None))
    for mode in cached_modes:
        for run in runs:
            ratios = {
                page: run.ratio(mode, page)
                for page in run.urls
                if page not in {"minimal", "API statements"} and run.get(mode, page)
            }
            worst = min(ratios, key=ratios.get) if ratios else None
            met = None if worst is None else ratios[worst] >= 0.5
            shown = f"worst: {worst} {fraction(ratios[worst])}" if worst else "-"
            out.append((f"{mode} public pages >= 1/2 of minimal ({run.label})", shown, met))
    if len(runs) >= 2:
        for mode in runs[-1].measures:
            out += _scale_verdicts(runs[0], runs[-1], mode)
    for run in runs:
        for mode in run.measures:
            theme = run.get(mode, "theme")
            if run.datasette and theme:
                ratio = theme.rps / run.datasette.rps
                out.append(
                    (
                        f"{mode} theme page >= 6x Datasette ({run.label})",
                        f"{ratio:.1f}x",
                        ratio >= 6,
                    )
                )
        if not run.datasette:
            out.append(
                (f"theme page >= 6x Datasette ({run.label})", "Datasette not measured", None)
            )
    if loader:
        out.append(
            (
                f"load_meeting >= 2x faster than loaddata ({loader.statements:,} statements)",
                f"{loader.load_meeting_s:.1f} s vs {loader.loaddata_s:.1f} s"
                f" = {loader.speedup:.1f}x",
                loader.speedup >= 2,
            )
        )
        out.append(
            (
                f"loading {loader.big_statements:,} statements under 1 GiB",
                f"peak {loader.big_peak_mib:,.0f} MiB in {loader.big_seconds:.1f} s",
                loader.big_peak_mib < 1024,
            )
        )
        if loader.plain_seconds:
            out.append(
                (
                    "(the same with --no-history, which records no revision of the load)",
                    f"peak {loader.plain_peak_mib:,.0f} MiB in {loader.plain_seconds:.1f} s",
                    loader.plain_peak_mib < 1024,
                )
            )
    return out


def _scale_verdicts(small: ArchiveRun, large: ArchiveRun, mode: str) -> list[tuple]:
    """Whether every page of one server configuration stays within SCALE_LIMIT of its small
    archive figure, in p50 latency and in server CPU per request.

    Judged on the median of the round-by-round ratios, each of two samples taken back to
    back, so that a slow spell of the shared machine during one archive's sample does not
    pass for a difference between the archives; the ratio of the two medians is shown too.
    """
    out = []
    for unit, label in (
        (
            "p50_ms",
            f"{mode}: p50 on {large.label} <= {SCALE_LIMIT}x p50 on {small.label}, every page",
        ),
        ("cpu_ms", f"{mode}: the same in server CPU per request (less disturbed by other load)"),
    ):
        ratios = [
            (paired, of_medians, page)
            for page in large.urls
            if (of_medians := _ratio(small.get(mode, page), large.get(mode, page), unit))
            and (paired := _paired_ratio(small, large, mode, page, unit) or of_medians)
        ]
        if ratios:
            paired, of_medians, page = max(ratios)
            shown = f"worst: {page} {paired:.2f}x (round by round; {of_medians:.2f}x of medians)"
            out.append((label, shown, paired <= SCALE_LIMIT))
    return out


def _ratio(small: Measure | None, large: Measure | None, unit: str) -> float | None:
    if small is None or large is None or not getattr(small, unit) or not getattr(large, unit):
        return None
    return getattr(large, unit) / getattr(small, unit)


def _paired_ratio(
    small: ArchiveRun, large: ArchiveRun, mode: str, page: str, unit: str
) -> float | None:
    """The median over rounds of large ÷ small, each round's two samples taken together."""
    # As many rounds on both archives (one run measures both); none where a page was missing.
    pairs = zip(
        small.rounds.get(mode, {}).get(page, []),
        large.rounds.get(mode, {}).get(page, []),
        strict=False,
    )
    ratios = [ratio for a, b in pairs if (ratio := _ratio(a, b, unit))]
    return statistics.median(ratios) if ratios else None


def verdict_table(rows) -> list[str]:
    lines = ["### Targets", "", "| target | measured | |", "| --- | --- | --- |"]
    for target, measured, met in rows:
        word = "met" if met else ("**missed**" if met is False else "not measured")
        lines.append(f"| {target} | {measured} | {word} |")
    return lines
