"""Admin input that no admin view can use is refused with a 400 before any view sees it.

Wagtail's admin views pass what they are given to the database, and PostgreSQL refuses a NUL
character in text (a DataError, so a 500) where SQLite quietly accepts it; its bulk actions turn
each `id` into a number without checking. Refusing both here covers every admin view without
patching Wagtail. Public pages handle such input themselves, where a reader gets their form back
with their answers kept, or the page's own 404.
"""

from django.core.exceptions import BadRequest
from django.utils.translation import gettext_lazy as _

ADMIN = "/admin/"
BULK_ACTIONS = "/admin/bulk/"
# Bulk actions take page, user, image, document and snippet ids (all numeric here), or "all".
BULK_ID_PARAMETERS = ("id", "childOf")


class MalformedInput(BadRequest):
    """A refusal whose message is written for the person who made the request (lazily
    translated: the language is known only when the error page is made)."""


def _has_nul(query_dict):
    return any(
        "\x00" in key or any("\x00" in v for v in values) for key, values in query_dict.lists()
    )


def _json_has_nul(request):
    # The admin's own scripts (the translation editor, choosers) post JSON; Django keeps the
    # body it read here for the view.
    return request.content_type == "application/json" and (
        b"\\u0000" in request.body or b"\x00" in request.body
    )


def _bad_bulk_ids(request):
    return any(
        value != "all" and not value.isdigit()
        for name in BULK_ID_PARAMETERS
        for value in request.GET.getlist(name)
    )


class MalformedInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(ADMIN):
            return self.get_response(request)
        if "\x00" in request.path_info or _has_nul(request.GET):
            raise MalformedInput(_("The address contains a character that is not allowed."))
        if request.method == "POST" and (_has_nul(request.POST) or _json_has_nul(request)):
            raise MalformedInput(_("The form contains a character that is not allowed."))
        if request.path_info.startswith(BULK_ACTIONS) and _bad_bulk_ids(request):
            raise MalformedInput(_("The address names items that do not exist."))
        return self.get_response(request)
