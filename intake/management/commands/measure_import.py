from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from intake.measure import measure_folder, table
from intake.measure import misses as missed


class Command(BaseCommand):
    help = (
        "Draft every document of DIR that has a NAME.expected.yaml beside it and print, per "
        "document and in total, the share of statements, speakers, attendees, dates, places "
        "furniture, statement kinds and titles the drafts got right. The database is neither "
        "read nor written: it need not exist or be migrated."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR")
        parser.add_argument(
            "--misses", action="store_true", help="Also list what each document missed."
        )

    def handle(self, *args, folder, misses, **options):
        path = Path(folder)
        if not path.is_dir():
            raise CommandError(f"{folder}: not a folder")
        results = measure_folder(folder=path)
        if not results:
            raise CommandError(f"{folder}: no document with a NAME.expected.yaml beside it")
        for line in table(results):
            self.stdout.write(line)
        if misses:
            for line in missed(results):
                self.stdout.write(line)
