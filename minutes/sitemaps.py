"""Sitemap sections for the published records and the site's fixed pages."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from core.links import statement_url_template, url_template
from minutes.models import Meeting, Panel, Statement, Status, Theme


class StaticSitemap(Sitemap):
    """The index pages a visitor starts from."""

    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return [
            "minutes:home",
            "minutes:meeting_list",
            "search:statement_list",
            "minutes:theme_list",
            "people:person_list",
            "people:organisation_list",
        ]

    def location(self, item):
        return reverse(item)


class MeetingSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Meeting.objects.published().order_by("-date", "slug")

    def lastmod(self, meeting):
        return meeting.updated_at

    def get_latest_lastmod(self):
        # Django's default calls lastmod() on every item; one aggregate does.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class PanelSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return (
            Panel.objects.filter(meeting__status=Status.PUBLISHED)
            .select_related("meeting")
            .order_by("meeting__date", "meeting__slug", "position")
        )

    def location(self, panel):
        template = url_template("minutes:panel_detail", "meeting_slug", "position")
        return template.format(panel.meeting.slug, panel.position)

    def lastmod(self, panel):
        return panel.meeting.updated_at

    def get_latest_lastmod(self):
        return MeetingSitemap().get_latest_lastmod()


class StatementSitemap(Sitemap):
    """Every statement's permalink; the sitemap splits it into pages of 50,000."""

    changefreq = "yearly"
    priority = 0.3

    def items(self):
        # (pk, created_at) pairs: a page holds 50,000, too many to make into model instances.
        return Statement.objects.published().order_by("pk").values_list("pk", "created_at")

    def location(self, item):
        # One reverse() for a whole page of addresses.
        if not hasattr(self, "_template"):
            self._template = statement_url_template()
        return self._template.format(item[0])

    def lastmod(self, item):
        return item[1]

    def get_latest_lastmod(self):
        return Statement.objects.published().aggregate(latest=Max("created_at"))["latest"]


class ThemeSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return Theme.objects.public().order_by("slug")
