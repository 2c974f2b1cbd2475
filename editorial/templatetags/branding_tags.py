from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def program_name():
    """The program's name, as the admin's title, sign-in page and dashboard show it."""
    return settings.WAGTAIL_SITE_NAME
