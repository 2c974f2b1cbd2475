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


def date_parts(value, precision=DatePrecision.DAY):
    """The known parts of the date, zero-padded: ("2023", "03", "28"), ("2022", "06") or
    ("2012",); () when there is no date. Machine formats (ISO, citation tags, RIS) join these."""
    if value is None or precision == DatePrecision.NONE:
        return ()
    parts = (f"{value.year:04d}", f"{value.month:02d}", f"{value.day:02d}")
    return parts[: {DatePrecision.DAY: 3, DatePrecision.MONTH: 2, DatePrecision.YEAR: 1}[precision]]


def iso_date(value, precision=DatePrecision.DAY):
    """The date for machines (JSON-LD): 2022-06, 2012 or 2023-03-28."""
    return "-".join(date_parts(value, precision))


def slashed_date(value, precision=DatePrecision.DAY):
    """The date as citation tags and RIS write it: 2022/06, 2012 or 2023/03/28."""
    return "/".join(date_parts(value, precision))
