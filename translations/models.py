"""What the translation status is computed from, beyond what Wagtail and wagtail-localize keep.

wagtail-localize remembers the English content a translation was last synced from, but not what
the English page says now in a form that can be compared cheaply, nor which English content a
published Spanish revision was made from. These two small tables hold exactly that, as digests of
the translatable content (see digests.py), written when pages are published and translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LiveContent(models.Model):
    """A live page's translatable content, as a digest, and when that content last changed."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    digest = models.CharField(max_length=64)
    changed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("live content")

    def __str__(self):
        return f"{self.page_id}: {self.digest[:12]} ({self.changed_at:%Y-%m-%d %H:%M})"


class TranslationBuild(models.Model):
    """The source content that one revision of a translated page was made from."""

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("translation build")
        indexes = [models.Index(fields=["page", "revision"])]

    def __str__(self):
        return f"{self.page_id} r{self.revision_id}: {self.digest[:12]}"


class GlossaryTerm(models.Model):
    """One of the program's own terms and the Spanish every translation must use for it."""

    english = models.CharField(_("English term"), max_length=120, unique=True)
    spanish = models.CharField(
        _("Spanish term"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty when the term is not translated."),
    )
    note = models.TextField(
        _("note"), blank=True, help_text=_("When to use it, or a mistake to avoid.")
    )
    do_not_translate = models.BooleanField(
        _("do not translate"),
        default=False,
        help_text=_("The Spanish text keeps the English term as it is, e.g. a name."),
    )

    # Translators and Spanish reviewers keep the glossary (see editorial/roles.py).
    kept_by_translators = True

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["english"]

    def __str__(self):
        return f"{self.english} → {self.target}"

    @property
    def target(self):
        """What the Spanish text must say for this term."""
        return self.english if self.do_not_translate or not self.spanish else self.spanish


class MemoryEntry(models.Model):
    """A piece of English and the Spanish a reviewer approved for it, on a live page.

    Written when a translated page is published (so after its review), and removed with the
    page, or when it is unpublished: only approved, live translations are offered again.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    english = models.TextField()
    spanish = models.TextField()
    # The English with its spacing evened out, hashed: exact matches are found by index.
    english_key = models.CharField(max_length=64, db_index=True)
    approved_at = models.DateTimeField()

    class Meta:
        verbose_name = _("translation memory entry")
        constraints = [
            models.UniqueConstraint(fields=["page", "english_key"], name="one_memory_per_text")
        ]

    def __str__(self):
        return f"{self.english[:40]} → {self.spanish[:40]}"
