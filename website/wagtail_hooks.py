from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import content_checks, guides, page_views
from .lockouts import LockoutsView, can_unlock
from .models import (
    CheckedPhrase,
    CrisisHelp,
    FooterText,
    Person,
    ProblemReport,
    SearchSynonym,
    Topic,
)


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "credentials", "role", "affiliation"]
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")


class CrisisHelpViewSet(SnippetViewSet):
    model = CrisisHelp
    icon = "help"
    menu_label = _("Crisis help")
    # Beside the site settings, where staff keep the other words every page shows.
    add_to_settings_menu = True


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["readers_words", "site_words", "language"]
    list_filter = ["language"]
    add_to_settings_menu = True


register_snippet(PersonViewSet)
register_snippet(SearchSynonymViewSet)
register_snippet(CrisisHelpViewSet)
register_snippet(FooterTextViewSet)
register_snippet(TopicViewSet)


@hooks.register("register_admin_urls")
def register_guide_urls():
    urls = [
        path("guides/", guides.GuideIndexView.as_view(), name="guides"),
        path("guides/<str:name>/", guides.GuideView.as_view(), name="guide"),
    ]
    return [path("", include((urls, "guides")))]


@hooks.register("register_help_menu_item")
def register_staff_guides_menu_item():
    return MenuItem(_("Staff guides"), reverse("guides:guides"), icon_name="help", order=900)


@hooks.register("register_admin_urls")
def register_lockout_urls():
    urls = [
        path("", LockoutsView.as_view(), name="index"),
        path("<int:pk>/unlock/", LockoutsView.as_view(), name="unlock"),
    ]
    return [path("lockouts/", include((urls, "website_lockouts"), namespace="website_lockouts"))]


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return AdministratorsMenuItem(
        _("Sign-in lockouts"), reverse("website_lockouts:index"), icon_name="lock", order=650
    )


class ProblemReportViewSet(ModelViewSet):
    """Readers' reports of problems with pages, for staff to read and act on."""

    model = ProblemReport
    icon = "warning"
    menu_label = _("Problem reports")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["page", "locale", "message", "email", "created_at", "resolved"]
    list_filter = ["locale", "resolved"]
    form_fields = ["message", "email", "resolved"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_problem_reports():
    return ProblemReportViewSet("problem_reports")


hooks.register("construct_wagtail_userbar", content_checks.use_site_checker)


class CheckedPhraseViewSet(ModelViewSet):
    """The words the editor's safe-messaging and plain-language checks look for."""

    model = CheckedPhrase
    icon = "spell-check"
    menu_label = _("Checked words")
    add_to_settings_menu = True
    list_display = ["phrase", "language", "kind", "advice"]
    list_filter = ["language", "kind"]
    search_fields = ["phrase"]
    form_fields = ["language", "kind", "phrase", "advice"]


@hooks.register("register_admin_viewset")
def register_checked_phrases():
    return CheckedPhraseViewSet("checked_phrases")


@hooks.register("register_admin_urls")
def page_views_urls():
    return [path("reports/page-views/", page_views.page_views_report, name="page_views_report")]


class PageViewsMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, page_views.REPORT_PERMISSIONS
        )


@hooks.register("register_reports_menu_item")
def page_views_menu_item():
    return PageViewsMenuItem(
        _("Page views"),
        reverse("page_views_report"),
        name="page-views",
        icon_name="view",
        order=1170,
    )
