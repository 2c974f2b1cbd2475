"""Form pages built with Wagtail's form builder: contact, join the email list.

Staff choose the fields. A post is dropped quietly when the honeypot catches it, refused with a
429 page when one address posts too often, and otherwise stored once and emailed to staff.
"""

import logging

from django import forms
from django.conf import settings
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_honeypot.models import HoneypotFormMixin, HoneypotFormSubmissionMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.blocks import RICH_TEXT_FEATURES
from website.models import BasePage
from website.page_form import FormPageForm
from website.panels import guide_panel

logger = logging.getLogger(__name__)

# More posts than this from one address are refused until the minute is over.
POST_RATE = "10/m"
RATE_LIMIT_GROUP = "home.form-pages"
# The thank-you page is the form page's own address with this in the query string.
SENT_PARAMETER = "sent"

MESSAGE_MAX_LENGTH = 4000

# What browsers may fill in for the reader (WCAG 1.3.5), by the field's name, which stays the
# same in every language because the translation keeps the English field's name.
AUTOCOMPLETE = {"name": "name", "email": "email", "phone": "tel"}


def language_named(label):
    """The code of the language that label names in that language ("Español" → "es"), or None."""
    names = {
        translation.get_language_info(code)["name_local"].casefold(): code
        for code, _name in settings.LANGUAGES
    }
    return names.get(str(label).strip().casefold())


class LanguageNamesMixin:
    """A choice that names another language in that language gets its lang (WCAG 3.1.2)."""

    def create_option(self, *args, **kwargs):
        option = super().create_option(*args, **kwargs)
        code = language_named(option["label"])
        if code and code != translation.get_language():
            option["attrs"]["lang"] = code
        return option


class ChoiceSelect(LanguageNamesMixin, forms.Select):
    pass


class ChoiceRadioSelect(LanguageNamesMixin, forms.RadioSelect):
    # Django's option template with the lang on the label's words, not only on the input.
    option_template_name = "home/form_page_choice.html"


class ChoiceCheckboxes(LanguageNamesMixin, forms.CheckboxSelectMultiple):
    option_template_name = "home/form_page_choice.html"


class LimitedFormBuilder(FormBuilder):
    """Wagtail's form builder with a length limit on long answers, autocomplete hints and
    language-aware choices."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MESSAGE_MAX_LENGTH
        options["widget"] = forms.Textarea(attrs={"rows": 8})
        return super().create_multiline_field(field, options)

    def create_dropdown_field(self, field, options):
        options["widget"] = ChoiceSelect
        return super().create_dropdown_field(field, options)

    def create_radio_field(self, field, options):
        options["widget"] = ChoiceRadioSelect
        return super().create_radio_field(field, options)

    def create_checkboxes_field(self, field, options):
        options["widget"] = ChoiceCheckboxes
        return super().create_checkboxes_field(field, options)

    @property
    def formfields(self):
        fields = super().formfields
        for name, field in fields.items():
            if name in AUTOCOMPLETE:
                field.widget.attrs["autocomplete"] = AUTOCOMPLETE[name]
        return fields


class FormField(TranslatableMixin, AbstractFormField):
    """One question on a form page. Translators translate its wording, never its name."""

    page = ParentalKey("home.FormPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        # The name is the key of each answer: the same in both languages, so submissions from
        # the English and the Spanish form line up in one export.
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class FormPage(HoneypotFormMixin, HoneypotFormSubmissionMixin, BasePage):
    """A page with a form staff build themselves: Contact, Join our email list."""

    base_form_class = FormPageForm

    intro_field = "intro"
    intro = RichTextField(
        _("introduction"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the form is for, shown above it."),
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown after someone sends the form."),
    )
    show_phone = models.BooleanField(
        _("show the phone number"),
        default=False,
        help_text=_("Show the phone number from the site settings beside the form."),
    )

    form_builder = LimitedFormBuilder

    content_panels = [
        guide_panel("form-page"),
        *BasePage.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", heading=_("Form fields"), label=_("Field")),
        FieldPanel("thank_you_text"),
        FieldPanel("show_phone"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email to staff"),
        ),
        FieldPanel("honeypot"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        TranslatableField("form_fields"),
        SynchronizedField("show_phone"),
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        SynchronizedField("subject"),
        SynchronizedField("honeypot"),
    ]

    rate_limited_template = "home/form_page_rate_limited.html"

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    kind_label = _("Form")

    class Meta:
        verbose_name = _("form page")

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and is_ratelimited(
            request, group=RATE_LIMIT_GROUP, key="ip", rate=POST_RATE, increment=True
        ):
            return self.render_rate_limited(request)
        if request.method == "GET" and SENT_PARAMETER in request.GET:
            return self.render_landing_page(request)
        return super().serve(request, *args, **kwargs)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        if request.method == "POST":
            # Post, then redirect: reloading the thank-you page never sends the form again.
            # The fragment replaces the form's #error-summary and puts focus on the thanks.
            return HttpResponseRedirect(
                f"{self.get_url(request)}?{SENT_PARAMETER}#main-content", status=303
            )
        return super().render_landing_page(request, form_submission, *args, **kwargs)

    def render_rate_limited(self, request):
        response = TemplateResponse(
            request, self.rate_limited_template, self.get_context(request), status=429
        )
        response["Retry-After"] = "60"
        return response

    def send_mail(self, form):
        addresses = [address.strip() for address in self.to_address.split(",")]
        try:
            send_mail(
                self.subject,
                self.render_email(form),
                addresses,
                self.from_address,
                reply_to=self.reply_to(form),
            )
        except OSError:
            # The submission is stored and staff can read it in the admin: a mail server that
            # is down must not turn the reader's message into an error page.
            logger.exception("Could not email the submission of form page %s", self.pk)

    @staticmethod
    def reply_to(form):
        """The sender's own (validated) address, so staff can answer with their mail's Reply."""
        for name, field in form.fields.items():
            if isinstance(field, forms.EmailField) and form.cleaned_data.get(name):
                return [form.cleaned_data[name]]
        return None
