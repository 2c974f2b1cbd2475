from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index

from .facts import FORMATS, count_pages


class CustomImage(AbstractImage):
    """An image that always carries a text alternative for screen readers."""

    # Overrides the optional description of AbstractImage: every image needs alt text.
    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_(
            "Describe the image for someone who cannot see it, in one sentence. "
            "Screen readers read this aloud."
        ),
    )

    # The same picture serves both languages' pages; what a screen reader says must not.
    description_es = models.CharField(
        _("alt text in Spanish"),
        max_length=255,
        blank=True,
        help_text=_("The same description in Spanish, read on Spanish pages."),
    )

    admin_form_fields = (*Image.admin_form_fields, "description_es")

    # Wagtail's image chooser filters a search by tag, which its own search fields do not allow
    # (a server error for "?q=...&tag=..."): the tags' name is made filterable as well.
    search_fields = [
        field
        for field in AbstractImage.search_fields
        if not (isinstance(field, index.RelatedFields) and field.field_name == "tags")
    ] + [
        index.RelatedFields(
            "tags",
            [
                index.SearchField("name", boost=10),
                index.AutocompleteField("name"),
                index.FilterField("name"),
            ],
        )
    ]

    @property
    def default_alt_text(self):
        if get_language() == "es" and self.description_es:
            return self.description_es
        return self.description


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """A document that knows its format, size, page count and language."""

    class Language(models.TextChoices):
        ENGLISH = "en", _("English")
        SPANISH = "es", _("Spanish")
        OTHER = "other", _("Other")

    language = models.CharField(
        _("language"),
        max_length=8,
        choices=Language.choices,
        default=Language.ENGLISH,
        help_text=_("The language the document is written in. Readers are told when it differs."),
    )
    spanish_version = models.ForeignKey(
        "self",
        verbose_name=_("Spanish version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The same document in Spanish, if there is one: Spanish pages link to it."),
    )
    # Measured from the file on upload and on replacement; never typed by hand.
    file_format = models.CharField(_("format"), max_length=10, blank=True, editable=False)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)

    admin_form_fields = (*Document.admin_form_fields, "language", "spanish_version")

    def clean(self):
        # Without a file Wagtail's extension check would fail: the upload form refused it and
        # said why, or Add a document attaches it only once the details (the language) are given.
        if self.file:
            super().clean()

    def _set_document_file_metadata(self):
        super()._set_document_file_metadata()
        self.measure()

    def measure(self):
        """Set format and page count from the file itself."""
        extension = self.file_extension.lower()
        self.file_format = extension if extension in FORMATS else ""
        with self.open_file() as f:
            self.page_count = count_pages(f, extension)

    def for_language(self, language_code):
        """The version of this document a reader of language_code is given."""
        if language_code == "es" and self.spanish_version_id and self.language != "es":
            return self.spanish_version
        return self

    @property
    def format_name(self):
        return FORMATS[self.file_format][0] if self.file_format in FORMATS else ""

    @property
    def pages_are_slides(self):
        return self.file_format in FORMATS and FORMATS[self.file_format][1]
