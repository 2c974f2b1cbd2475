"""Ids for parts a page may show more than once, so that each stays unique on the page."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def unique_id(context, prefix):
    """prefix the first time a page asks for it, then prefix-2, prefix-3…

    Counted on the request, which every template and block of one page shares; without one
    (a block rendered on its own) the prefix alone.
    """
    request = context.get("request")
    if request is None:
        return prefix
    counts = request.__dict__.setdefault("_element_ids", {})
    counts[prefix] = counts.get(prefix, 0) + 1
    return prefix if counts[prefix] == 1 else f"{prefix}-{counts[prefix]}"
