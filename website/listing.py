"""Pagination and card pictures for listing pages: a bad page number is a 404 page, never a 500."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils.translation import gettext as _


def with_card_images(pages):
    """Load the listing images of pages, and the renditions already made of them, in two
    queries rather than several for each card."""
    prefetch_related_objects(pages, "listing_image__renditions")
    return pages


def paginate(request, items, per_page, count=None):
    """The requested page of items; count, when known already, saves counting them again."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached property: this is its answer
    number = request.GET.get("page", "1")
    try:
        if not number.isdigit():
            raise PageNotAnInteger(number)
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(
            _("There is no page %(number)s of this list.") % {"number": number[:20]}
        ) from error
