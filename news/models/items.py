"""What the newsroom lists: news items, webinars and media appearances."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.blocks import BaseStreamBlock, DocumentListBlock, PeopleBlock, RelatedPagesBlock
from website.dates import DatePrecision
from website.fields import document_field, optional_link
from website.localize import in_reader_language
from website.models import BasePage, ReviewCycleMixin
from website.page_cache import changes_at
from website.panels import guide_panel

from ..calendar import calendar_response
from ..structured_data import appearance_data, event_data, news_article_data

NEWSROOM_PARENTS = ["news.NewsIndexPage"]


def media_field(verbose_name, help_text):
    return optional_link("wagtailmedia.Media", verbose_name, help_text)


class NewsroomItem(ReviewCycleMixin, BasePage):
    """What news items, webinars and media appearances share, so the newsroom can list,
    filter and sort them together in one query."""

    display_date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_(
            "The date readers see. Leave empty to use the day it was first published. If only "
            "the year or month is known, enter the first day and choose how much to show below."
        ),
    )
    date_precision = models.CharField(
        _("how much of the date to show"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    # What the newsroom sorts and filters by: the date shown, kept up to date on every save and
    # indexed, so a listing of thousands of items reads only the page it shows.
    sort_date = models.DateField(null=True, editable=False, db_index=True)
    topics = ParentalManyToManyField(
        "website.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        help_text=_("Readers can filter the newsroom by these."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    people = StreamField(
        PeopleBlock(),
        blank=True,
        verbose_name=_("people"),
        help_text=_("Authors, presenters or people featured, from the People list."),
    )
    attachments = StreamField(
        DocumentListBlock(),
        blank=True,
        verbose_name=_("attachments"),
        help_text=_("Files to download. Their format, size and pages are shown automatically."),
    )
    related = StreamField(
        RelatedPagesBlock(),
        blank=True,
        verbose_name=_("related pages"),
        help_text=_("Other pages of this site that readers may want next."),
    )

    date_panels = [
        FieldRowPanel([FieldPanel("display_date"), FieldPanel("date_precision")]),
    ]
    # The listing summary is edited with the content (every kind shows it), not on this tab.
    promote_panels = BasePage.promote_panels_summary_in_content
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("display_date"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("display_date", overridable=False),
        SynchronizedField("date_precision", overridable=False),
        SynchronizedField("topics"),
        TranslatableField("body"),
        TranslatableField("people"),
        TranslatableField("attachments"),
        TranslatableField("related"),
    ]

    # Only its three kinds are created; this model is the shared table the newsroom queries.
    is_creatable = False
    parent_page_types = NEWSROOM_PARENTS
    subpage_types = []
    kind = ""
    og_type = "article"
    has_own_date = True

    class Meta:
        verbose_name = _("newsroom item")

    def save(self, *args, update_fields=None, **kwargs):
        self.sort_date = self.date
        if update_fields is not None:
            update_fields = {*update_fields, "sort_date"}
        super().save(*args, update_fields=update_fields, **kwargs)

    def topics_in_reader_language(self):
        return list(in_reader_language(self.topics.all()).values())

    @property
    def date(self):
        """The date to show, or None when the item is deliberately undated."""
        if self.date_precision == DatePrecision.NONE:
            return None
        if self.display_date:
            return self.display_date
        if self.first_published_at:
            return timezone.localdate(self.first_published_at)
        return None

    def structured_data(self, request):
        return news_article_data(self, request)


class NewsPage(NewsroomItem):
    """A news item: something the program did, wrote or was recognised for."""

    article_url = models.URLField(
        _("link to the full article"),
        blank=True,
        help_text=_("If the story is published elsewhere, its address. Optional."),
    )

    content_panels = [
        guide_panel("news-item"),
        *BasePage.content_panels,
        *NewsroomItem.date_panels,
        FieldPanel("listing_summary"),
        FieldPanel("people", heading=_("Authors")),
        FieldPanel("body"),
        FieldPanel("article_url"),
        FieldPanel("attachments"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("related"),
    ]
    translatable_fields = [*NewsroomItem.translatable_fields, SynchronizedField("article_url")]

    kind = "news"
    kind_label = _("News")
    search_filter_label = _("News")

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class WebinarPage(RoutablePageMixin, NewsroomItem):
    """A webinar: register before it starts, watch the recording once it has ended."""

    start_time = models.DateTimeField(
        _("starts"),
        null=True,
        blank=True,
        help_text=_("Date and time it starts, in the site's time zone (US Eastern)."),
    )
    end_time = models.DateTimeField(
        _("ends"), null=True, blank=True, help_text=_("Date and time it ends.")
    )
    host_organisation = models.CharField(
        _("hosted by"),
        max_length=255,
        blank=True,
        help_text=_("The organisation that hosts it, if not us."),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Shown only until the webinar starts."),
    )
    recording_url = models.URLField(
        _("recording link"),
        blank=True,
        help_text=_("Where the recording lives, e.g. on YouTube. Shown once the webinar ends."),
    )
    recording_media = media_field(
        _("recording file"),
        _("Or upload the recording to the media library. Shown once the webinar ends."),
    )
    slides = document_field(_("slides"), _("The slides as a PDF or PowerPoint file."))
    flyer = document_field(_("flyer"), _("The flyer with the presenters' details."))

    content_panels = [
        guide_panel("webinar"),
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                *NewsroomItem.date_panels,
            ],
            heading=_("When"),
        ),
        FieldPanel("listing_summary"),
        FieldPanel("host_organisation"),
        FieldPanel("people", heading=_("Presenters")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("registration_url"),
                FieldPanel("recording_url"),
                FieldPanel("recording_media"),
                FieldPanel("slides"),
                FieldPanel("flyer"),
            ],
            heading=_("Registration and recording"),
        ),
        FieldPanel("attachments"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("related"),
    ]
    translatable_fields = [
        *NewsroomItem.translatable_fields,
        SynchronizedField("start_time", overridable=False),
        SynchronizedField("end_time", overridable=False),
        TranslatableField("host_organisation"),
        SynchronizedField("registration_url"),
        SynchronizedField("recording_url"),
        SynchronizedField("recording_media"),
        SynchronizedField("slides"),
        SynchronizedField("flyer"),
    ]

    kind = "webinar"
    kind_label = _("Webinar")
    search_filter_label = _("Webinars")

    class Meta:
        verbose_name = _("webinar")
        verbose_name_plural = _("webinars")

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The end must come after the start.")})
        if self.end_time and not self.start_time:
            raise ValidationError({"start_time": _("Give the start time too.")})

    def save(self, *args, **kwargs):
        # The newsroom sorts and filters by display_date: a webinar's is the day it starts.
        if self.start_time:
            self.display_date = timezone.localdate(self.start_time)
        super().save(*args, **kwargs)

    @property
    def has_started(self):
        """True once the start time has passed: registration closes then. Undated archive
        webinars count as started (and ended)."""
        return self.start_time is None or self.start_time <= timezone.now()

    @property
    def has_ended(self):
        """True once the end time has passed; undated archive webinars count as ended."""
        finish = self.end_time or self.start_time
        return finish is None or finish <= timezone.now()

    def structured_data(self, request):
        return event_data(self, request)

    def next_change(self):
        """When the page next changes by itself: at the start, then at the end."""
        now = timezone.now()
        return min((t for t in (self.start_time, self.end_time) if t and t > now), default=None)

    @path("")
    def detail(self, request):
        # "Register" gives way to "under way" at the start, and that to the recording at the
        # end: no cached copy outlives either moment.
        changes_at(request, self.next_change())
        return self.render(request)

    @path("calendar/")
    def calendar_file(self, request):
        if self.start_time is None:
            raise Http404(_("This webinar has no date yet."))
        return calendar_response(request, [self], f"{self.slug}.ics", name=self.title)


class MediaAppearancePage(NewsroomItem):
    """eCPR in the media: an article, a broadcast, an interview or a keynote."""

    # Shown on its page: loaded with it when a reader asks for the page (website/routing.py).
    served_with = ("outlet",)

    outlet = models.ForeignKey(
        "news.Outlet",
        verbose_name=_("outlet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The newspaper, station, show or conference. Add new ones under Snippets."),
    )
    quote = models.TextField(
        _("quote"), blank=True, help_text=_("A short quote from the piece. Optional.")
    )
    original_url = models.URLField(
        _("link to the original"),
        blank=True,
        help_text=_("The article or programme on the outlet's site."),
    )
    media_url = models.URLField(
        _("video or audio link"),
        blank=True,
        help_text=_("Where to watch or listen, if different from the original link."),
    )
    media_file = media_field(_("video or audio file"), _("Or a file from the media library."))
    attachment = document_field(_("attachment"), _("e.g. the article as a PDF."))

    content_panels = [
        guide_panel("media-appearance"),
        *BasePage.content_panels,
        FieldPanel("outlet"),
        *NewsroomItem.date_panels,
        FieldPanel("listing_summary"),
        FieldPanel("people", heading=_("People featured")),
        FieldPanel("quote"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("original_url"),
                FieldPanel("media_url"),
                FieldPanel("media_file"),
                FieldPanel("attachment"),
            ],
            heading=_("Links and files"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("related"),
    ]
    translatable_fields = [
        *NewsroomItem.translatable_fields,
        TranslatableField("outlet"),
        TranslatableField("quote"),
        SynchronizedField("original_url"),
        SynchronizedField("media_url"),
        SynchronizedField("media_file"),
        SynchronizedField("attachment"),
    ]

    kind = "media"
    kind_label = _("In the media")
    search_filter_label = _("eCPR in the media")

    class Meta:
        verbose_name = _("media appearance")
        verbose_name_plural = _("media appearances")

    def structured_data(self, request):
        return appearance_data(self, request)
