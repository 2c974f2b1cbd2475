"""The document upload form: only the formats readers can open, and only files that are what
their name says."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

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
