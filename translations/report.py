"""The translation status report: every source page and the state of its translation."""

import datetime

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from .status import Status, source_pages, target_locale, with_translation_status

REPORT_PERMISSIONS = ["add", "change", "publish"]


def page_types_in_use():
    used = source_pages().values("content_type")
    return ContentType.objects.filter(pk__in=used).order_by("model")


class TranslationStatusFilterSet(django_filters.FilterSet):
    translation_status = django_filters.ChoiceFilter(
        label=_("Translation status"), choices=Status.choices, empty_label=_("Any status")
    )
    content_type = ContentTypeFilter(
        label=_("Page type"), queryset=lambda request: page_types_in_use()
    )

    class Meta:
        model = Page
        fields = ["translation_status", "content_type"]


class ActionsColumn(Column):
    """What a translator can do next for this row's translation."""

    cell_template_name = "translations/actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        context["row"] = instance
        # Wagtail renders a table's cells without the page's context, so the form's token is
        # fetched here.
        context["csrf_token"] = get_token(request)
        context["can_start"] = request.user.has_perm("wagtail_localize.submit_translation")
        context["statuses"] = Status
        return context


def local_minutes(value):
    """A date and time as people read it in the site's time zone: 2023-03-28 14:05."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def status_label(value):
    # A plain string: spreadsheets cannot hold lazy translations.
    return str(Status(value).label) if value else ""


class TranslationStatusReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    index_url_name = "translations:report"
    index_results_url_name = "translations:report_results"
    filterset_class = TranslationStatusFilterSet
    permission_policy = page_permission_policy
    any_permission_required = REPORT_PERMISSIONS
    default_ordering = "path"
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            sort_key="title",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("page_type", label=_("Type"), accessor="page_type_display_name"),
        DateColumn("source_changed_at", label=_("Content changed"), sort_key="source_changed_at"),
        StatusTagColumn(
            "translation_status",
            label=_("Translation"),
            accessor=lambda page: status_label(page.translation_status),
            primary=lambda page: page.translation_status == Status.OUT_OF_DATE,
            sort_key="translation_status",
        ),
        Column("translation_title", label=_("Translated title")),
        ActionsColumn("actions", label=_("Actions")),
    ]
    list_export = [
        "title",
        "content_type",
        "source_changed_at",
        "translation_status",
        "translation_title",
    ]
    export_headings = {
        "title": _("Page"),
        "content_type": _("Type"),
        "source_changed_at": _("Content changed"),
        "translation_status": _("Translation"),
        "translation_title": _("Translated title"),
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = {
            **self.custom_field_preprocess,
            "content_type": {
                self.FORMAT_CSV: get_content_type_label,
                self.FORMAT_XLSX: get_content_type_label,
            },
            "translation_status": {
                self.FORMAT_CSV: status_label,
                self.FORMAT_XLSX: status_label,
            },
            "source_changed_at": {self.FORMAT_CSV: local_minutes},
        }

    def get_filename(self):
        return f"translation-status-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = with_translation_status(
            source_pages().select_related("content_type"), target_locale()
        )
        return super().get_queryset()
