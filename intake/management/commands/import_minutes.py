from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from intake.importers.plain_text import MinutesImportError, draft_from_text
from intake.management.commands.export_meeting import write_file
from intake.meeting_file import MeetingFileError, load_parsed, parse_text
from intake.meeting_file.export import dump_yaml
from minutes.models import Meeting


class Command(BaseCommand):
    help = (
        "Read plain-text minutes and write a draft meeting file (to stdout unless -o); "
        "the database is only touched with --load."
    )

    def add_arguments(self, parser):
        parser.add_argument("textfile", metavar="TEXTFILE")
        parser.add_argument("-o", "--output", metavar="OUT", help="Write the draft here.")
        parser.add_argument(
            "--load", action="store_true", help="Also load the draft (as a draft meeting)."
        )

    def handle(self, *args, textfile, output, load, **options):
        try:
            text = Path(textfile).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {textfile}: {error}") from None
        try:
            draft = draft_from_text(text=text, source=textfile)
        except MinutesImportError as error:
            for problem in error.problems:
                self.stderr.write(problem)
            raise CommandError("No draft was written.") from None
        yaml_text = dump_yaml(draft)
        if load:
            self._load(yaml_text, textfile, draft["meeting"]["slug"])
        if output:
            write_file(Path(output), yaml_text)
            self.stderr.write(f"Wrote the draft to {output}")
        elif not load:
            self.stdout.write(yaml_text, ending="")
        for note in draft.get("review", []):
            self.stderr.write(f"review: {note}")

    def _load(self, yaml_text: str, textfile: str, slug: str) -> None:
        # A draft never silently replaces a recorded meeting: that is load_meeting's job.
        if Meeting.objects.filter(slug=slug).exists():
            raise CommandError(
                f"A meeting {slug!r} is already recorded; write the draft with -o, check it, "
                "and load it with load_meeting."
            )
        try:
            report = load_parsed(files=[parse_text(yaml_text, source=textfile)])
        except MeetingFileError as error:
            for problem in error.problems:
                self.stderr.write(problem)
            raise CommandError("Nothing was loaded.") from None
        self.stdout.write(f"Loaded {slug} as a draft from {textfile}")
        for line in report.lines():
            self.stdout.write(f"  {line}")
