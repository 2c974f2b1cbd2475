from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image


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

    admin_form_fields = Image.admin_form_fields

    @property
    def default_alt_text(self):
        return self.description


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """A document of the site's library."""

    admin_form_fields = Document.admin_form_fields
