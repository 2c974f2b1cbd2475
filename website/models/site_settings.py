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

    information_standards_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("information standards page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("How our content is written, reviewed, translated and paid for."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("How accessible the site is and how to ask for another format."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("What the site collects about readers, and what it does not."),
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
        MultiFieldPanel(
            [
                FieldPanel("information_standards_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("privacy_page"),
            ],
            heading=_("How we work: linked from every footer, in the reader's language"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        # Every page shows these; they change only with a save, which moves the content version.
        from website.shared_lookups import per_version

        if site is None:
            return super().for_site(site)
        return per_version(
            f"site-settings:{site.pk}", lambda: super(SiteSettings, cls).for_site(site)
        )

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

    @property
    def trust_pages(self):
        """The pages that show how the site works, in footer order; unset ones left out."""
        pages = [self.information_standards_page, self.accessibility_page, self.privacy_page]
        return [page for page in pages if page is not None]
