"""The statements page (every statement, filterable, with facet counts) and the search page
(statements ranked by relevance with the matches marked, people, organisations and meetings by
name), with the statement filters they share."""

from django import forms
from django.core.paginator import Paginator
from django.views.generic import ListView, TemplateView

from core.aggregate_cache import cached_aggregate
from core.paging import CountedPaginator
from minutes.models import Meeting, Statement
from search.filtering import StatementFiltersMixin
from search.ranked import ranked
from search.statements import (
    CANDIDATE_CAP,
    SearchOrder,
    StatementResults,
    clean_query_text,
    matching_meetings,
    matching_organisations,
    matching_people,
    matching_themes,
    read_query,
    suggestion,
)

NAME_RESULTS = 10


class SearchForm(forms.Form):
    q = forms.CharField(required=False, label="Search for")
    sort = forms.ChoiceField(
        required=False, choices=SearchOrder.choices, label="Order", initial=SearchOrder.RELEVANCE
    )


class StatementListView(StatementFiltersMixin, ListView):
    """Every published statement, newest meeting first, narrowed by any of StatementFilter's
    filters, with facet counts beside them."""

    template_name = "search/statement_list.html"
    paginate_by = 50

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


class SearchView(StatementFiltersMixin, TemplateView):
    """`/search/?q=`: what was said, and who and what is named, matching the words typed."""

    template_name = "search/search.html"
    paginate_by = 20
    own_parameters = ("q", "sort", "page")
    cap = CANDIDATE_CAP

    def get(self, request, *args, **kwargs):
        self.setup_filters(request)
        # Control characters (a NUL included) are dropped before the form sees the words, so
        # no input, however strange, is an error: at worst it is a search for nothing.
        data = {"q": clean_query_text(request.GET.get("q", "")), "sort": request.GET.get("sort")}
        self.form = SearchForm(data)
        if not self.form.is_valid():
            self.filters_valid = False
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cleaned = self.form.cleaned_data if self.form.is_valid() else {}
        text = cleaned.get("q", "")
        query = read_query(text)
        context.update(self.filter_context())
        context.update(form=self.form, text=text, query=query, cap=self.cap)
        context["search_hidden_fields"] = self.links.hidden_fields(exclude=("q", "sort"))
        if not (query and self.filters_valid):
            context["canonical_url"] = self.request.build_absolute_uri(self.links.current())
            return context
        order = cleaned.get("sort") or SearchOrder.RELEVANCE
        found = ranked(
            statements=self.filtered_statements(),
            query=query,
            filters=self.links.pairs,
            order=order,
            cap=self.cap,
        )
        results = StatementResults(
            query=query,
            ids=found.ids,
            capped=found.capped,
            matched=found.matched,
            missing=found.missing,
            rows=Statement.objects.select_related("panel__meeting", "speaker")
            .prefetch_related("themes")
            .with_lineups(),
        )
        page = Paginator(results, self.paginate_by).get_page(self.request.GET.get("page"))
        statements = list(page.object_list)
        for statement in statements:
            statement.panelist = statement.speaker_place()  # role and organisation at the time
        context.update(
            results=results,
            page_obj=page,
            statements=statements,
            order=SearchOrder(order),
            page_links=self.page_links(page),
            canonical_url=self.request.build_absolute_uri(self.links.current(page=page.number)),
        )
        if results.ids:
            context["facets"] = self.facet_links(ids=results.ids)
        if page.number == 1:
            context["names"] = self._names(query)
            context.update(self.suggestion(text, query))
        return context

    def suggestion(self, text: str, query) -> dict:
        """A "did you mean", with the address of the search it suggests (same filters)."""
        suggested = suggestion(text=text, query=query)
        if not suggested:
            return {}
        kept = [pair for pair in self.links.pairs if pair[0] != "q"]
        url = self.links.url([("q", suggested), *kept])
        return {"suggestion": suggested, "suggestion_url": url}

    def _names(self, query) -> list[dict]:
        # Each name table is read whole (a substring test per row; the meetings grow with the
        # archive): kept for these words, and for staff apart (drafts), until records change.
        staff = self.request.user.is_staff
        parsed = query.parsed
        return cached_aggregate(
            name="search-names",
            parts=(staff, parsed.groups, parsed.excluded),
            compute=lambda: _matching_names(query, staff=staff),
        )


def _matching_names(query, *, staff: bool) -> list[dict]:
    """The first few people, organisations and themes (public ones: the search knows no other
    names) and meetings (drafts for staff) whose names hold the words."""
    meetings = Meeting.objects.all() if staff else Meeting.objects.published()
    groups = [
        ("People", matching_people(query=query)),
        ("Organisations", matching_organisations(query=query)),
        ("Themes", matching_themes(query=query)),
        ("Meetings", matching_meetings(query=query.parsed, meetings=meetings)),
    ]
    return [
        {"title": title, "items": items}
        for title, found in groups
        if (items := list(found[:NAME_RESULTS]))
    ]
