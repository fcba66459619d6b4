"""Page-number pagination whose page size a client may choose, up to 100."""

from django.core.paginator import Paginator
from rest_framework import pagination
from rest_framework.exceptions import ValidationError

from core.paging import CountedPaginator


class PageNumberPagination(pagination.PageNumberPagination):
    """DRF's pagination, strict about its parameters.

    A page size that is not a positive whole number is a 400 naming the parameter, where DRF
    would quietly fall back to the default; a size over 100 is served as 100.
    """

    page_size_query_param = "page_size"
    page_size_query_description = "Results per page, 1 to 100 (a larger value gives 100)."
    max_page_size = 100
    last_page_strings = ()

    def get_page_size(self, request):
        value = request.query_params.get(self.page_size_query_param)
        if not value:
            return self.page_size
        if not value.isascii() or not value.isdecimal() or int(value) < 1:
            raise ValidationError({self.page_size_query_param: ["Give a whole number from 1."]})
        return min(int(value), self.max_page_size)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
        return parameters


class CountedPagination(PageNumberPagination):
    """The same, for a view that can tell the total more cheaply than COUNT(*) over its query
    (by setting `count`, a function, before paginating)."""

    count = None

    def django_paginator_class(self, queryset, page_size):
        if self.count is None:
            return Paginator(queryset, page_size)
        return CountedPaginator(queryset, page_size, count=self.count)
