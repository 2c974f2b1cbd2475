"""Readers' words for what the site calls something else, so search finds it either way."""

import unicodedata

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


def comparable(word):
    """A word as search compares it: lower case, accents ignored (capacitacion = capacitación)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class SearchSynonym(models.Model):
    """In one language: words readers may type, and the word the site uses for the same thing."""

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    readers_words = models.CharField(
        _("readers' words"),
        max_length=255,
        help_text=_(
            "Words readers may search for, separated by commas, e.g. “capacitación, entrenamiento”."
        ),
    )
    site_words = models.CharField(
        _("the site's words"),
        max_length=255,
        help_text=_("What the site's pages say instead, separated by commas, e.g. “formación”."),
    )

    panels = [FieldPanel("language"), FieldPanel("readers_words"), FieldPanel("site_words")]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "readers_words"]

    def __str__(self):
        return f"{self.readers_words} → {self.site_words}"

    @staticmethod
    def _split(text):
        return [word.strip() for word in text.split(",") if word.strip()]

    def readers_word_list(self):
        return self._split(self.readers_words)

    def site_word_list(self):
        return self._split(self.site_words)

    @classmethod
    def alternatives(cls, language):
        """{comparable reader's word: [site words]} for one language, read once per content
        version (saving a synonym moves it on: website/page_cache.py)."""
        from website.shared_lookups import per_version

        return per_version(f"search-synonyms:{language}", lambda: cls._alternatives(language))

    @classmethod
    def _alternatives(cls, language):
        found = {}
        for synonym in cls.objects.filter(language=language):
            for word in synonym.readers_word_list():
                found.setdefault(comparable(word), []).extend(synonym.site_word_list())
        return found
