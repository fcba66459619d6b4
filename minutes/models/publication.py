"""What is public: a meeting once published, and what belongs to it."""

from django.db import models


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class PublicationQuerySet(models.QuerySet):
    """Rows of published meetings for the public; everything for staff, who preview drafts.

    Each model says what belongs to a published meeting in `published()`; `visible_to` is the
    one rule every public page applies.
    """

    def published(self):
        raise NotImplementedError

    def visible_to(self, user):
        return self if user.is_staff else self.published()
