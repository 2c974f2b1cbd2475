from html import unescape

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..dates import DatePrecision
from ..page_form import PageForm
from ..page_permissions import ReviewedDeletionPermissionTester


class ListingFieldsMixin(models.Model):
    """How a page looks as a card in listings and search results."""

    listing_title = models.CharField(
        _("listing title"),
        max_length=255,
        blank=True,
        help_text=_("A shorter title for cards and lists. Leave empty to use the page title."),
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown under the title in lists and search results."),
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A picture for the card. Optional."),
    )

    listing_panels = [
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading=_("How this page looks in lists"),
        )
    ]
    # For page types that edit their listing summary with the content, as every reader sees it.
    listing_panels_without_summary = [
        MultiFieldPanel(
            [FieldPanel("listing_title"), FieldPanel("listing_image")],
            heading=_("How this page looks in lists"),
        )
    ]

    class Meta:
        abstract = True

    def get_listing_title(self):
        return self.listing_title or self.title

    def get_listing_summary(self):
        return self.listing_summary or getattr(self, "search_description", "")


class SocialFieldsMixin(models.Model):
    """What a link to the page shows when shared on social media."""

    social_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on Facebook and elsewhere. Optional."),
    )
    social_text = models.CharField(
        _("social text"),
        max_length=255,
        blank=True,
        help_text=_("A sentence for shared links. Leave empty to use the listing summary."),
    )

    social_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading=_("When shared on social media"),
        )
    ]

    class Meta:
        abstract = True


class BasePage(ListingFieldsMixin, SocialFieldsMixin, Page):
    """Every public page of the site builds on this."""

    # What OpenGraph calls the page: articles are dated pieces, the rest is the website.
    og_type = "website"
    # What schema.org calls the page in its JSON-LD: listings are a CollectionPage.
    schema_type = "WebPage"
    # The field that holds the page's opening words (plain or rich text), for page types that
    # have one; its text stands in for a description that staff did not write.
    intro_field = None
    # Page types with a date of their own (news, research) have a date_precision field instead.
    date_precision = DatePrecision.DAY
    base_form_class = PageForm

    promote_panels = (
        Page.promote_panels + ListingFieldsMixin.listing_panels + SocialFieldsMixin.social_panels
    )
    promote_panels_summary_in_content = (
        Page.promote_panels
        + ListingFieldsMixin.listing_panels_without_summary
        + SocialFieldsMixin.social_panels
    )
    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_title"),
        TranslatableField("listing_summary"),
        SynchronizedField("listing_image"),
        TranslatableField("social_text"),
        SynchronizedField("social_image"),
    ]

    class Meta:
        abstract = True

    def get_social_text(self):
        return self.social_text or self.get_listing_summary()

    def intro_text(self):
        """The page's opening words as plain text on one line; "" for a page without them."""
        value = getattr(self, self.intro_field) if self.intro_field else ""
        return " ".join(unescape(strip_tags(str(value or ""))).split())

    # News and research set this: their date is a fact about them, not about when staff published.
    has_own_date = False
    # What the search page's filter calls many pages of this type, in readers' words.
    search_filter_label = None

    @classmethod
    def search_label(cls):
        return cls.search_filter_label or capfirst(cls._meta.verbose_name_plural)

    @property
    def date(self):
        """The date readers see: a page without a date of its own shows its last publication."""
        published = self.last_published_at
        return timezone.localdate(published) if published else None

    @property
    def kind_label(self):
        """What a card or a page header calls this kind of page."""
        return capfirst(self._meta.verbose_name)

    def structured_data(self, request):
        """The page's JSON-LD object, for page types that describe themselves; None otherwise."""
        return None

    def permissions_for_user(self, user):
        return ReviewedDeletionPermissionTester(user, self)
