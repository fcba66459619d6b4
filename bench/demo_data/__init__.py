"""An invented archive of realistic size, for demonstrations and for measuring performance."""

from .build import DemoDataError, DemoReport, generate_demo_data

__all__ = ["DemoDataError", "DemoReport", "generate_demo_data"]
