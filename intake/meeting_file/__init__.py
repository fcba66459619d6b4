"""The meeting file (gp-meeting/1): reading, checking and loading it."""

from .load import LoadReport, load_meeting_files, load_parsed
from .read import MeetingFile, MeetingFileError, parse_text, read_file

__all__ = [
    "LoadReport",
    "MeetingFile",
    "MeetingFileError",
    "load_meeting_files",
    "load_parsed",
    "parse_text",
    "read_file",
]
