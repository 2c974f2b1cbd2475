"""Model fields that several page types declare the same way."""

from django.conf import settings
from django.db import models


def optional_link(model, verbose_name, help_text):
    """An optional link to another object (a document, a recording); the page stays when the
    object goes."""
    return models.ForeignKey(
        model,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def document_field(verbose_name, help_text):
    """An optional link to a document in the library."""
    return optional_link(settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name, help_text)
