from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page

from . import (
    action_menu,
    dashboard,
    guides,
    review_messages,
    snippet_locales,
    translation_guard,
    translation_review,
)


@hooks.register("register_admin_urls")
def register_editorial_urls():
    urls = [
        path("guides/", guides.GuideIndexView.as_view(), name="guides"),
        path("guides/<str:name>/", guides.GuideView.as_view(), name="guide"),
        path(
            "editorial/translations/<int:translation_id>/review/",
            translation_review.review_translation,
            name="review_translation",
        ),
    ]
    return [path("", include((urls, "editorial")))]


# Ahead of wagtail-localize's own URLs (order 0), at the same addresses: see translation_guard.
@hooks.register("register_admin_urls", order=-1)
def register_translation_guard_urls():
    return [path("localize/", include((translation_guard.urlpatterns, "editorial_localize")))]


@hooks.register("register_help_menu_item")
def register_staff_guides_menu_item():
    return MenuItem(_("Staff guides"), reverse("editorial:guides"), icon_name="help", order=900)


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


# Ahead of wagtail-localize's hook, which opens its translation editor for Spanish snippets.
hooks.register("before_create_snippet", snippet_locales.before_create, order=-1)
hooks.register("before_edit_snippet", snippet_locales.before_edit, order=-1)
hooks.register("before_delete_snippet", snippet_locales.before_delete, order=-1)

hooks.register("construct_page_action_menu", action_menu.order_for_role)
hooks.register("after_create_page", review_messages.after_review_step)
hooks.register("after_edit_page", review_messages.after_review_step)
hooks.register("before_edit_page", review_messages.changes_requested_notice)
