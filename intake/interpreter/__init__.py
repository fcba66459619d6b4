"""The interpreter: a document's blocks, from any reader, to a draft meeting file."""

from .draft import draft_from_document
from .known import KnownOrganisations, KnownPeople
from .notes import Draft, Note

__all__ = ["Draft", "KnownOrganisations", "KnownPeople", "Note", "draft_from_document"]
