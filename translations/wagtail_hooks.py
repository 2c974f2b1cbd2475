from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import actions, approval_guard, guard, review, snippet_locales, translation_editor
from .models import GlossaryTerm
from .notices import add_editor_notice
from .panels import TranslationStatusPanel, can_translate
from .report import REPORT_PERMISSIONS, TranslationStatusReportView
from .side_by_side import SideBySideReviewView, add_review_notice


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("reports/translation-status/", TranslationStatusReportView.as_view(), name="report"),
        path(
            "reports/translation-status/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="report_results",
        ),
        path(
            "translation-status/update/<int:page_id>/",
            actions.update_translation,
            name="update",
        ),
        path(
            "translation-status/review/<int:page_id>/",
            SideBySideReviewView.as_view(),
            name="side_by_side",
        ),
        path(
            "editorial/translations/<int:translation_id>/review/",
            review.review_translation,
            name="review_translation",
        ),
    ]
    return [path("", include((urls, "translations"), namespace="translations"))]


# Ahead of wagtail-localize's own URLs (order 0), at the same addresses: see guard.py.
@hooks.register("register_admin_urls", order=-1)
def register_guard_urls():
    return [path("localize/", include((guard.urlpatterns, "translations_localize")))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, REPORT_PERMISSIONS)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Translation status"),
        reverse("translations:report"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=1150,
    )


@hooks.register("construct_homepage_panels")
def add_dashboard_panel(request, panels):
    if can_translate(request.user):
        panels.append(TranslationStatusPanel())


# Runs before wagtail-localize's own hook, which answers with the translation editor.
@hooks.register("before_edit_page", order=-1)
def notice_in_translation_editor(request, page):
    if request.method == "GET":
        add_editor_notice(request, page)
        add_review_notice(request, page)
        translation_editor.read_only_note(request, page)


# Before Wagtail approves from the page editor's action menu.
hooks.register("before_edit_page", approval_guard.guard_edit_page_approval, order=-1)

# Ahead of wagtail-localize's hook, which would publish from its translation editor.
hooks.register("before_edit_page", translation_editor.refuse_publishing, order=-1)


# Ahead of wagtail-localize's hook, which opens its translation editor for Spanish snippets.
hooks.register("before_create_snippet", snippet_locales.before_create, order=-1)
hooks.register("before_edit_snippet", snippet_locales.before_edit, order=-1)
hooks.register("before_delete_snippet", snippet_locales.before_delete, order=-1)


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Glossary")
    list_display = ["english", "spanish", "do_not_translate", "note"]
    list_filter = ["do_not_translate"]
    search_fields = ["english", "spanish", "note"]
    # The glossary is short: the database's own matching is enough, with no search index.
    search_backend_name = None


register_snippet(GlossaryViewSet)
