"""The page editor's forms: the schedule dialog says which time zone its times are in, and
lists of snippets to choose from hold those in the page's language."""

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.models import TranslatableMixin

SCHEDULE_FIELDS = ("go_live_at", "expire_at")


class ScheduleTimeZoneMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The admin shows and reads times in the person's time zone (the site's: see
        # WAGTAIL_USER_TIME_ZONES); a time without its zone is easy to get wrong by hours.
        note = _("Time zone: %(zone)s.") % {"zone": timezone.get_current_timezone_name()}
        for name in SCHEDULE_FIELDS:
            if name in self.fields:
                self.fields[name].help_text = note


class PageLanguageChoicesMixin:
    """Topics and other translatable snippets offered as choices: the page's language only (each
    topic exists once per language), plus whatever the page already has, so nothing is dropped
    unseen."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None:
            return
        for name, field in self.fields.items():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if not isinstance(field, forms.ModelMultipleChoiceField) or not (
                model and issubclass(model, TranslatableMixin)
            ):
                continue
            chosen = self.initial.get(name) or []
            chosen_ids = [getattr(item, "pk", item) for item in chosen]
            field.queryset = field.queryset.filter(Q(locale_id=locale_id) | Q(pk__in=chosen_ids))


class PageForm(ScheduleTimeZoneMixin, PageLanguageChoicesMixin, WagtailAdminPageForm):
    pass


class FormPageForm(ScheduleTimeZoneMixin, PageLanguageChoicesMixin, WagtailAdminFormPageForm):
    pass
