"""Plain-text minutes (pasted from a web page, a word processor or an e-mail) to a draft file."""

from .draft import draft_from_text
from .paragraphs import MinutesImportError

__all__ = ["MinutesImportError", "draft_from_text"]
