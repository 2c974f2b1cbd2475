from django import template

from website import dates

register = template.Library()


@register.simple_tag
def display_date(value, precision="day"):
    """{% display_date page.date page.date_precision %}: as precise as the date is known."""
    return dates.format_date(value, precision)


@register.filter
def iso_date(value, precision="day"):
    """{{ page.date|iso_date:page.date_precision }}: the date for <time datetime>, no more precise
    than it is known (2022-06 for a month, not 2022-06-01)."""
    return dates.iso_date(value, precision)
