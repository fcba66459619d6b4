"""Meetings and what was said at them, panel by panel, tagged by theme."""

from .meetings import Attendance, Meeting, Panel, Panelist
from .pending import PendingChange, PendingChangeError
from .publication import Status
from .sources import SourceDocument
from .statements import SMALL_THEME, Statement, StatementKind, StatementQuerySet, ThemeIds
from .themes import RankedTheme, Theme, ThemeVocabulary

__all__ = [
    "SMALL_THEME",
    "Attendance",
    "Meeting",
    "Panel",
    "Panelist",
    "PendingChange",
    "PendingChangeError",
    "RankedTheme",
    "SourceDocument",
    "Statement",
    "StatementKind",
    "StatementQuerySet",
    "Status",
    "Theme",
    "ThemeIds",
    "ThemeVocabulary",
]
