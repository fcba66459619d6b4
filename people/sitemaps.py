"""Sitemap sections for people and organisations."""

from django.contrib.sitemaps import Sitemap

from people.models import Organisation, Person


class PersonSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Person.objects.public().order_by("slug")


class OrganisationSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Organisation.objects.public().order_by("slug")
