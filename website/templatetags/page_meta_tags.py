"""What a page's <head> says about it: the site's name and a description for search engines."""

from html import unescape

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()

# Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 160


@register.simple_tag(takes_context=True)
def site_name(context):
    return context["settings"]["website"]["SiteSettings"].program_name_in(get_language())


def _first_text(page):
    """The page's own description: what staff wrote for search, else its summary or intro."""
    # Pages that are no Wagtail page (search, 404) have no page in their context: "" here.
    if not page:
        return ""
    for value in (page.search_description, page.listing_summary):
        text = " ".join(unescape(strip_tags(value or "")).split())
        if text:
            return text
    return page.intro_text()


@register.simple_tag
def meta_description(page=None):
    text = _first_text(page) or _(
        "Emotional CPR (eCPR) teaches anyone to support a person through an emotional crisis: "
        "connecting, empowering and revitalizing."
    )
    return Truncator(text).chars(DESCRIPTION_LENGTH)
