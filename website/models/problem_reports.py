from django.db import models
from django.utils.translation import gettext_lazy as _


class ProblemReport(models.Model):
    """A reader's note that something on a page is wrong, kept with the page and its language."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="problem_reports",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE
    )
    message = models.TextField(_("what is wrong"), max_length=2000)
    email = models.EmailField(_("reader's email"), blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    resolved = models.BooleanField(
        _("dealt with"),
        default=False,
        help_text=_("Tick once the page is corrected or the reader answered."),
    )

    class Meta:
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page.title} ({self.locale.language_code})"
