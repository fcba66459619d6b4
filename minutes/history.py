"""What the history (django-reversion) records with each model.

A meeting's revisions carry its panels and attendance, and a panel's its line-up and
statements (with their themes), so a deleted meeting can be recovered whole.
"""

import reversion

from .models import Attendance, Meeting, Panel, Panelist, Statement

reversion.register(Statement)
reversion.register(Panelist)
reversion.register(Attendance)
reversion.register(Panel, follow=["panelists", "statements"])
reversion.register(Meeting, follow=["panels", "attendances"])
