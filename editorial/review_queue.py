"""The content pages that have a review cycle, and which of them are due: one query per page
model that carries the review fields (website.models.ReviewCycleMixin)."""

import datetime

from django.utils import timezone
from wagtail.models import get_page_models

from website.models import ReviewCycleMixin

# How long before its due date a review counts as upcoming, and its owner is reminded.
UPCOMING_DAYS = 30


def reviewed_models():
    """The page models that hold the review fields themselves (not the ones inheriting them
    through another page table), so each page is counted once."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, ReviewCycleMixin)
        and model._meta.get_field("next_review_due").model is model
    ]


def upcoming_limit(today=None):
    return (today or timezone.localdate()) + datetime.timedelta(days=UPCOMING_DAYS)


def due_pages(today=None, owner=None):
    """Live pages whose review is overdue or due within UPCOMING_DAYS, soonest first."""
    pages = []
    for model in reviewed_models():
        queryset = model.objects.live().filter(next_review_due__lte=upcoming_limit(today))
        if owner is not None:
            queryset = queryset.filter(owner=owner)
        pages.extend(queryset.select_related("locale", "owner"))
    return sorted(pages, key=lambda page: (page.next_review_due, page.pk))
