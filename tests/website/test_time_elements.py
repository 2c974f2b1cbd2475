"""A date known only to the month or the year is given to machines that way too: the
datetime of its <time> says 2022-06 or 2012, never a first day nobody chose."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def time_datetimes(html, selector):
    return [t["datetime"] for t in BeautifulSoup(html, "html.parser").select(f"{selector} time")]


@pytest.mark.parametrize(
    ("precision", "expected", "shown"),
    [("month", "2022-06", "June 2022"), ("year", "2022", "2022"), ("day", "2022-06-01", "June 1")],
)
def test_news_dates_say_only_what_is_known(client, newsroom, precision, expected, shown):
    item = NewsPageFactory(
        parent=newsroom,
        title="Spring gathering",
        display_date=datetime.date(2022, 6, 1),
        date_precision=precision,
    )

    card = client.get(newsroom.url).text
    header = client.get(item.url).text
    result = client.get("/en/search/", {"q": "gathering"}).text

    assert time_datetimes(card, ".card") == [expected]
    assert time_datetimes(header, ".item-header") == [expected]
    assert time_datetimes(result, ".search-result__meta") == [expected]
    assert shown in BeautifulSoup(card, "html.parser").select_one(".card time").get_text()
