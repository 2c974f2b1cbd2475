"""Snippets that several apps use: the people behind the work, and topics."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Person(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """Someone who writes, presents, studies or speaks about eCPR."""

    name = models.CharField(_("name"), max_length=255)
    credentials = models.CharField(
        _("credentials"), max_length=100, blank=True, help_text=_('For example "MD, PhD" or "MPH".')
    )
    role = models.CharField(
        _("role"),
        max_length=255,
        blank=True,
        help_text=_('Their job or part in eCPR, e.g. "Youth Coordinator" or "eCPR trainer".'),
    )
    affiliation = models.CharField(
        _("affiliation"),
        max_length=255,
        blank=True,
        help_text=_('Where they work, e.g. "National Empowerment Center".'),
    )
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short bio"), blank=True, help_text=_("Two or three sentences."))

    panels = [
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("affiliation"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        SynchronizedField("name", overridable=False),
        SynchronizedField("credentials", overridable=False),
        TranslatableField("role"),
        TranslatableField("affiliation"),
        SynchronizedField("photo"),
        TranslatableField("bio"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    @property
    def initials(self):
        """Up to two letters for an avatar while there is no photo: "Daniel B. Fisher" → "DF"."""
        words = [word for word in self.name.replace(".", " ").split() if word[:1].isalpha()]
        if not words:
            return ""
        letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
        return letters.upper()

    @property
    def description(self):
        """Role and affiliation in one phrase."""
        return ", ".join(part for part in (self.role, self.affiliation) if part)

    def get_preview_template(self, request, mode_name):
        return "website/person_preview.html"


class Topic(TranslatableMixin, models.Model):
    """A subject that news, webinars and research can be filed under."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("The name in the address used by filters; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self):
        return self.name


class FooterText(TranslatableMixin, models.Model):
    """The few words about the program at the foot of every page, one per language."""

    text = models.TextField(
        _("text"),
        help_text=_("Two or three sentences about eCPR and the National Empowerment Center."),
    )

    panels = [FieldPanel("text")]
    translatable_fields = [TranslatableField("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return self.text[:60]
