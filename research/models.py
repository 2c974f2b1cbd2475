from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.blocks import RICH_TEXT_FEATURES, PeopleBlock, RelatedPagesBlock
from website.dates import DatePrecision, slashed_date
from website.fields import document_field
from website.models import BasePage, ListingIndexPage, ReviewCycleMixin
from website.panels import guide_panel

from .blocks import KeyFindingsBlock
from .citation import bibtex_response, citation_html, ris_response
from .structured_data import scholarly_article_data


class ResearchIndexPage(ListingIndexPage):
    """Research: summaries of the studies of eCPR, newest first."""

    feed_name = _("Research feed")
    subpage_types = ["research.ResearchSummaryPage"]

    class Meta:
        verbose_name = _("research index")

    def items(self):
        return (
            ResearchSummaryPage.objects.child_of(self)
            .live()
            .public()
            .order_by(F("publication_date").desc(nulls_last=True), "-first_published_at")
        )


class ResearchSummaryPage(RoutablePageMixin, ReviewCycleMixin, BasePage):
    """A study of eCPR: its citation, a plain-language summary and its key findings."""

    # Citation
    citation_authors = models.CharField(
        _("authors"),
        max_length=500,
        blank=True,
        help_text=_(
            'As the study lists them, separated by semicolons: "Fisher, Daniel B.; Myers, Amanda".'
        ),
    )
    publisher = models.CharField(
        _("journal or publisher"),
        max_length=255,
        blank=True,
        help_text=_('e.g. "Journal of Participatory Medicine".'),
    )
    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("If only the month or year is known, enter the first day and choose below."),
    )
    date_precision = models.CharField(
        _("how much of the date to show"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    volume = models.CharField(_("volume"), max_length=20, blank=True)
    issue = models.CharField(_("issue"), max_length=20, blank=True)
    pages = models.CharField(_("pages"), max_length=20, blank=True, help_text=_('e.g. "e28314".'))
    doi = models.CharField(
        _("DOI"), max_length=255, blank=True, help_text=_('Only the DOI, e.g. "10.2196/28314".')
    )
    full_text_url = models.URLField(
        _("full text link"), blank=True, help_text=_("Where the whole study can be read.")
    )
    is_case_study = models.BooleanField(
        _("case study"), default=False, help_text=_("Tick for a case study rather than a trial.")
    )

    # For readers
    summary = RichTextField(
        _("plain-language summary"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What the study asked and found, in everyday words."),
    )
    key_findings = StreamField(KeyFindingsBlock(), blank=True, verbose_name=_("key findings"))
    people = StreamField(
        PeopleBlock(),
        blank=True,
        verbose_name=_("people"),
        help_text=_("Authors who are in the People list, to show with their roles."),
    )
    summary_document = document_field(
        _("one-page summary"), _("The one-page summary as a document.")
    )
    full_text_document = document_field(
        _("full text document"), _("The whole article as a document, where we may share it.")
    )
    related = StreamField(
        RelatedPagesBlock(),
        blank=True,
        verbose_name=_("related webinars and news"),
    )

    content_panels = [
        guide_panel("research-summary"),
        *BasePage.content_panels,
        FieldPanel("listing_summary"),
        MultiFieldPanel(
            [
                FieldPanel("citation_authors"),
                FieldPanel("publisher"),
                FieldRowPanel([FieldPanel("publication_date"), FieldPanel("date_precision")]),
                FieldRowPanel([FieldPanel("volume"), FieldPanel("issue"), FieldPanel("pages")]),
                FieldPanel("doi"),
                FieldPanel("full_text_url"),
                FieldPanel("is_case_study"),
            ],
            heading=_("Citation"),
        ),
        FieldPanel("summary"),
        FieldPanel("key_findings"),
        FieldPanel("people"),
        FieldPanel("summary_document"),
        FieldPanel("full_text_document"),
        FieldPanel("related"),
    ]
    promote_panels = BasePage.promote_panels_summary_in_content
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("citation_authors"),
        index.SearchField("publisher"),
        index.SearchField("key_findings"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("citation_authors", overridable=False),
        SynchronizedField("publisher", overridable=False),
        SynchronizedField("publication_date", overridable=False),
        SynchronizedField("date_precision", overridable=False),
        SynchronizedField("volume", overridable=False),
        SynchronizedField("issue", overridable=False),
        SynchronizedField("pages", overridable=False),
        SynchronizedField("doi", overridable=False),
        SynchronizedField("full_text_url"),
        SynchronizedField("is_case_study", overridable=False),
        TranslatableField("summary"),
        TranslatableField("key_findings"),
        TranslatableField("people"),
        SynchronizedField("summary_document"),
        SynchronizedField("full_text_document"),
        TranslatableField("related"),
    ]

    parent_page_types = ["research.ResearchIndexPage"]
    og_type = "article"
    # The plain-language summary opens the page: it describes the study when nothing else does.
    intro_field = "summary"
    has_own_date = True
    search_filter_label = _("Research")
    subpage_types = []

    class Meta:
        verbose_name = _("research summary")
        verbose_name_plural = _("research summaries")

    def clean(self):
        super().clean()
        if self.doi.lower().startswith(("http", "doi:")):
            raise ValidationError({"doi": _('Enter only the DOI itself, e.g. "10.2196/28314".')})

    @property
    def date(self):
        return self.publication_date if self.date_precision != DatePrecision.NONE else None

    @property
    def citation_date(self):
        """The publication date as the citation_publication_date tag takes it."""
        return slashed_date(self.date, self.date_precision)

    @property
    def kind_label(self):
        return _("Case study") if self.is_case_study else _("Research summary")

    @property
    def authors(self):
        return [name.strip() for name in self.citation_authors.split(";") if name.strip()]

    def citation_html(self):
        return citation_html(self)

    def structured_data(self, request):
        return scholarly_article_data(self, request)

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("cite/bibtex/")
    def bibtex(self, request):
        return bibtex_response(self, request)

    @path("cite/ris/")
    def ris(self, request):
        return ris_response(self, request)
