from django import template
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.translation import get_language

from website.structured_data import ld_json_script, organization_data, web_page_data

register = template.Library()


@register.simple_tag(takes_context=True)
def page_json_ld(context, page):
    """The page's JSON-LD scripts: the web page and its trail, the page's own item when it
    describes itself with structured_data(), and the organisation on a home page."""
    if not getattr(page, "pk", None):
        return ""
    request = context["request"]
    site_settings = context["settings"]["website"]["SiteSettings"]
    # The page is served in its own language, so the active language is the page's.
    language = get_language()
    items = [web_page_data(page, request, site_settings.program_name_in(language), language)]
    own = page.structured_data(request)
    if own is not None:
        items.append(own)
    if page.depth == 2:
        logo = request.build_absolute_uri(static("img/apple-touch-icon.png"))
        items.append(organization_data(site_settings, items[0]["url"], logo))
    return format_html_join("\n", "{}", ((ld_json_script(item),) for item in items))
