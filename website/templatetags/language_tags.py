"""Links between a page and its translations: hreflang alternates and the language switcher."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from website.shared_lookups import per_version

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    # True when the page has no live translation and the link goes to that language's home page.
    fallback: bool = False


def _language_name(code):
    # Each language is named in itself, so a reader finds their own language.
    return translation.get_language_info(code)["name_local"].capitalize()


def _live_translations(request, page):
    def compute():
        return {
            t.locale.language_code: t
            for t in page.get_translations(inclusive=True).live().public().select_related("locale")
        }

    return per_version(f"translations:{page.translation_key}", compute)


def home_in(request, code):
    """The home page of the language with this code, or None."""

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return None
        return (
            Page.objects.filter(
                translation_key=site.root_page.translation_key, locale__language_code=code
            )
            .live()
            .first()
        )

    site = Site.find_for_request(request)
    return per_version(f"home:{site.pk if site else None}:{code}", compute)


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """Alternates for the live translations of the current page, plus x-default."""
    page = context.get("page")
    request = context["request"]
    if not isinstance(page, Page):
        return []
    translations = _live_translations(request, page)
    links = [
        LanguageLink(code, _language_name(code), request.build_absolute_uri(t.get_url(request)))
        for code, t in sorted(translations.items())
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None and len(links) > 1:
        links.append(
            LanguageLink("x-default", "", request.build_absolute_uri(default.get_url(request)))
        )
    return links


@register.simple_tag(takes_context=True)
def language_switcher_links(context):
    """One link per other language: to this page's translation, or to that language's home."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = _live_translations(request, page) if isinstance(page, Page) else None
    links = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        if translations is None:
            links.append(
                LanguageLink(code, _language_name(code), translate_url(request.path, code))
            )
        elif code in translations:
            links.append(LanguageLink(code, _language_name(code), translations[code].url))
        else:
            home = home_in(request, code)
            url = home.url if home is not None else f"/{code}/"
            links.append(LanguageLink(code, _language_name(code), url, fallback=True))
    return links


@register.simple_tag(takes_context=True)
def localized_page_url(context, page):
    """The URL of a page's translation in the active language, or of the page itself."""
    if page is None:
        return ""
    return page.localized.get_url(context.get("request"))
