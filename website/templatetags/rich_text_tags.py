"""Page text as readers get it: words kept in another language carry their own lang."""

from django import template
from django.utils.html import conditional_escape

from website.language_marks import mark_languages as _mark_languages

register = template.Library()


@register.filter
def mark_languages(text):
    """After |richtext ({{ page.body|richtext|mark_languages }}), or on plain text."""
    return _mark_languages(conditional_escape(text))
