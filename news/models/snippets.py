from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Outlet(TranslatableMixin, models.Model):
    """A newspaper, station, show or conference where eCPR was featured."""

    class Medium(models.TextChoices):
        TV = "tv", _("TV")
        RADIO = "radio", _("Radio")
        PRINT = "print", _("Print")
        ONLINE = "online", _("Online")
        PODCAST = "podcast", _("Podcast")
        CONFERENCE = "conference", _("Conference")

    name = models.CharField(_("name"), max_length=255, help_text=_('e.g. "Los Angeles Times".'))
    medium = models.CharField(_("kind of medium"), max_length=20, choices=Medium.choices)
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("medium"), FieldPanel("url")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("medium", overridable=False),
        SynchronizedField("url"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")
        ordering = ["name"]

    def __str__(self):
        return self.name
