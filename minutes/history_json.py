"""Django's JSON serialisation for the history, reading prefetched many-to-many rows as they are.

Django's serialiser builds a fresh query for a many-to-many field even when the rows are
prefetched; over the 10,000 statements of a large load that alone took most of the time the
history added. Versions written in this format read back with Django's own JSON deserialiser.
"""

from django.core.serializers import json as django_json


class Serializer(django_json.Serializer):
    def handle_m2m_field(self, obj, field):
        cached = getattr(obj, "_prefetched_objects_cache", {}).get(field.name)
        auto_created = field.remote_field.through._meta.auto_created
        if cached is None or not auto_created or self.use_natural_foreign_keys:
            return super().handle_m2m_field(obj, field)
        self._current[field.name] = [self._value_from_field(row, row._meta.pk) for row in cached]
        return None


Deserializer = django_json.Deserializer
