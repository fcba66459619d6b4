"""The thesaurus staff keep: terms and the other words readers use for them."""

import re

from django.core.exceptions import ValidationError
from django.db import models

_WORD = re.compile(r"[^\W_]+")


class ThesaurusEntryManager(models.Manager):
    """Finds entries by their term, their natural key."""

    def get_by_natural_key(self, term):
        return self.get(term=term)


class ThesaurusEntry(models.Model):
    """A term and its equivalents (abbreviations, synonyms, other names): a search for any one
    of them finds statements that use any other. Applied to what readers type, never to the
    statements' text."""

    term = models.CharField(max_length=200, unique=True, help_text="e.g. WMD")
    equivalents = models.TextField(
        help_text="One per line, e.g. “weapons of mass destruction”. Case, accents, British or "
        "American spelling and plurals do not matter."
    )
    note = models.CharField(max_length=300, blank=True, help_text="Why, or where it comes from.")

    objects = ThesaurusEntryManager()

    class Meta:
        ordering = ["term"]
        verbose_name = "thesaurus entry"
        verbose_name_plural = "thesaurus"

    def __str__(self):
        return self.term

    def natural_key(self):
        return (self.term,)

    @property
    def equivalent_list(self) -> list[str]:
        return [line.strip() for line in self.equivalents.splitlines() if line.strip()]

    def forms(self) -> list[str]:
        """The term and its equivalents, each once."""
        return list(dict.fromkeys([self.term.strip(), *self.equivalent_list]))

    def clean(self):
        if not _WORD.search(self.term):
            raise ValidationError({"term": "Give a term with at least one letter or digit."})
        if not any(_WORD.search(line) for line in self.equivalent_list):
            raise ValidationError({"equivalents": "Give at least one equivalent."})
