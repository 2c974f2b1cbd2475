from django.db import models
from django.db.models import Case, F, Q, When
from django.db.models.functions import Coalesce, ExtractYear, TruncDate
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from website.dates import DatePrecision
from website.feeds import ListingAtomFeed, ListingFeed
from website.listing import paginate
from website.models import BasePage, Topic
from website.panels import guide_panel

from ..calendar import calendar_response
from .items import MediaAppearancePage, NewsPage, NewsroomItem, WebinarPage
from .snippets import Outlet

KINDS = {model.kind: model for model in (NewsPage, WebinarPage, MediaAppearancePage)}


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The newsroom: news items, webinars and media appearances together, newest first."""

    schema_type = "CollectionPage"

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A sentence or two above the list.")
    )

    content_panels = [guide_panel("writing"), *BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    per_page = 24
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage", "news.WebinarPage", "news.MediaAppearancePage"]
    # One per language tree: a plain max_count = 1 would block the Spanish translation.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("newsroom")

    def items(self):
        """Live items of this newsroom, newest first. An item without a display date counts from
        its first publication, unless it is marked undated: those come last, with no year."""
        return (
            NewsroomItem.objects.child_of(self)
            .live()
            .public()
            .annotate(
                sort_date=Case(
                    When(date_precision=DatePrecision.NONE, then=None),
                    default=Coalesce("display_date", TruncDate("first_published_at")),
                )
            )
            .order_by(F("sort_date").desc(nulls_last=True), "-pk")
        )

    def filter_choices(self, items):
        """The values each filter accepts: only what this newsroom's items actually have."""
        years = (
            items.annotate(year=ExtractYear("sort_date"))
            .exclude(year=None)
            .values_list("year", flat=True)
            .order_by("-year")
            .distinct()
        )
        # The topics in use and their translations into the reader's language, in one query.
        used = Topic.objects.filter(pk__in=items.values("topics"))
        names = {}
        for topic in Topic.objects.filter(
            Q(pk__in=used.values("pk"))
            | Q(
                translation_key__in=used.values("translation_key"),
                locale__language_code=translation.get_language(),
            )
        ).select_related("locale"):
            if topic.locale.language_code == translation.get_language() or topic.slug not in names:
                names[topic.slug] = topic.name
        return {
            "type": {kind: model._meta.verbose_name_plural for kind, model in KINDS.items()},
            "topic": dict(sorted(names.items())),
            "year": {str(year): str(year) for year in years},
        }

    def filtered_items(self, request):
        """Items narrowed by the query string's filters; values not on offer are ignored."""
        items = self.items()
        choices = self.filter_choices(items)
        chosen = {
            name: request.GET.get(name, "")
            for name in choices
            if request.GET.get(name, "") in choices[name]
        }
        if "type" in chosen:
            items = items.type(KINDS[chosen["type"]])
        if "topic" in chosen:
            items = items.filter(topics__slug=chosen["topic"])
        if "year" in chosen:
            items = items.filter(sort_date__year=int(chosen["year"]))
        return items, choices, chosen

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items, choices, chosen = self.filtered_items(request)
        page_of_items = paginate(request, items.specific(), self.per_page)
        attach_outlets(page_of_items.object_list)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            items=page_of_items,
            filter_choices=choices,
            chosen=chosen,
            query_string=query.urlencode(),
        )
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/rss/")
    def rss_feed(self, request):
        return ListingFeed(self)(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        return ListingAtomFeed(self)(request)

    @path("webinars/calendar/")
    def webinars_calendar(self, request):
        webinars = (
            WebinarPage.objects.child_of(self)
            .live()
            .public()
            .filter(start_time__isnull=False, end_time__gte=timezone.now())
            .order_by("start_time")
        )
        return calendar_response(request, webinars, f"{self.slug}-webinars.ics", name=self.title)


def attach_outlets(pages):
    """Give each media appearance its outlet, in the reader's language, in two queries."""
    appearances = [page for page in pages if isinstance(page, MediaAppearancePage)]
    outlet_ids = {page.outlet_id for page in appearances if page.outlet_id}
    if not outlet_ids:
        return
    language = translation.get_language()
    outlets = Outlet.objects.filter(
        Q(pk__in=outlet_ids)
        | Q(
            translation_key__in=Outlet.objects.filter(pk__in=outlet_ids).values("translation_key"),
            locale__language_code=language,
        )
    ).select_related("locale")
    by_pk = {outlet.pk: outlet for outlet in outlets}
    translated = {o.translation_key: o for o in outlets if o.locale.language_code == language}
    for page in appearances:
        outlet = by_pk.get(page.outlet_id)
        page.listing_outlet = translated.get(outlet.translation_key, outlet) if outlet else None
