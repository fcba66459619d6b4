from django.core.management.base import BaseCommand, CommandError

from bench.demo_data import DemoDataError, generate_demo_data


class Command(BaseCommand):
    help = "Fill the database with an invented archive of N meetings (for demos and benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--meetings", type=int, required=True, metavar="N")
        parser.add_argument("--seed", type=int, default=0, help="Same seed, same archive.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though the database holds published meetings.",
        )

    def handle(self, *args, meetings, seed, force, **options):
        def progress(done, statements):
            if options["verbosity"] > 1:
                self.stdout.write(f"  {done:,} meetings, {statements:,} statements")

        try:
            report = generate_demo_data(
                meetings=meetings, seed=seed, force=force, progress=progress
            )
        except DemoDataError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Generated a demo archive in {report.seconds:.1f} s (seed {seed}):")
        for line in report.lines():
            self.stdout.write(f"  {line}")
