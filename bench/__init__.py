"""The benchmark: `make bench` runs run_bench.py (see its docstring)."""
