"""The translators' dashboard panel: how many translations are in each state, and what is stale."""

from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component
from wagtail.permissions import page_permission_policy

from .status import Status, source_pages, status_counts, target_locale, with_translation_status

OLDEST_SHOWN = 5


def can_translate(user):
    """True for users who may edit at least one page in the language translators work into."""
    return (
        page_permission_policy.instances_user_has_permission_for(user, "change")
        .filter(locale=target_locale())
        .exists()
    )


class TranslationStatusPanel(Component):
    name = "translation_status"
    template_name = "translations/dashboard_panel.html"
    order = 110

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        locale = target_locale()
        pages = with_translation_status(source_pages(), locale)
        report_url = reverse("translations:report")
        counts = status_counts(pages)
        context.update(
            {
                "request": parent_context["request"],
                "csrf_token": parent_context["csrf_token"],
                "language": locale.get_display_name(),
                "report_url": report_url,
                "statuses": [
                    (
                        status.label,
                        counts[status],
                        f"{report_url}?{urlencode({'translation_status': status.value})}",
                    )
                    for status in Status
                ],
                "oldest_out_of_date": pages.filter(translation_status=Status.OUT_OF_DATE).order_by(
                    "source_changed_at", "pk"
                )[:OLDEST_SHOWN],
                "out_of_date_url": (
                    f"{report_url}?"
                    + urlencode(
                        {"translation_status": Status.OUT_OF_DATE, "ordering": "source_changed_at"}
                    )
                ),
            }
        )
        return context
