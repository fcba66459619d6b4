from django.core.management.base import BaseCommand, CommandError

from minutes.models import Meeting, Statement, Theme
from minutes.themes import measure_suggestions


class Command(BaseCommand):
    help = "Precision and recall of keyword theme suggestions against the hand-assigned themes."

    def add_arguments(self, parser):
        parser.add_argument("slug", nargs="?", default="gp-2012-01-26", metavar="SLUG")

    def handle(self, *args, slug, **options):
        if not Meeting.objects.filter(slug=slug).exists():
            raise CommandError(f"No meeting {slug!r}.")
        statements = Statement.objects.filter(panel__meeting__slug=slug)
        overall, per_theme = measure_suggestions(statements=statements, themes=Theme.objects.all())
        self.stdout.write(f"{'theme':<40} {'precision':>9} {'recall':>7}  hits wrong missed")
        for theme, score in sorted(per_theme.items(), key=lambda item: item[0].slug):
            if score.hits or score.wrong or score.missed:
                self.stdout.write(
                    f"{theme.slug:<40} {score.precision:>9.2f} {score.recall:>7.2f}"
                    f"  {score.hits:>4} {score.wrong:>5} {score.missed:>6}"
                )
        self.stdout.write(
            f"{'overall (' + str(statements.count()) + ' statements)':<40} "
            f"{overall.precision:>9.2f} {overall.recall:>7.2f}"
            f"  {overall.hits:>4} {overall.wrong:>5} {overall.missed:>6}"
        )
