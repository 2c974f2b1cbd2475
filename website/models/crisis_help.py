"""Where to turn in a crisis: a line under every page's header, a panel on the contact page."""

from urllib.parse import quote

from django.db import models
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

# The word that reaches the 988 Lifeline's counsellors in a language other than English.
LIFELINE_TEXT_KEYWORDS = {"es": "AYUDA"}


def _digits(number):
    return "".join(ch for ch in number if ch.isdigit())


class CrisisHelp(TranslatableMixin, models.Model):
    """One per language: the crisis lines a reader can call or text, and what eCPR is not."""

    lead = models.CharField(
        _("opening words"),
        max_length=150,
        help_text=_("A short, calm question or sentence before the links."),
    )
    call_label = models.CharField(
        _("call link words"), max_length=100, help_text=_("For example “Call 988”.")
    )
    call_number = models.CharField(_("number to call"), max_length=20, default="988")
    text_label = models.CharField(
        _("text message link words"),
        max_length=100,
        blank=True,
        help_text=_("For example “Text 988”. Leave empty to offer no text link."),
    )
    text_number = models.CharField(_("number to text"), max_length=20, default="988", blank=True)
    text_keyword = models.CharField(
        _("word to text"),
        max_length=30,
        blank=True,
        help_text=_("Put in the message for the reader, e.g. AYUDA for help in Spanish."),
    )
    emergency_label = models.CharField(
        _("emergency link words"),
        max_length=100,
        help_text=_("For example “In an emergency, call 911”."),
    )
    emergency_number = models.CharField(_("emergency number"), max_length=20, default="911")
    note = models.TextField(
        _("note for the contact page"),
        help_text=_(
            "Shown with the links on the contact page: say kindly that eCPR is not a crisis "
            "service, and who answers instead."
        ),
    )

    panels = [
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("call_label"), FieldPanel("call_number")], heading=_("Call")),
        MultiFieldPanel(
            [FieldPanel("text_label"), FieldPanel("text_number"), FieldPanel("text_keyword")],
            heading=_("Text message"),
        ),
        MultiFieldPanel(
            [FieldPanel("emergency_label"), FieldPanel("emergency_number")],
            heading=_("Emergency"),
        ),
        FieldPanel("note"),
    ]
    translatable_fields = [
        TranslatableField("lead"),
        TranslatableField("call_label"),
        SynchronizedField("call_number"),
        TranslatableField("text_label"),
        SynchronizedField("text_number"),
        # Spanish speakers text a different word to reach a Spanish-speaking counsellor.
        TranslatableField("text_keyword"),
        TranslatableField("emergency_label"),
        SynchronizedField("emergency_number"),
        TranslatableField("note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("crisis help")
        verbose_name_plural = _("crisis help")

    def __str__(self):
        return self.lead

    @classmethod
    def built_in(cls):
        """The words shown in the active language until staff write their own."""
        return cls(
            # The Lifeline by name, so a reader knows who answers before calling.
            lead=gettext(
                "In crisis, or worried about someone? Reach the 988 Suicide & Crisis Lifeline:"
            ),
            call_label=gettext("Call 988"),
            call_number="988",
            text_label=gettext("Text 988"),
            text_number="988",
            text_keyword=LIFELINE_TEXT_KEYWORDS.get(get_language(), ""),
            emergency_label=gettext("In an emergency, call 911"),
            emergency_number="911",
            note=gettext(
                "eCPR teaches people how to be with someone through an emotional crisis. We are "
                "not a crisis service, and no one watches our messages around the clock. If you "
                "need to talk now, the 988 Suicide & Crisis Lifeline answers every call and text, "
                "free and confidential. In Spanish, call 988 and press 2, or text AYUDA to 988."
            ),
        )

    @property
    def call_href(self):
        return f"tel:{_digits(self.call_number)}"

    @property
    def text_href(self):
        href = f"sms:{_digits(self.text_number)}"
        return f"{href}?body={quote(self.text_keyword)}" if self.text_keyword else href

    @property
    def emergency_href(self):
        return f"tel:{_digits(self.emergency_number)}"
