import io
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test.utils import setup_databases, teardown_databases

from search.judged import JUDGED_QUERIES, evaluate, load_judged_queries, page_answer, report_lines

SHIPPED_MEETING = ("gp-2012-01-26", "fixtures/gp-2012-01-26.yaml")


class Command(BaseCommand):
    help = (
        "Run the judged query set on the shipped meeting, in a test database of its own, and "
        "print recall at 10 and mean reciprocal rank by class."
    )

    def add_arguments(self, parser):
        parser.add_argument("--queries", default=str(JUDGED_QUERIES), help="judged query file")
        parser.add_argument("--quiet", action="store_true", help="figures only, not the misses")

    def handle(self, *args, queries, quiet, **options):
        slug, path = SHIPPED_MEETING
        # A database of its own (test_<name>, in memory on SQLite): the reader's database is
        # never written, and nothing else in it can move the ranking.
        old_config = setup_databases(
            verbosity=0, interactive=False, aliases={"default"}, serialized_aliases=set()
        )
        try:
            call_command(
                "load_meeting", str(settings.BASE_DIR / path), "--no-history", stdout=io.StringIO()
            )
            outcomes = evaluate(
                judged=load_judged_queries(Path(queries)), meeting_slug=slug, search=page_answer
            )
        finally:
            teardown_databases(old_config, verbosity=0)
        for line in report_lines(outcomes, label=connection.vendor, misses=not quiet):
            self.stdout.write(line)
