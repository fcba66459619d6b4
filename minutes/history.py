"""What the history (django-reversion) records with each model.

A meeting's revisions carry its panels and attendance, and a panel's its line-up and
statements (with their themes), so a deleted meeting can be recovered whole.
"""

import reversion
from django.core import serializers

from .models import Attendance, Meeting, Panel, Panelist, Statement

# Statements' themes are read from the rows a load prefetches (see minutes/history_json.py).
HISTORY_FORMAT = "gp-history-json"
serializers.register_serializer(HISTORY_FORMAT, "minutes.history_json")

reversion.register(Statement, format=HISTORY_FORMAT)
reversion.register(Panelist)
reversion.register(Attendance)
reversion.register(Panel, follow=["panelists", "statements"])
reversion.register(Meeting, follow=["panels", "attendances"])
