"""When a page was last checked as a whole, by whom, and when it must be checked again.

English and Spanish pages are separate page objects, so each language keeps its own dates. The
fields are left out of `translatable_fields` (wagtail-localize neither translates nor copies them
when the English page changes) and out of copies (a new translation starts unreviewed). Saving or
publishing a draft never moves them: only a reviewer's confirmation does (`record_review`).
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

REVIEW_FIELDS = ("last_reviewed_on", "last_reviewed_by", "reviewer_role", "next_review_due")


def review_interval():
    return datetime.timedelta(days=getattr(settings, "REVIEW_INTERVAL_DAYS", 365))


class ReviewCycleMixin(models.Model):
    """For content pages: list it before BasePage so that revisions keep its dates."""

    last_reviewed_on = models.DateField(_("last reviewed"), null=True, blank=True, editable=False)
    last_reviewed_by = models.CharField(
        _("reviewer's name"), max_length=150, blank=True, editable=False
    )
    reviewer_role = models.CharField(
        _("reviewer's role"), max_length=150, blank=True, editable=False
    )
    next_review_due = models.DateField(
        _("next review due"), null=True, blank=True, editable=False, db_index=True
    )
    # Which reminders the owner has had for the current due date (see editorial.review_reminders).
    reminded_upcoming_for = models.DateField(null=True, blank=True, editable=False)
    reminded_overdue_for = models.DateField(null=True, blank=True, editable=False)

    exclude_fields_in_copy = [
        *REVIEW_FIELDS,
        "reminded_upcoming_for",
        "reminded_overdue_for",
    ]

    class Meta:
        abstract = True

    has_review_cycle = True

    def with_content_json(self, content):
        # A revision carries the dates from when it was saved; the page's own dates are newer.
        page = super().with_content_json(content)
        for name in (*REVIEW_FIELDS, "reminded_upcoming_for", "reminded_overdue_for"):
            setattr(page, name, getattr(self, name))
        return page

    def record_review(self, *, name, role, next_due, on=None):
        """Store a whole-page review on the page itself, leaving drafts and revisions alone."""
        self.last_reviewed_on = on or timezone.localdate()
        self.last_reviewed_by = name
        self.reviewer_role = role
        self.next_review_due = next_due
        self.reminded_upcoming_for = self.reminded_overdue_for = None
        fields = [*REVIEW_FIELDS, "reminded_upcoming_for", "reminded_overdue_for"]
        type(self).objects.filter(pk=self.pk).update(**{f: getattr(self, f) for f in fields})

    @property
    def review_overdue(self):
        return self.next_review_due is not None and self.next_review_due < timezone.localdate()
