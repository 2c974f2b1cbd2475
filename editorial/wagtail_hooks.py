from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from . import action_menu, dashboard, reassign, review_messages, reviews
from .reviews_report import REPORT_PERMISSIONS, ReviewsDueReportView


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.extend(dashboard.panels())


@hooks.register("filter_form_submissions_for_user")
def form_submissions_for_who_may_see_them(user, editable_forms):
    """Form submissions hold readers' names and addresses: moderators see them, in both
    languages; editing a form page is not enough."""
    if not user.has_perm("wagtailforms.view_formsubmission"):
        return editable_forms.none()
    return Page.objects.filter(content_type__in=get_form_types())


hooks.register("construct_page_action_menu", action_menu.order_for_role)
hooks.register("after_create_page", review_messages.after_review_step)
hooks.register("after_edit_page", review_messages.after_review_step)
hooks.register("before_edit_page", review_messages.changes_requested_notice)


@hooks.register("register_admin_urls")
def review_urls():
    urls = [
        path("<int:page_id>/confirm/", reviews.confirm_review, name="confirm"),
        path("", ReviewsDueReportView.as_view(), name="report"),
        path("results/", ReviewsDueReportView.as_view(results_only=True), name="report_results"),
        path("reassign/", reassign.reassign_pages, name="reassign"),
    ]
    return [path("reviews/", include((urls, "editorial_reviews")))]


hooks.register("register_log_actions", reviews.register_log_actions)
hooks.register("register_page_header_buttons", reviews.header_buttons)


@hooks.register("register_page_action_menu_item")
def confirm_review_menu_item():
    return reviews.ConfirmReviewMenuItem()


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, REPORT_PERMISSIONS)


@hooks.register("register_reports_menu_item")
def reviews_due_menu_item():
    return ReviewsDueMenuItem(
        _("Reviews due"),
        reverse("editorial_reviews:report"),
        name="reviews-due",
        icon_name="calendar-alt",
        order=1160,
    )


@hooks.register("register_settings_menu_item")
def reassign_menu_item():
    return reassign.ReassignMenuItem(
        _("Reassign pages"),
        reverse("editorial_reviews:reassign"),
        name="reassign-pages",
        icon_name="user",
        order=610,
    )
