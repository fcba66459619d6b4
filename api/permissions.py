"""The API's one permission: reading is open to all, nothing else is offered."""

from rest_framework import exceptions, permissions


class ReadOnly(permissions.BasePermission):
    """Allow GET, HEAD and OPTIONS; answer any other method 405 whoever asks.

    405 rather than 403, because no credentials would make a write possible: the API has
    no write operations at all.
    """

    def has_permission(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            return True
        raise exceptions.MethodNotAllowed(request.method)
