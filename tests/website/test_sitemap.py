"""sitemap.xml lists every live page in both languages with its hreflang alternates;
robots.txt points at it."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from website.models import ContentVersion

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def add_page(parent, title, slug, *, publish=True):
    page = StandardPage(title=title, slug=slug, intro=f"{title}.", live=False)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def fetch_xml(client, url):
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def section_files(client):
    """The addresses of the files /sitemap.xml, a sitemap index, lists."""
    index = fetch_xml(client, "/sitemap.xml")
    return [entry.findtext("sm:loc", namespaces=NS) for entry in index.findall("sm:sitemap", NS)]


def sitemap(client):
    """{location: {hreflang: href}} from every file the sitemap index lists."""
    urls = {}
    for file in section_files(client):
        for url in fetch_xml(client, file).findall("sm:url", NS):
            urls[url.findtext("sm:loc", namespaces=NS)] = {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NS)
                if link.get("rel") == "alternate"
            }
    return urls


@pytest.fixture
def pages(site_pages, translate_page):
    home, home_es = site_pages
    about = add_page(home, "What is eCPR?", "what-is-ecpr")
    translate_page(about, {"What is eCPR?": "¿Qué es eCPR?", "what-is-ecpr": "que-es-ecpr"})
    add_page(home, "Youth eCPR", "youth-ecpr")
    draft_only = add_page(home, "Resources", "resources")
    translate_page(draft_only, publish=False)
    add_page(home, "Not yet published", "not-yet", publish=False)
    private = add_page(home, "Staff only", "staff-only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return home, home_es


def test_every_live_page_in_both_languages_with_its_translations(client, pages):
    urls = sitemap(client)

    both = {
        "en": "http://testserver/en/what-is-ecpr/",
        "es": "http://testserver/es/que-es-ecpr/",
        "x-default": "http://testserver/en/what-is-ecpr/",
    }
    homes = {
        "en": "http://testserver/en/",
        "es": "http://testserver/es/",
        "x-default": "http://testserver/en/",
    }
    assert urls == {
        "http://testserver/en/": homes,
        "http://testserver/es/": homes,
        "http://testserver/en/what-is-ecpr/": both,
        "http://testserver/es/que-es-ecpr/": both,
        # Live in English only: the Spanish draft is not an alternate, and has no x-default.
        "http://testserver/en/youth-ecpr/": {"en": "http://testserver/en/youth-ecpr/"},
        "http://testserver/en/resources/": {"en": "http://testserver/en/resources/"},
    }


def test_the_alternates_match_the_pages_own_hreflang_links(client, pages):
    for location, alternates in sitemap(client).items():
        html = client.get(location.removeprefix("http://testserver")).text
        for code, href in alternates.items():
            assert f'<link rel="alternate" hreflang="{code}" href="{href}">' in html


def test_last_modified_dates_are_given(client, pages):
    for file in section_files(client):
        root = fetch_xml(client, file)
        dates = [url.findtext("sm:lastmod", namespaces=NS) for url in root.findall("sm:url", NS)]
        assert dates and all(dates)


def test_each_language_and_section_has_its_own_file_of_at_most_1000_addresses(
    client, pages, monkeypatch
):
    from website import sitemap as sitemap_module

    home, _home_es = pages
    newsroom = add_page(home, "News", "news")
    for number in range(3):
        add_page(newsroom, f"Item {number}", f"item-{number}")
    monkeypatch.setattr(sitemap_module.LocalizedSitemap, "limit", 2)

    files = section_files(client)

    assert "http://testserver/sitemap-en-news.xml" in files
    assert "http://testserver/sitemap-en-news.xml?p=2" in files
    assert "http://testserver/sitemap-es.xml" in files
    news_urls = [
        url.findtext("sm:loc", namespaces=NS)
        for file in files
        if "en-news" in file
        for url in fetch_xml(client, file).findall("sm:url", NS)
    ]
    assert len(news_urls) == 4
    assert sitemap_module.URLS_PER_FILE == 1000


def test_a_sitemap_file_is_built_once_per_content_version(client, pages):
    (file, *_rest) = section_files(client)
    fetch_xml(client, file)

    with CaptureQueriesContext(connection) as captured:
        fetch_xml(client, file)

    assert len(captured) == 1  # the content version


def test_the_number_of_queries_does_not_grow_with_the_pages(client, pages, translate_page):
    home, _home_es = pages

    def queries():
        ContentVersion.move_on()  # built afresh, not answered from the cache
        with CaptureQueriesContext(connection) as captured:
            for file in section_files(client):
                fetch_xml(client, file)
        return len(captured)

    queries()  # the first request also fills the site root paths cache
    few = queries()
    for number in range(5):
        page = add_page(home, f"Page {number}", f"page-{number}")
        translate_page(page, {f"Page {number}": f"Página {number}"})

    assert queries() == few
    assert len(sitemap(client)) == 6 + 10


def test_an_empty_site_has_an_empty_sitemap(client, home):
    home.unpublish()

    assert sitemap(client) == {}


def test_robots_txt_points_at_the_sitemap(client, site_pages):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text.splitlines()
    assert "Disallow: /admin/" in response.text.splitlines()


def test_the_footer_links_to_the_sitemap(client, site_pages):
    assert 'href="/sitemap.xml"' in client.get("/es/").text
