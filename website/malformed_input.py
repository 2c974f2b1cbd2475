"""Admin input that no admin view can use is refused with a 400 before any view sees it.

Wagtail's admin views pass what they are given to the database, and PostgreSQL refuses a NUL
character in text (a DataError, so a 500) where SQLite quietly accepts it; its bulk actions turn
each `id` into a number without checking. Refusing both here covers every admin view without
patching Wagtail. Public pages handle such input themselves, where a reader gets their form back
with their answers kept, or the page's own 404.
"""

import re

from django.core.exceptions import BadRequest
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

ADMIN = "/admin/"
BULK_ACTIONS = "/admin/bulk/"
PAGE_BULK_ACTIONS = "/admin/bulk/wagtailcore/page/"
# Bulk actions take page, user, image, document and snippet ids (all numeric here): `id` names
# the items, or "all" of those in a listing; `childOf` names that listing's parent page or
# collection. Only ASCII digits: str.isdigit() also accepts "²", which int() refuses. At most 18
# of them, so that every id fits the databases' 64-bit integers (SQLite raises OverflowError
# past them).
ROW_ID = re.compile(r"[0-9]{1,18}")


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
    ids = request.GET.getlist("id")
    parents = request.GET.getlist("childOf")
    return any(value != "all" and not ROW_ID.fullmatch(value) for value in ids) or any(
        not ROW_ID.fullmatch(value) for value in parents
    )


def _missing_parent_page(request):
    # "All the pages below this one" asks Wagtail for that page, which raises DoesNotExist (a
    # 500) when there is none; other bulk actions treat a parent that matches nothing as an
    # empty selection, which Wagtail answers with a 404.
    parent = request.GET.get("childOf")
    return (
        request.path_info.startswith(PAGE_BULK_ACTIONS)
        and "all" in request.GET.getlist("id")
        and parent is not None
        and not Page.objects.filter(pk=parent).exists()
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
        if request.path_info.startswith(BULK_ACTIONS):
            if _bad_bulk_ids(request):
                raise MalformedInput(_("The address names items that do not exist."))
            if _missing_parent_page(request):
                raise Http404("No page has that id.")
        return self.get_response(request)
