"""The "Reviews due" report: every content page with a review date, overdue first, by language
and owner, with a CSV export; below it, the readers' problem reports not yet dealt with."""

import datetime

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn, UserColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from website.models import ProblemReport

from .review_queue import reviewed_models, upcoming_limit

REPORT_PERMISSIONS = ["change", "publish"]


class When_(django_filters.ChoiceFilter):
    """Overdue, due within 30 days, or later."""

    def filter(self, qs, value):
        today = timezone.localdate()
        if value == "overdue":
            return qs.filter(review_due__lt=today)
        if value == "upcoming":
            return qs.filter(review_due__gte=today, review_due__lte=upcoming_limit(today))
        if value == "later":
            return qs.filter(review_due__gt=upcoming_limit(today))
        return qs


def page_owners(request):
    return (
        get_user_model()
        .objects.filter(owned_pages__isnull=False)
        .distinct()
        .order_by("first_name", "username")
    )


class ReviewsDueFilterSet(WagtailFilterSet):
    # WagtailFilterSet adds the language filter itself.
    when = When_(
        label=_("Review"),
        choices=[
            ("overdue", _("Overdue")),
            ("upcoming", _("Due within 30 days")),
            ("later", _("Due later")),
        ],
        empty_label=_("Any time"),
    )
    owner = django_filters.ModelChoiceFilter(label=_("Owner"), queryset=page_owners)

    class Meta:
        model = Page
        fields = []


def with_review_dates(pages):
    """Each page's review fields, from whichever page table holds them."""
    names = [model._meta.model_name for model in reviewed_models()]

    def first_of(field):
        return Coalesce(*(F(f"{name}__{field}") for name in names))

    return pages.annotate(
        review_due=first_of("next_review_due"),
        reviewed_on=first_of("last_reviewed_on"),
        reviewed_by=first_of("last_reviewed_by"),
        reviewed_role=first_of("reviewer_role"),
    ).filter(review_due__isnull=False)


def state_label(page):
    today = timezone.localdate()
    if page.review_due < today:
        return str(_("Overdue"))
    if page.review_due <= upcoming_limit(today):
        return str(_("Due soon"))
    return str(_("Scheduled"))


class ReviewsDueReportView(ReportView):
    page_title = _("Reviews due")
    header_icon = "calendar-alt"
    template_name = "editorial/reviews/report.html"
    index_url_name = "editorial_reviews:report"
    index_results_url_name = "editorial_reviews:report_results"
    filterset_class = ReviewsDueFilterSet
    permission_policy = page_permission_policy
    any_permission_required = REPORT_PERMISSIONS
    default_ordering = "review_due"
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            sort_key="title",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        UserColumn("owner", label=_("Owner"), sort_key="owner__first_name"),
        StatusTagColumn(
            "state",
            label=_("Review"),
            accessor=state_label,
            primary=lambda page: page.review_due < timezone.localdate(),
        ),
        DateColumn("review_due", label=_("Next review due"), sort_key="review_due"),
        DateColumn("reviewed_on", label=_("Last reviewed"), sort_key="reviewed_on"),
        Column("reviewed_by", label=_("Reviewer")),
        Column("problem_count", label=_("Open problem reports"), sort_key="problem_count"),
    ]
    list_export = [
        "title",
        "locale",
        "owner",
        "review_due",
        "reviewed_on",
        "reviewed_by",
        "reviewed_role",
        "problem_count",
    ]
    export_headings = {
        "title": _("Page"),
        "locale": _("Language"),
        "owner": _("Owner"),
        "review_due": _("Next review due"),
        "reviewed_on": _("Last reviewed"),
        "reviewed_by": _("Reviewer"),
        "reviewed_role": _("Reviewer's role"),
        "problem_count": _("Open problem reports"),
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = {
            **self.custom_field_preprocess,
            "locale": {self.FORMAT_CSV: str, self.FORMAT_XLSX: str},
            "owner": {self.FORMAT_CSV: owner_name, self.FORMAT_XLSX: owner_name},
        }

    def get_filename(self):
        return f"reviews-due-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        pages = page_permission_policy.instances_user_has_any_permission_for(
            self.request.user, REPORT_PERMISSIONS
        )
        self.queryset = (
            with_review_dates(pages)
            .select_related("locale", "owner")
            .annotate(
                problem_count=Count("problem_reports", filter=Q(problem_reports__resolved=False))
            )
        )
        return super().get_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["problem_reports"] = open_problem_reports(self.request.user)
        return context


def owner_name(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def open_problem_reports(user, limit=50):
    pages = page_permission_policy.instances_user_has_any_permission_for(user, REPORT_PERMISSIONS)
    return (
        ProblemReport.objects.filter(resolved=False, page__in=pages)
        .select_related("page", "locale")
        .order_by("-created_at")[:limit]
    )
