from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from intake.meeting_file.export import dump_yaml, export_meeting
from minutes.models import Meeting


class Command(BaseCommand):
    help = "Write a recorded meeting as a meeting file (gp-meeting/1), to stdout or a file."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("-o", "--output", metavar="PATH", help="Write here, not to stdout.")

    def handle(self, *args, slug, output, **options):
        meeting = Meeting.objects.filter(slug=slug).first()
        if meeting is None:
            raise CommandError(f"No meeting {slug!r}.")
        text = dump_yaml(export_meeting(meeting=meeting))
        if output:
            write_file(Path(output), text)
            self.stderr.write(f"Wrote {slug} to {output}")
        else:
            self.stdout.write(text, ending="")


def write_file(path: Path, text: str) -> None:
    """Write the whole text or nothing: a half-written file is never left behind."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CommandError(f"Cannot write {path}: {error}") from None
