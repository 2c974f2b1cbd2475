"""Dates, times and numbers on the public pages follow the page's language."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from tests.factories import NewsIndexPageFactory, NewsPageFactory, WebinarPageFactory

pytestmark = pytest.mark.django_db

EASTERN = ZoneInfo("America/New_York")


@pytest.fixture
def newsroom_pages(home, home_es, translate_page):
    newsroom = NewsIndexPageFactory(parent=home)
    translate_page(newsroom, {"News & media": "Noticias y medios", "news": "noticias"})
    start = datetime.datetime(2023, 3, 28, 14, 0, tzinfo=EASTERN)
    webinar = WebinarPageFactory(
        parent=newsroom,
        title="Youth eCPR",
        slug="youth-ecpr",
        start_time=start,
        end_time=start + datetime.timedelta(hours=1, minutes=30),
    )
    translate_page(webinar, {"Youth eCPR": "eCPR para jóvenes", "youth-ecpr": "ecpr-jovenes"})
    news = NewsPageFactory(
        parent=newsroom,
        title="CARF cites eCPR",
        slug="carf",
        display_date=datetime.date(2021, 4, 1),
    )
    translate_page(news, {"CARF cites eCPR": "CARF cita eCPR", "carf": "carf-es"})


def times(html):
    return re.findall(r"<time[^>]*>([^<]*)</time>", html)


def test_a_webinars_date_and_time_in_each_language(client, newsroom_pages):
    english = times(client.get("/en/news/youth-ecpr/").text)
    spanish = times(client.get("/es/noticias/ecpr-jovenes/").text)

    assert "March 28, 2023, 2 p.m." in english
    assert "3:30 p.m." in english
    assert "28 de marzo de 2023 a las 14:00" in spanish
    assert "15:30" in spanish


def test_a_news_items_date_in_each_language(client, newsroom_pages):
    assert "April 1, 2021" in times(client.get("/en/news/carf/").text)
    assert "1 de abril de 2021" in times(client.get("/es/noticias/carf-es/").text)
