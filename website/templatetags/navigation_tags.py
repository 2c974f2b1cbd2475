"""The header's menu, the home page of the active language, and the words every page shares."""

from django import template
from django.conf import settings
from django.utils import translation

from website.localize import in_reader_language
from website.models import CrisisHelp, FooterText
from website.shared_lookups import content_version as current_content_version
from website.shared_lookups import per_version

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
    return per_version(
        f"menu:{home.pk}", lambda: list(home.get_children().live().public().in_menu())
    )


@register.simple_tag
def content_version():
    """The version the page frame's cached fragments are keyed by, with the language."""
    return current_content_version()


@register.simple_tag(takes_context=True)
def picture_loading(context):
    """Whether a card's picture loads at once ("eager": asked for, or among a list's first
    eager_cards) or when near the screen ("lazy"): what a card's markup changes with, besides
    its page."""
    position = (context.get("forloop") or {}).get("counter")
    eager_cards = context.get("eager_cards")
    among_first = position is not None and eager_cards is not None and position <= eager_cards
    return "eager" if context.get("eager") or among_first else "lazy"


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


@register.simple_tag
def crisis_help():
    """Staff's crisis help in the active language, else the site's own words in that language.

    Unlike the footer, never English words on a Spanish page: whoever needs this needs it now.
    """
    own = CrisisHelp.objects.filter(locale__language_code=translation.get_language()).first()
    return own or CrisisHelp.built_in()


@register.simple_tag
def built_in_crisis_help():
    """The site's own crisis words, for the error page that must not touch the database."""
    return CrisisHelp.built_in()


@register.simple_tag(takes_context=True)
def is_contact_page(context, page):
    contact = context["settings"]["website"]["SiteSettings"].contact_page
    return bool(page and contact) and page.translation_key == contact.translation_key
