from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details and links that appear on every page, kept by staff."""

    organisation_name = models.CharField(
        _("organisation name"), max_length=255, default="National Empowerment Center (NEC)"
    )
    program_name = models.CharField(
        _("program name"), max_length=255, default="Emotional CPR (eCPR)"
    )
    program_name_es = models.CharField(
        _("program name in Spanish"),
        max_length=255,
        default="RCP Emocional (eCPR)",
        help_text=_("Ends the title of every Spanish page, in place of the English name."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("Shown in the footer and on the contact page, e.g. 877-246-9058."),
    )
    email = models.EmailField(_("email"), blank=True)
    facebook_url = models.URLField(
        _("Facebook page"), blank=True, help_text=_("The full address of the Facebook page.")
    )
    donate_url = models.URLField(
        _("donate link"),
        blank=True,
        help_text=_("The external payment page the Donate buttons open."),
    )
    email_list_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("email list page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page with the Join Email List form. Its Spanish copy is used on /es/."),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page with the contact form. Its Spanish copy is used on /es/."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("program_name"),
                FieldPanel("program_name_es"),
            ],
            heading=_("Names"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("facebook_url")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("donate_url"), FieldPanel("email_list_page"), FieldPanel("contact_page")],
            heading=_("Calls to action"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def program_name_in(self, language_code):
        """The program's name for a page in this language."""
        return (
            self.program_name_es
            if language_code == "es" and self.program_name_es
            else self.program_name
        )

    @property
    def phone_href(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        return f"tel:+1{digits}" if len(digits) == 10 else f"tel:{digits}"
