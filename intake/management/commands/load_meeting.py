from django.core.management.base import BaseCommand, CommandError

from intake.meeting_file import MeetingFileError, load_meeting_files


class Command(BaseCommand):
    help = "Load meeting files (YAML or JSON, gp-meeting/1): all checked, then one transaction."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )
        parser.add_argument(
            "--no-history",
            action="store_true",
            help="Do not record the load in the meetings' history (faster for very large files).",
        )

    def handle(self, *args, paths, dry_run, no_history, **options):
        try:
            report = load_meeting_files(paths=paths, dry_run=dry_run, history=not no_history)
        except MeetingFileError as error:
            for problem in error.problems:
                self.stderr.write(problem)
            raise CommandError(
                f"{len(error.problems)} problem(s) found; nothing was written."
            ) from None
        heading = "Would load" if dry_run else "Loaded"
        self.stdout.write(
            f"{heading} {', '.join(report.meetings)} from {', '.join(report.sources)}"
        )
        for line in report.lines():
            self.stdout.write(f"  {line}")
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
