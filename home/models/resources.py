from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.blocks import RICH_TEXT_FEATURES, DocumentListBlock
from website.models import BasePage, ReviewCycleMixin
from website.panels import guide_panel


class ResourceIndexPage(BasePage):
    """Resources: things to buy or download (workbook, training video, brochure)."""

    schema_type = "CollectionPage"
    kind_label = _("Section")

    intro_field = "intro"
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [guide_panel("resource"), *BasePage.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resources index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resources"] = (
            ResourcePage.objects.child_of(self)
            .live()
            .public()
            .select_related("listing_image", "preview_image")
        )
        return context


class ResourcePage(ReviewCycleMixin, BasePage):
    """Something staff offer to the public: a book to buy, a video, a document to download."""

    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What it is, who it is for and what is inside."),
    )
    preview_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("preview image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A picture of the cover or a still from the video. Optional."),
    )
    preview_video_url = models.URLField(
        _("preview video"),
        blank=True,
        help_text=_("The address of a preview clip on YouTube or Vimeo. Optional."),
    )
    purchase_url = models.URLField(
        _("where to buy"),
        blank=True,
        help_text=_("The address of the outside shop page. Leave empty if it is not for sale."),
    )
    downloads = StreamField(
        DocumentListBlock(),
        blank=True,
        verbose_name=_("downloads"),
        help_text=_(
            "Documents readers can download. Their format, size and pages show by themselves."
        ),
    )

    content_panels = [
        guide_panel("resource"),
        *BasePage.content_panels,
        FieldPanel("description"),
        FieldPanel("preview_image"),
        FieldPanel("preview_video_url"),
        FieldPanel("purchase_url"),
        FieldPanel("downloads"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("description")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("description"),
        SynchronizedField("preview_image"),
        SynchronizedField("preview_video_url"),
        SynchronizedField("purchase_url"),
        TranslatableField("downloads"),
    ]

    parent_page_types = ["home.ResourceIndexPage"]
    subpage_types = []

    kind_label = _("Resource")
    search_filter_label = _("Resources")

    class Meta:
        verbose_name = _("resource")
