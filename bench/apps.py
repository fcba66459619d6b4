from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark's tools inside the site: the demo archive and its command."""

    name = "bench"
    verbose_name = "Benchmark"
