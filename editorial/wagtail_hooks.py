from django.urls import include, path
from wagtail import hooks
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page

from . import action_menu, dashboard, review_messages, reviews


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
    urls = [path("<int:page_id>/confirm/", reviews.confirm_review, name="confirm")]
    return [path("reviews/", include((urls, "editorial_reviews")))]


hooks.register("register_log_actions", reviews.register_log_actions)
hooks.register("register_page_header_buttons", reviews.header_buttons)


@hooks.register("register_page_action_menu_item")
def confirm_review_menu_item():
    return reviews.ConfirmReviewMenuItem()
