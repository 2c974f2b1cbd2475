from django import template

from website.dates import format_date

register = template.Library()


@register.simple_tag
def display_date(value, precision="day"):
    """{% display_date page.date page.date_precision %}: as precise as the date is known."""
    return format_date(value, precision)
