from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViewCount(models.Model):
    """How many times a page (in one language: each translation is its own page) was read on one
    day. Nothing about the reader is kept: no address, no cookie, no time of day."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page view count")
        verbose_name_plural = _("page view counts")
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="one_count_a_day")]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"
