"""Statements: every one of them, filterable, and each on its own permalink page."""

from django.views.generic import DetailView, ListView

from core.aggregate_cache import cached_aggregate
from minutes.models import Panelist, Statement
from minutes.views.filtering import StatementFiltersMixin
from minutes.views.mixins import GroupedStatementsMixin, PublishedOnlyUnlessStaffMixin
from minutes.views.paging import CountedPaginator


class StatementListView(StatementFiltersMixin, GroupedStatementsMixin, ListView):
    """Every published statement, newest meeting first, narrowed by any of StatementFilter's
    filters, with facet counts beside them."""

    template_name = "minutes/statement_list.html"

    def get(self, request, *args, **kwargs):
        self.setup_filters(request)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.statements_in_reading_order()

    def get_paginator(self, queryset, per_page, **kwargs):
        return CountedPaginator(queryset, per_page, count=self.count, **kwargs)

    def count(self) -> int:
        """The exact number of matches: a COUNT over all of them, kept for these filters
        until the records change."""
        return cached_aggregate(
            name="statement-count",
            parts=self.links.pairs,
            compute=self.filtered_statements().count,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.filter_context())
        if self.filters_valid and context["paginator"].count:
            context["facets"] = self.facet_links(self.filtered_statements())
        page = context["page_obj"]
        context["page_links"] = self.page_links(page)
        context["canonical_url"] = self.request.build_absolute_uri(
            self.links.current(page=page.number if page is not None else None)
        )
        return context


class StatementDetailView(PublishedOnlyUnlessStaffMixin, DetailView):
    """One statement, citable: who said it, as whom, where, and what came before and after."""

    model = Statement

    def get_queryset(self):
        return super().get_queryset().select_related("panel__meeting", "speaker")

    def get_context_data(self, **kwargs):
        statement = self.object
        siblings = Statement.objects.filter(panel_id=statement.panel_id).only("pk", "position")
        panelist = None
        if statement.speaker_id:
            panelist = (
                Panelist.objects.filter(panel_id=statement.panel_id, person_id=statement.speaker_id)
                .select_related("organisation")
                .first()
            )
        return super().get_context_data(
            meeting=statement.panel.meeting,
            panel=statement.panel,
            panelist=panelist,
            themes=statement.themes.all(),
            previous=siblings.filter(position__lt=statement.position).order_by("-position").first(),
            next=siblings.filter(position__gt=statement.position).order_by("position").first(),
            meeting_anchor_url=f"{statement.panel.meeting.get_absolute_url()}#{statement.anchor}",
            **kwargs,
        )
