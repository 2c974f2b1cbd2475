"""The editorial groups', workflows' and tasks' names in the reader's language.

The database holds each name once, in English, as roles.py defines it; Wagtail shows a workflow's
or task's name wherever it mentions one (menus, messages, emails, history). Each loaded workflow
and task is named in the active language, and is written back in English whatever
language the person saving it uses. Names an administrator chose are left as they are.

A workflow or task is named in the language active when it is loaded: the admin's, for the
person making the request (Django's lazy strings would translate later, but Wagtail needs
`str(workflow)` to be a plain string).
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail.models import GroupApprovalTask, Task, Workflow

from . import roles

NAMES = {
    roles.EDITORS: _("Editors"),
    roles.MODERATORS: _("Moderators"),
    roles.TRANSLATORS: _("Translators"),
    roles.SPANISH_REVIEWERS: _("Spanish reviewers"),
    "Editorial review": _("Editorial review"),
    "Moderator approval": _("Moderator approval"),
    "Spanish review": _("Spanish review"),
    "Spanish reviewer approval": _("Spanish reviewer approval"),
}
NAMED_MODELS = (Workflow, Task, GroupApprovalTask)

# Wagtail's words that this site says otherwise. The project's catalogue is read before Wagtail's,
# so its Spanish wins: the site's "locales" are its two languages, not regions.
WAGTAIL_WORDING = (
    gettext_noop("Locales"),
    gettext_noop("Locale"),
    # Untranslated in Wagtail's own Spanish.
    gettext_noop("Schedule to publish"),
)


def display_name(name):
    """name in the active language, when it is one of ours."""
    return str(NAMES.get(str(name), name))


def english_name(name):
    """The English name stored for name, given in any of the site's languages."""
    text = str(name)
    for english, translated in NAMES.items():
        for language, _label in settings.LANGUAGES:
            with translation.override(language):
                if text == str(translated):
                    return english
    return text


def translate_on_load(sender, instance, **kwargs):
    name = instance.__dict__.get("name")
    if isinstance(name, str) and name in NAMES:
        instance.name = str(NAMES[name])


def store_in_english(sender, instance, **kwargs):
    instance.name = english_name(instance.name)
