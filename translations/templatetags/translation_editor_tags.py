from django import template
from django.utils.translation import gettext as _

from ..translation_editor import editor_props, in_review_for, may_bypass_review

register = template.Library()


@register.simple_tag(takes_context=True)
def props_for_user(context, props, instance):
    """The translation editor's data, with only what the person may do (translation_editor.py)."""
    return editor_props(props, context["request"].user, instance)


@register.simple_tag(takes_context=True)
def keeps_wagtail_localize_footer(context):
    return may_bypass_review(context["request"].user)


@register.simple_tag(takes_context=True)
def read_only_for_user(context, instance):
    return in_review_for(context["request"].user, instance)


@register.simple_tag
def editor_aids_labels():
    """The words editor_aids.js shows, in the user's language."""
    return {
        "glossary": _("Glossary"),
        "doNotTranslate": _("do not translate"),
        "dropped": _("Not in the translation: use the glossary's term."),
        "memory": _("Approved translations of similar text"),
        "use": _("Use this translation"),
        "notSaved": _("Not saved. Reload the page and try again."),
    }
