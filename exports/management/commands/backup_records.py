from django.core.management.base import BaseCommand

from exports.backup import dump_records


class Command(BaseCommand):
    help = "Write every record (people, minutes) to a JSON backup; .gz/.bz2/.xz compress it."

    def add_arguments(self, parser):
        parser.add_argument("path", help="e.g. backups/records-2026-01-31.json.gz")

    def handle(self, *args, path, **options):
        counts = dump_records(path=path)
        self.stdout.write(f"Backed up {sum(counts.values())} records to {path}")
        for label, n in sorted(counts.items()):
            self.stdout.write(f"  {label}: {n}")
