"""Atom feeds: new meetings, and new statements on a theme, by a person or for an organisation."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import Truncator

from minutes.models import Meeting, Statement, Theme
from people.models import Organisation, Person

ITEMS = 30


class MeetingFeed(Feed):
    """The latest published meetings, newest first."""

    feed_type = Atom1Feed
    title = f"{settings.SITE_NAME}: new meetings"
    subtitle = "Meetings as they are published."

    def link(self):
        return reverse("minutes:meeting_list")

    def items(self):
        return Meeting.objects.published().order_by("-created_at", "slug")[:ITEMS]

    def item_title(self, meeting):
        return f"{meeting.display_title} ({meeting.date:%d %B %Y})"

    def item_description(self, meeting):
        return escape(meeting.summary)

    def item_pubdate(self, meeting):
        return meeting.created_at

    def item_updateddate(self, meeting):
        return meeting.updated_at


class StatementFeed(Feed):
    """New statements of published meetings that match one record (a theme, a person…)."""

    feed_type = Atom1Feed
    model = None

    def get_object(self, request, slug):
        # Feeds are public only: a record no published meeting uses has none, even for staff.
        return get_object_or_404(self.model.objects.public(), slug=slug)

    def link(self, obj):
        return obj.get_absolute_url()

    def statements_of(self, obj):
        raise NotImplementedError

    def items(self, obj):
        return (
            self.statements_of(obj)
            .published()
            .select_related("panel__meeting", "speaker")
            .order_by("-created_at", "-pk")[:ITEMS]
        )

    def item_title(self, statement):
        speaker = statement.speaker.name if statement.speaker else "Narrative"
        return f"{speaker}: {Truncator(statement.text).words(12)}"

    def item_description(self, statement):
        meeting = statement.panel.meeting
        # Atom summaries are HTML: verbatim text is escaped so that a "<" stays a "<".
        return escape(f"{meeting.display_title}, {statement.panel.title}: {statement.text}")

    def item_link(self, statement):
        return statement.get_absolute_url()

    def item_author_name(self, statement):
        return statement.speaker.name if statement.speaker else None

    def item_pubdate(self, statement):
        return statement.created_at


class ThemeStatementFeed(StatementFeed):
    model = Theme

    def title(self, theme):
        return f"{settings.SITE_NAME}: new statements on {theme.name}"

    def statements_of(self, theme):
        return Statement.objects.for_theme(theme)


class PersonStatementFeed(StatementFeed):
    model = Person

    def title(self, person):
        return f"{settings.SITE_NAME}: new statements by {person.name}"

    def statements_of(self, person):
        return Statement.objects.filter(speaker=person)


class OrganisationStatementFeed(StatementFeed):
    model = Organisation

    def title(self, organisation):
        return f"{settings.SITE_NAME}: new statements for {organisation.name}"

    def statements_of(self, organisation):
        return Statement.objects.for_organisation(organisation)
