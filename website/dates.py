"""Dates that are known to the day, the month or only the year, shown in the reader's language."""

from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day, month and year")
    MONTH = "month", _("Month and year only")
    YEAR = "year", _("Year only")
    NONE = "none", _("No date (undated)")


FORMAT_FOR_PRECISION = {
    DatePrecision.DAY: "DATE_FORMAT",
    DatePrecision.MONTH: "YEAR_MONTH_FORMAT",
    DatePrecision.YEAR: "Y",
}


def format_date(value, precision=DatePrecision.DAY):
    """The date as precisely as it is known, in the active language; "" when there is none."""
    if value is None or precision == DatePrecision.NONE:
        return ""
    return formats.date_format(value, FORMAT_FOR_PRECISION[precision])


def iso_date(value, precision=DatePrecision.DAY):
    """The date for machines (JSON-LD, citation tags): 2022-06, 2012 or 2023-03-28."""
    if value is None or precision == DatePrecision.NONE:
        return ""
    return {"day": value.isoformat(), "month": value.strftime("%Y-%m"), "year": str(value.year)}[
        precision
    ]
