"""Every listing links to its RSS and Atom feeds, named in the reader's language; the shared
listing page writes those links, so a new listing has them without repeating them."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def feed_links(client, page):
    html = BeautifulSoup(client.get(page.url).text, "html.parser")
    return {a.get_text(strip=True): a["href"] for a in html.select(".feed-links a")}


def test_each_listing_links_to_its_feeds_by_name(client, one_of_each_type):
    newsroom, research = one_of_each_type["newsroom"], one_of_each_type["research_index"]

    assert feed_links(client, newsroom) == {
        "Newsroom feed (RSS)": f"{newsroom.url}feed/rss/",
        "Newsroom feed (Atom)": f"{newsroom.url}feed/atom/",
        "Upcoming webinars calendar (.ics)": f"{newsroom.url}webinars/calendar/",
    }
    assert feed_links(client, research) == {
        "Research feed (RSS)": f"{research.url}feed/rss/",
        "Research feed (Atom)": f"{research.url}feed/atom/",
    }


def test_spanish_listings_name_their_feeds_in_spanish(client, one_of_each_type, translate_page):
    translate_page(one_of_each_type["home"])
    newsroom = translate_page(one_of_each_type["newsroom"])
    research = translate_page(one_of_each_type["research_index"])

    assert set(feed_links(client, newsroom)) == {
        "Canal de la sala de prensa (RSS)",
        "Canal de la sala de prensa (Atom)",
        "Calendario de próximos seminarios web (.ics)",
    }
    assert set(feed_links(client, research)) == {
        "Canal de investigación (RSS)",
        "Canal de investigación (Atom)",
    }


def test_the_feed_links_are_written_once_for_every_listing():
    listings = [
        ROOT / "news/templates/news/news_index_page.html",
        ROOT / "research/templates/research/research_index_page.html",
    ]
    for template in listings:
        text = template.read_text(encoding="utf-8")
        assert "rss_feed" not in text and "atom_feed" not in text, template.name
