"""Benchmark of the API's statement list against a minimal Django view."""
