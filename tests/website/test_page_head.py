"""What every page's <head> tells browsers and search engines: the site's name in the page's
language, a description, and icons that are really there."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

from website.models import SiteSettings

pytestmark = pytest.mark.django_db


def head(client, url):
    response = client.get(url, follow=True)
    assert response.status_code in (200, 404)
    return BeautifulSoup(response.text, "html.parser").head


def test_spanish_titles_end_with_the_spanish_name(client, site_pages):
    assert head(client, "/es/").title.string.endswith("| RCP Emocional (eCPR)")
    assert head(client, "/en/").title.string.endswith("| Emotional CPR (eCPR)")
    og = head(client, "/es/").find("meta", property="og:site_name")
    assert og["content"] == "RCP Emocional (eCPR)"


def test_staff_rename_the_spanish_site(client, site_pages):
    site_settings = SiteSettings.for_site(site_pages[0].get_site())
    site_settings.program_name_es = "RCP Emocional del NEC"
    site_settings.save()

    assert head(client, "/es/").title.string.endswith("| RCP Emocional del NEC")


def test_every_page_type_has_a_description(client, one_of_each_type):
    for name, page in one_of_each_type.items():
        description = head(client, page.url).find("meta", attrs={"name": "description"})
        assert description is not None and description["content"].strip(), name
        assert len(description["content"]) <= 160, name


def test_the_description_is_what_staff_wrote_for_search_else_the_intro(client, site_pages):
    home, _ = site_pages
    description = head(client, home.url).find("meta", attrs={"name": "description"})
    assert description["content"] == "Help through a crisis."

    home.search_description = "Learn to help a person through an emotional crisis."
    home.save_revision().publish()
    description = head(client, home.url).find("meta", attrs={"name": "description"})
    assert description["content"] == "Learn to help a person through an emotional crisis."


def test_search_and_missing_pages_have_a_description_in_their_language(client, site_pages):
    for url, word in (("/en/search/", "emotional crisis"), ("/es/no-existe/", "crisis emocional")):
        description = head(client, url).find("meta", attrs={"name": "description"})
        assert word in description["content"], url


def static_file(url):
    """The file behind a static URL, as the static files server finds it."""
    assert url.startswith(settings.STATIC_URL), url
    found = finders.find(url.removeprefix(settings.STATIC_URL))
    assert found, f"{url} is not among the static files"
    return Path(found)


def test_icons_are_linked_and_there(client, site_pages):
    page_head = head(client, "/en/")
    icons = page_head.find_all("link", rel="icon")
    assert {link.get("type") for link in icons} >= {"image/svg+xml"}
    for link in [*icons, *page_head.find_all("link", rel="apple-touch-icon")]:
        static_file(link["href"])


def test_the_conventional_favicon_address_leads_to_an_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert static_file(response["Location"]).read_bytes()[:4] == b"\x00\x00\x01\x00"
