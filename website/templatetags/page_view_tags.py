from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html

from website.page_views import counting_enabled

register = template.Library()


@register.simple_tag(takes_context=True)
def page_view_beacon(context):
    """The counting script for a live page; nothing in a preview or when counting is off."""
    page = context.get("page")
    request = context.get("request")
    if not counting_enabled() or getattr(request, "is_preview", False):
        return ""
    if page is None or not getattr(page, "pk", None) or not getattr(page, "live", False):
        return ""
    return format_html(
        '<script src="{}" defer data-count-url="{}"></script>',
        static("js/count.js"),
        reverse("count_view", args=[page.pk]),
    )
