from django.db.models import F, Q
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path

from website.localize import in_reader_language
from website.models import ListingFilter, ListingIndexPage, Topic

from ..calendar import calendar_response
from .items import MediaAppearancePage, NewsPage, NewsroomItem, WebinarPage
from .snippets import Outlet

NEWEST = F("display_date").desc(nulls_last=True)
KINDS = {model.kind: model for model in (NewsPage, WebinarPage, MediaAppearancePage)}


def kind_choices(newsroom, items):
    return {kind: capfirst(model._meta.verbose_name_plural) for kind, model in KINDS.items()}


def topic_choices(newsroom, items):
    """The topics this newsroom's items use, named in the reader's language."""
    used = in_reader_language(Topic.objects.filter(pk__in=items.values("topics")))
    return dict(sorted((topic.slug, topic.name) for topic in used.values()))


def year_choices(newsroom, items):
    years = (
        items.annotate(year=ExtractYear("sort_date"))
        .exclude(year=None)
        .values_list("year", flat=True)
        .order_by("-year")
        .distinct()
    )
    return {str(year): str(year) for year in years}


class NewsIndexPage(ListingIndexPage):
    """The newsroom: news items, webinars and media appearances together, newest first."""

    per_page = 24
    feed_name = _("Newsroom feed")
    # The values each filter offers are only what this newsroom's items actually have.
    filters = (
        ListingFilter(
            "type",
            _("Kind"),
            _("All kinds"),
            kind_choices,
            lambda items, kind: items.type(KINDS[kind]),
        ),
        ListingFilter(
            "topic",
            _("Topic"),
            _("All topics"),
            topic_choices,
            lambda items, slug: items.filter(topics__slug=slug),
            always_shown=False,
        ),
        ListingFilter(
            "year",
            _("Year"),
            _("All years"),
            year_choices,
            lambda items, year: items.filter(sort_date__year=int(year)),
        ),
    )
    subpage_types = ["news.NewsPage", "news.WebinarPage", "news.MediaAppearancePage"]

    class Meta:
        verbose_name = _("newsroom")

    def items(self):
        """Live items of this newsroom, newest first. An item without a display date counts from
        its first publication, unless it is marked undated: those come last, with no year."""
        return (
            NewsroomItem.objects.child_of(self)
            .live()
            .public()
            .order_by(F("sort_date").desc(nulls_last=True), "-pk")
        )

    def cards(self, items):
        return items.specific()

    def live_items(self, model):
        return model.objects.child_of(self).live().public()

    def latest(self, model, count):
        """The newest live items of one kind, ready for their cards (outlets attached)."""
        items = list(self.live_items(model).order_by(NEWEST, "-first_published_at")[:count])
        attach_outlets(items)
        return items

    @cached_property
    def live_webinars(self):
        # public() reads the view restrictions when called: upcoming and past webinars share it.
        return self.live_items(WebinarPage)

    def upcoming_webinars(self):
        """Webinars that have not ended yet, soonest first."""
        return self.live_webinars.filter(end_time__gte=timezone.now()).order_by("start_time")

    def recorded_webinars(self, count):
        """Webinars that have ended (or have no end time) and can be watched again: those with a
        recording link or file. Newest first."""
        return (
            self.live_webinars.filter(Q(end_time__lt=timezone.now()) | Q(end_time=None))
            .exclude(recording_url="", recording_media=None)
            .order_by(NEWEST, "-first_published_at")[:count]
        )

    def prepare(self, items):
        attach_outlets(items)

    @path("webinars/calendar/")
    def webinars_calendar(self, request):
        webinars = self.upcoming_webinars().filter(start_time__isnull=False)
        return calendar_response(request, webinars, f"{self.slug}-webinars.ics", name=self.title)


def attach_outlets(pages):
    """Give each media appearance its outlet, in the reader's language, in one query."""
    appearances = [page for page in pages if isinstance(page, MediaAppearancePage)]
    outlet_ids = {page.outlet_id for page in appearances if page.outlet_id}
    if not outlet_ids:
        return
    outlets = in_reader_language(Outlet.objects.filter(pk__in=outlet_ids))
    for page in appearances:
        page.listing_outlet = outlets.get(page.outlet_id)
