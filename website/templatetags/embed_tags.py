from urllib.parse import urlsplit

from django import template

register = template.Library()


@register.filter
def source_host(url):
    """The site a link points to, as a reader would name it: "youtube.com"."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
