from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CheckedPhrase(models.Model):
    """A word or phrase the editor's content checks look for, in one language. Staff keep the
    lists; see website.content_checks for what each kind of phrase asks of a page."""

    class Kind(models.TextChoices):
        METHOD = "method", _("Method or location detail")
        SENSATIONAL = "sensational", _("Sensational or simplistic framing")
        CRISIS_TOPIC = "crisis_topic", _("Crisis topic: the page needs the crisis-help block")
        AVOID = "avoid", _("Word to avoid: jargon or hard words")

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    phrase = models.CharField(
        _("word or phrase"),
        max_length=100,
        help_text=_("Matched as whole words, whatever the capitals."),
    )
    advice = models.CharField(
        _("what to do instead"),
        max_length=255,
        blank=True,
        help_text=_("Shown with the warning, e.g. “Say ‘died by suicide’”."),
    )

    class Meta:
        verbose_name = _("checked phrase")
        verbose_name_plural = _("checked phrases")
        ordering = ["language", "kind", "phrase"]
        constraints = [
            models.UniqueConstraint(
                fields=["language", "kind", "phrase"], name="unique_checked_phrase"
            )
        ]

    def __str__(self):
        return self.phrase
