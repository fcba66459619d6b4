"""The judged query set (search/judged_queries.yaml) and how well a search answers it.

Each judged query names the statements a careful reader expects on the first page; a query is
*found* when all of them are among the first `FIRST_PAGE` results (and, for a misspelling,
when the expected "did you mean" is offered). Recall at 10 is the share of expected statements
on the first page; the reciprocal rank is 1 / the rank of the first expected statement. A
misspelling that expects no statement scores 1 on both when its suggestion is offered, else 0.
"""

import io
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings
from django.core.management import call_command

from minutes.models import Statement

from .statements import read_query, search_statements, suggestion

JUDGED_QUERIES = Path(__file__).resolve().parent / "judged_queries.yaml"
SHIPPED_MEETING = ("gp-2012-01-26", "fixtures/gp-2012-01-26.yaml")
FIRST_PAGE = 10


@dataclass(frozen=True)
class JudgedQuery:
    """One reader's query, its class, and what a good search shows for it."""

    query: str
    kind: str
    expected: tuple[tuple[int, int, str], ...]  # (panel, position, first words)
    suggest: str = ""


@dataclass(frozen=True)
class Answer:
    """What a search gave for one query: statement ids in order, and its suggestion."""

    ids: list[int]
    suggestion: str = ""


@dataclass
class Outcome:
    """How one judged query fared."""

    judged: JudgedQuery
    expected_ids: list[int]
    answer: Answer

    @property
    def on_first_page(self) -> int:
        page = set(self.answer.ids[:FIRST_PAGE])
        return sum(1 for pk in self.expected_ids if pk in page)

    @property
    def recall(self) -> float:
        if not self.expected_ids:  # a misspelling judged by its suggestion alone
            return 1.0 if self.suggested else 0.0
        return self.on_first_page / len(self.expected_ids)

    @property
    def reciprocal_rank(self) -> float:
        if not self.expected_ids:
            return 1.0 if self.suggested else 0.0
        wanted = set(self.expected_ids)
        rank = next((n for n, pk in enumerate(self.answer.ids, 1) if pk in wanted), None)
        return 1 / rank if rank else 0.0

    @property
    def suggested(self) -> bool:
        return not self.judged.suggest or folded(self.answer.suggestion) == folded(
            self.judged.suggest
        )

    @property
    def found(self) -> bool:
        return self.recall == 1.0 and self.suggested


@dataclass
class ClassFigures:
    """Figures for one class of queries (or all of them)."""

    name: str
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return _mean(outcome.recall for outcome in self.outcomes)

    @property
    def mrr(self) -> float:
        return _mean(outcome.reciprocal_rank for outcome in self.outcomes)

    @property
    def found(self) -> int:
        return sum(outcome.found for outcome in self.outcomes)


def folded(text: str) -> str:
    """Text compared without regard to case or accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def load_judged_queries(path: Path = JUDGED_QUERIES) -> list[JudgedQuery]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        JudgedQuery(
            query=entry["query"],
            kind=entry["class"],
            expected=tuple((e["panel"], e["position"], e["starts"]) for e in entry["expect"]),
            suggest=entry.get("suggest", ""),
        )
        for entry in entries
    ]


def expected_ids(*, meeting_slug: str, judged: JudgedQuery) -> list[int]:
    """The ids of the expected statements; raises ValueError if one is not in the meeting as
    described (a changed record would otherwise pass silently)."""
    ids = []
    for panel, position, starts in judged.expected:
        statement = (
            Statement.objects.filter(
                panel__meeting__slug=meeting_slug, panel__position=panel, position=position
            )
            .only("pk", "text")
            .first()
        )
        if statement is None or not statement.text.startswith(starts):
            raise ValueError(f"{judged.query!r}: no statement P{panel}.{position} {starts!r}")
        ids.append(statement.pk)
    return ids


def evaluate(
    *,
    judged: Iterable[JudgedQuery],
    meeting_slug: str,
    search: Callable[[str], Answer],
) -> list[Outcome]:
    return [
        Outcome(
            judged=query,
            expected_ids=expected_ids(meeting_slug=meeting_slug, judged=query),
            answer=search(query.query),
        )
        for query in judged
    ]


def figures_by_class(outcomes: list[Outcome]) -> list[ClassFigures]:
    """Figures for each class in the order first met, then for all queries ("all")."""
    classes: dict[str, ClassFigures] = {}
    for outcome in outcomes:
        classes.setdefault(outcome.judged.kind, ClassFigures(outcome.judged.kind))
        classes[outcome.judged.kind].outcomes.append(outcome)
    return [*classes.values(), ClassFigures("all", list(outcomes))]


def report_lines(outcomes: list[Outcome], *, label: str, misses: bool = True) -> list[str]:
    lines = [f"{label}: {'class':<14}{'queries':>8}{'found':>7}{'recall@10':>11}{'MRR':>7}"]
    for figures in figures_by_class(outcomes):
        lines.append(
            f"{'':{len(label) + 2}}{figures.name:<14}{len(figures.outcomes):>8}"
            f"{figures.found:>7}{figures.recall:>11.3f}{figures.mrr:>7.3f}"
        )
    if misses:
        for outcome in outcomes:
            if not outcome.found:
                lines.append(_miss_line(outcome))
    return lines


def _miss_line(outcome: Outcome) -> str:
    judged = outcome.judged
    wanted = f"{outcome.on_first_page}/{len(outcome.expected_ids)} on page 1"
    if judged.suggest:
        wanted += f"; suggested {outcome.answer.suggestion or '-'!r} for {judged.suggest!r}"
    return f"  missed [{judged.kind}] {judged.query!r}: {wanted}"


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def measure_shipped_meeting(*, queries: Path = JUDGED_QUERIES) -> list[Outcome]:
    """Load the shipped meeting into the database in use and run the judged queries on it."""
    slug, path = SHIPPED_MEETING
    meeting_file = str(settings.BASE_DIR / path)
    call_command("load_meeting", meeting_file, "--no-history", stdout=io.StringIO())
    return evaluate(judged=load_judged_queries(queries), meeting_slug=slug, search=page_answer)


def page_answer(text: str) -> Answer:
    """What the search page shows for `text` among published statements."""
    query = read_query(text)
    results = search_statements(statements=Statement.objects.published(), query=query)
    return Answer(ids=results.ids, suggestion=suggestion(text=text, query=query))
