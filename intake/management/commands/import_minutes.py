import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import Progress

from intake.batch import documents_in, import_files, missing_tables, summary_lines, write_file
from intake.meeting_file.export import dump_yaml

DRAFT_SUFFIXES = (".yaml", ".yml", ".json")


class Command(BaseCommand):
    help = (
        "Read minutes (text, Markdown, HTML, Word, PDF; files or folders) and make a draft "
        "meeting file of each: to stdout for one file, into -o DIR for several; --load also "
        "loads each as a draft meeting. Ends with a summary; exits non-zero if a file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "-o", "--output", metavar="OUT", help="A folder for the drafts (or a file for one)."
        )
        parser.add_argument(
            "--load", action="store_true", help="Also load each draft (as a draft meeting)."
        )

    def handle(self, *args, paths, output, load, **options):
        files = documents_in(paths=paths)
        if not files:
            raise CommandError("No minutes found in " + ", ".join(paths))
        missing = missing_tables()
        if missing:
            raise CommandError(
                "The database is not migrated (no table " + ", ".join(missing) + "): drafting "
                "compares names with the people and meetings recorded; run `manage.py migrate` "
                "first"
            )
        single_file = _single_output(files, output)
        folder = None if output is None or single_file else Path(output)
        results = self._run(files, folder, load)
        if single_file and results[0].draft is not None:
            write_file(single_file, dump_yaml(results[0].draft.data))
            self.stderr.write(f"Wrote the draft to {single_file}")
        one = len(files) == 1
        if one and output is None and not load and results[0].draft is not None:
            self.stdout.write(dump_yaml(results[0].draft.data), ending="")
        if one and results[0].draft is not None:
            for note in results[0].draft.data["review"]:
                self.stderr.write(f"review: {note}")
        self._summary(results, to_stderr=one and output is None and not load)
        failed = [r for r in results if r.error]
        if failed:
            raise CommandError(f"{len(failed)} of {len(results)} file(s) failed; see above.")

    def _run(self, files, folder, load):
        if len(files) < 2 or not sys.stderr.isatty():
            return import_files(paths=files, output=folder, load=load)
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("Drafting", total=len(files))
            return import_files(
                paths=files,
                output=folder,
                load=load,
                progress=lambda path: progress.advance(task),
            )

    def _summary(self, results, *, to_stderr: bool) -> None:
        stream = self.stderr if to_stderr else self.stdout
        for line in summary_lines(results):
            stream.write(line)


def _single_output(files: list[Path], output: str | None) -> Path | None:
    """-o naming a .yaml file for a single document: the old one-file form."""
    if output and len(files) == 1 and Path(output).suffix.lower() in DRAFT_SUFFIXES:
        return Path(output)
    return None
