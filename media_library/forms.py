"""Upload forms: documents in the formats readers can open and that are what their name says;
images that decode completely."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .facts import content_matches_extension


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:
            return file
        extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            raise ValidationError(
                _("Documents must be PDF, PowerPoint, Word or plain text files."),
                code="invalid_extension",
            )
        if not content_matches_extension(file, extension):
            raise ValidationError(
                _("This file is not a real .%(extension)s file. Save it again in that format.")
                % {"extension": extension},
                code="content_mismatch",
            )
        return file


class DecodableImageField(WagtailImageField):
    """Refuses images whose header is fine but whose pixels are cut short or garbled, which
    would otherwise fail later, when the site makes its first rendition."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
            if f.image.format_name != "svg":
                f.seek(0)
                with Image.open(f) as picture:
                    picture.load()
        except ValidationError:
            raise
        except Exception as error:  # Pillow reports damage through many exception types
            raise ValidationError(
                _("This image is damaged or incomplete. Save it again and upload the new copy."),
                code="damaged_image",
            ) from error
        finally:
            f.seek(0)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per form, like Wagtail's own field, so it reads the current upload limits.
        if "file" in self.fields:
            original = self.fields["file"]
            self.fields["file"] = DecodableImageField(
                label=original.label, required=original.required, widget=original.widget
            )
