"""Cookie-free counts of page views: per page (so per language) and per day, nothing else.

The page carries a small same-origin script (static/js/count.js) that posts to `count_view`
once the page has loaded, so a page served from the page cache or an HTTP cache is still counted
and its response never waits on a database write. The script sends nothing when the browser
asks not to be tracked (Do Not Track, Global Privacy Control), and the endpoint ignores requests
that carry either header. The count is one UPDATE; a page's first view of the day inserts its row.
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.http import HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.core import is_ratelimited
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy

from website.models import PageViewCount

REPORT_PERMISSIONS = ["change", "publish"]
DAYS = 30
# Views of one page that one address may add in a minute; beyond that a script is counting,
# not a reader. The address is only a key in the cache, for that minute.
VIEWS_PER_ADDRESS = "5/m"
CHART_HEIGHT = 120


def counting_enabled():
    return getattr(settings, "COUNT_PAGE_VIEWS", True)


def too_many_from(request, page_id):
    return is_ratelimited(
        request, group=f"page-views:{page_id}", key="ip", rate=VIEWS_PER_ADDRESS, increment=True
    )


def asks_not_to_be_tracked(request):
    return request.headers.get("DNT") == "1" or request.headers.get("Sec-GPC") == "1"


def add_view(page_id, day):
    if PageViewCount.objects.filter(page_id=page_id, day=day).update(views=F("views") + 1):
        return
    # The day's first view: only a live page gets a row (the database may check its foreign
    # keys only at commit).
    if not Page.objects.filter(pk=page_id, live=True).exists():
        return
    try:
        with transaction.atomic():
            PageViewCount.objects.create(page_id=page_id, day=day, views=1)
    except IntegrityError:
        # Another request made today's row first: count on that row.
        PageViewCount.objects.filter(page_id=page_id, day=day).update(views=F("views") + 1)


@csrf_exempt
def count_view(request, page_id):
    """The beacon's endpoint: no cookie read or set, nothing stored about the request."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if (
        counting_enabled()
        and not asks_not_to_be_tracked(request)
        and not too_many_from(request, page_id)
    ):
        add_view(page_id, timezone.localdate())
    response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response


def daily_totals(days, locales):
    """{language code: [views on each day]} over the days given."""
    rows = (
        PageViewCount.objects.filter(day__gte=days[0])
        .values("day", "page__locale__language_code")
        .annotate(total=Sum("views"))
    )
    by_language = defaultdict(dict)
    for row in rows:
        by_language[row["page__locale__language_code"]][row["day"]] = row["total"]
    return {
        locale.language_code: [by_language[locale.language_code].get(day, 0) for day in days]
        for locale in locales
    }


def chart(days, totals):
    """Bars for an inline SVG: one group a day, one bar a language, scaled to the busiest day."""
    highest = max((n for series in totals.values() for n in series), default=0) or 1
    languages = list(totals)
    width = 1 + len(languages)
    bars = []
    for index, day in enumerate(days):
        for offset, code in enumerate(languages):
            views = totals[code][index]
            height = round(CHART_HEIGHT * views / highest)
            bars.append(
                {
                    "x": index * width + offset,
                    "y": CHART_HEIGHT - height,
                    "height": height,
                    "language": code,
                    "day": day,
                    "views": views,
                }
            )
    return {"bars": bars, "width": len(days) * width, "height": CHART_HEIGHT, "highest": highest}


def page_views_report(request):
    if not page_permission_policy.user_has_any_permission(request.user, REPORT_PERMISSIONS):
        raise PermissionDenied
    today = timezone.localdate()
    days = [today - datetime.timedelta(days=n) for n in range(DAYS - 1, -1, -1)]
    locales = list(Locale.objects.order_by("language_code"))
    totals = daily_totals(days, locales)
    top = (
        PageViewCount.objects.filter(day__gte=days[0])
        .values("page")
        .annotate(total=Sum("views"))
        .order_by("-total")[:25]
    )
    pages = Page.objects.select_related("locale").in_bulk([row["page"] for row in top])
    context = {
        "days": days,
        "chart": chart(days, totals),
        "totals": {code: sum(series) for code, series in totals.items()},
        "locales": locales,
        "top": [(pages[row["page"]], row["total"]) for row in top if row["page"] in pages],
        "counting": counting_enabled(),
    }
    return TemplateResponse(request, "website/page_views_report.html", context)
