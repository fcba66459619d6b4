"""Downloads: a meeting (CSV, Popolo JSON, meeting file) or filtered statements (CSV, Popolo)."""

from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.views import View

from intake.meeting_file.export import dump_yaml, export_meeting
from minutes.models import Meeting, Statement
from search.filters import StatementFilter

from .csv import csv_lines
from .popolo import meeting_document, statements_document

# A Popolo document is built in memory; past this many statements, CSV streams instead.
POPOLO_MAX_STATEMENTS = 5000


def base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class MeetingExportMixin:
    def get_meeting(self) -> Meeting:
        return get_object_or_404(
            Meeting.objects.published().select_related("host"), slug=self.kwargs["slug"]
        )


class MeetingCsvView(MeetingExportMixin, View):
    """Every statement of a published meeting, one CSV row each."""

    def get(self, request, slug):
        meeting = self.get_meeting()
        lines = csv_lines(
            statements=Statement.objects.filter(panel__meeting=meeting), base_url=base_url(request)
        )
        response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
        return attachment(response, f"{meeting.slug}.csv")


class MeetingPopoloView(MeetingExportMixin, View):
    """A published meeting as a Popolo JSON document."""

    def get(self, request, slug):
        meeting = self.get_meeting()
        document = meeting_document(meeting=meeting, base_url=base_url(request))
        return attachment(JsonResponse(document), f"{meeting.slug}.popolo.json")


class MeetingFileView(MeetingExportMixin, View):
    """A published meeting in the format it is loaded from (gp-meeting/1, YAML)."""

    def get(self, request, slug):
        meeting = self.get_meeting()
        text = dump_yaml(export_meeting(meeting=meeting))
        response = HttpResponse(text.encode(), content_type="application/yaml; charset=utf-8")
        return attachment(response, f"{meeting.slug}.yaml")


class FilteredStatementsMixin:
    """The published statements the query string selects, with the statement page's filters."""

    def filtered(self):
        filterset = StatementFilter(
            self.request.GET, queryset=Statement.objects.published(), request=self.request
        )
        return filterset.qs if filterset.is_valid() else None, filterset.errors

    def bad_filters(self, errors) -> HttpResponse:
        lines = [f"{name}: {' '.join(messages)}" for name, messages in errors.items()]
        return HttpResponse(
            "Bad filter values:\n" + "\n".join(lines) + "\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )


class StatementCsvView(FilteredStatementsMixin, View):
    """The filtered statements as CSV, streamed, however many there are."""

    def get(self, request):
        statements, errors = self.filtered()
        if statements is None:
            return self.bad_filters(errors)
        lines = csv_lines(statements=statements, base_url=base_url(request))
        response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
        return attachment(response, "statements.csv")


class StatementPopoloView(FilteredStatementsMixin, View):
    """The filtered statements as a Popolo JSON document, up to POPOLO_MAX_STATEMENTS."""

    def get(self, request):
        statements, errors = self.filtered()
        if statements is None:
            return self.bad_filters(errors)
        count = statements.count()
        if count > POPOLO_MAX_STATEMENTS:
            return self.bad_filters(
                {
                    "filters": [
                        f"{count} statements match; a Popolo export holds at most "
                        f"{POPOLO_MAX_STATEMENTS}. Narrow the filters, or download CSV."
                    ]
                }
            )
        document = statements_document(statements=statements, base_url=base_url(request))
        return attachment(JsonResponse(document), "statements.popolo.json")
