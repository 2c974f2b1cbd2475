from django import template

from website.structured_data import ld_json_script

register = template.Library()


@register.simple_tag(takes_context=True)
def page_json_ld(context, page):
    """The page's JSON-LD script, for pages that describe themselves with structured_data()."""
    data = page.structured_data(context["request"])
    return "" if data is None else ld_json_script(data)
