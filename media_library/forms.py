"""Upload forms: documents in the formats readers can open and that are what their name says,
and nothing more; images that decode completely, within the pixel limit, with nothing hidden
after the picture. Every refusal is one form error, and a refused file is never stored."""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .documents_check import check_legacy_office_file, check_office_file, check_pdf
from .facts import content_matches_extension
from .file_names import safe_file_name
from .image_end import has_data_after_end

CONTENT_CHECKS = {
    "pdf": check_pdf,
    "docx": lambda file: check_office_file(file, "docx"),
    "pptx": lambda file: check_office_file(file, "pptx"),
    "doc": lambda file: check_legacy_office_file(file, "doc"),
    "ppt": lambda file: check_legacy_office_file(file, "ppt"),
}


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:
            return file
        file.name = safe_file_name(file.name, fallback=_("document"))
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
        if extension in CONTENT_CHECKS:
            CONTENT_CHECKS[extension](file)
        return file


class DecodableImageField(WagtailImageField):
    """Refuses images whose header is fine but whose pixels are cut short, garbled or far more
    than they seem (a decompression bomb), and images with data after the picture ends."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
            if f.image.format_name != "svg":
                self._decode(f)
        except ValidationError:
            raise
        except Image.DecompressionBombError as error:
            raise ValidationError(
                _(
                    "This image has more pixels than the site can safely process (at most "
                    "%(megapixels)d megapixels). Make it smaller and upload it again."
                )
                % {"megapixels": self.max_image_pixels // 1_000_000},
                code="decompression_bomb",
            ) from error
        except Exception as error:  # Pillow reports damage through many exception types
            raise ValidationError(
                _("This image is damaged or incomplete. Save it again and upload the new copy."),
                code="damaged_image",
            ) from error
        finally:
            f.seek(0)

    def _decode(self, f):
        f.seek(0)
        data = f.read()
        if has_data_after_end(data, f.image.format_name):
            raise ValidationError(
                _(
                    "This image has extra data hidden after the picture. Save it again from "
                    "an image editor and upload the new copy."
                ),
                code="data_after_image",
            )
        f.seek(0)
        with warnings.catch_warnings():
            # Pillow only warns of a likely decompression bomb; here it is a refusal.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            try:
                with Image.open(f) as picture:
                    picture.load()
            except Image.DecompressionBombWarning as warning:
                raise Image.DecompressionBombError(str(warning)) from warning

    def to_python(self, data):
        f = super().to_python(data)
        if f is not None:
            f.name = safe_file_name(f.name, fallback=_("image"))
        return f


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per form, like Wagtail's own field, so it reads the current upload limits.
        if "file" in self.fields:
            original = self.fields["file"]
            self.fields["file"] = DecodableImageField(
                label=original.label, required=original.required, widget=original.widget
            )
