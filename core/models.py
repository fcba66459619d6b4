"""The records version, kept in the database where no cache is shared (see core.page_cache)."""

import uuid

from django.db import models


def new_token() -> str:
    return uuid.uuid4().hex


class RecordsVersion(models.Model):
    """The token that names the current state of the records: one row, replaced on every change.

    Kept here when the cache is local to each process (no Redis): every process reads the
    same row, so a change committed through one of them is seen by all at once.
    """

    token = models.CharField(max_length=32, default=new_token)

    ROW = 1

    def __str__(self):
        return self.token

    @classmethod
    def current(cls) -> str:
        token = cls.objects.filter(pk=cls.ROW).values_list("token", flat=True).first()
        if token is None:
            token = cls.objects.get_or_create(pk=cls.ROW)[0].token
        return token

    @classmethod
    def replace(cls) -> str:
        token = new_token()
        cls.objects.update_or_create(pk=cls.ROW, defaults={"token": token})
        return token
