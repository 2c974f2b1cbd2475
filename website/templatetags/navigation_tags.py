"""The header's menu and the home page of the active language."""

from django import template
from django.conf import settings
from django.utils import translation

from website.localize import in_reader_language
from website.models import FooterText

from .language_tags import home_in

register = template.Library()


@register.simple_tag(takes_context=True)
def home_page(context):
    return home_in(context["request"], translation.get_language())


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The home page's children marked "show in menus", in the active language."""
    home = home_page(context)
    if home is None:
        return []
    return home.get_children().live().public().in_menu()


@register.filter
def is_within(page, section):
    """True when page is section itself or one of its descendants."""
    return bool(page) and getattr(page, "path", "").startswith(section.path)


@register.simple_tag
def footer_text():
    """The footer text in the active language, or the default language's while untranslated."""
    texts = in_reader_language(
        FooterText.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    )
    return next(iter(texts.values()), None)
