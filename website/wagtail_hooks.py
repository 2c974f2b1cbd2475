from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import guides
from .models import FooterText, Person, Topic


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


register_snippet(PersonViewSet)
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
