from django.core.management.base import BaseCommand, CommandError

from exports.backup import RestoreError, restore_records


class Command(BaseCommand):
    help = "Restore a backup made by backup_records, in one transaction, keeping primary keys."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Delete the records already in the database first (same transaction).",
        )

    def handle(self, *args, path, replace, **options):
        try:
            counts = restore_records(path=path, replace=replace)
        except RestoreError as error:
            raise CommandError(f"{error} Nothing was changed.") from None
        self.stdout.write(f"Restored {sum(counts.values())} records from {path}")
        for label, n in sorted(counts.items()):
            self.stdout.write(f"  {label}: {n}")
