from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import connection
from django.test.utils import setup_databases, teardown_databases

from search.judged import JUDGED_QUERIES, measure_shipped_meeting, report_lines


class Command(BaseCommand):
    help = (
        "Run the judged query set on the shipped meeting, in a test database of its own, and "
        "print recall at 10 and mean reciprocal rank by class."
    )

    def add_arguments(self, parser):
        parser.add_argument("--queries", default=str(JUDGED_QUERIES), help="judged query file")
        parser.add_argument("--quiet", action="store_true", help="figures only, not the misses")

    def handle(self, *args, queries, quiet, **options):
        # A database of its own (test_<name>, in memory on SQLite): the reader's database is
        # never written, and nothing else in it can move the ranking.
        old_config = setup_databases(
            verbosity=0, interactive=False, aliases={"default"}, serialized_aliases=set()
        )
        try:
            outcomes = measure_shipped_meeting(queries=Path(queries))
        finally:
            teardown_databases(old_config, verbosity=0)
        for line in report_lines(outcomes, label=connection.vendor, misses=not quiet):
            self.stdout.write(line)
