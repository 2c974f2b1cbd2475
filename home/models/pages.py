from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.sections import home_sections
from website.blocks import BaseStreamBlock
from website.models import BasePage, ReviewCycleMixin
from website.page_cache import changes_at
from website.panels import guide_panel
from website.routing import route_below


class HomePage(BasePage):
    """The front door of one language's site."""

    intro_field = "intro"
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("What eCPR is, in one or two sentences. Shown large at the top."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        guide_panel("writing"),
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    # One home page per language, each directly under the tree's root.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.ResourceIndexPage",
        "news.NewsIndexPage",
        "research.ResearchIndexPage",
        "home.FormPage",
    ]
    max_count_per_parent = 1

    kind_label = _("Home page")

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = home_sections(self)
        context.update(sections)
        # A webinar leaves "upcoming" when it ends: no cached copy of this page outlives that.
        changes_at(
            request, min((w.end_time for w in sections.get("upcoming_webinars", ())), default=None)
        )
        return context


class StandardPage(ReviewCycleMixin, BasePage):
    """A page of plain content: About eCPR, What is emotional crisis?, Youth eCPR."""

    intro_field = "intro"
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A short opening paragraph, shown larger.")
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        guide_panel("writing"),
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["section_pages"] = (
            StandardPage.objects.child_of(self).live().public().select_related("listing_image")
        )
        return context

    kind_label = _("Page")
    search_filter_label = _("About eCPR and other pages")

    class Meta:
        verbose_name = _("standard page")
