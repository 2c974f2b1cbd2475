"""Every page describes itself to search engines: the page, where it sits, and on the home page
the organisation behind the site."""

import pytest

from tests.helpers import json_ld, json_ld_item

pytestmark = pytest.mark.django_db

LISTINGS = {"newsroom", "research_index", "resource_index"}


def test_every_page_type_is_a_web_page_with_its_trail(client, one_of_each_type):
    for name, page in one_of_each_type.items():
        html = client.get(page.url).text
        expected = "CollectionPage" if name in LISTINGS else "WebPage"

        data = json_ld_item(html, expected)

        assert data["url"] == f"http://testserver{page.url}", name
        assert data["inLanguage"] == "en"
        trail = data["breadcrumb"]["itemListElement"]
        assert trail[0]["item"] == "http://testserver/en/", name
        assert trail[-1]["item"] == data["url"], name
        assert [step["position"] for step in trail] == list(range(1, len(trail) + 1))


def test_the_home_page_names_the_organisation(client, one_of_each_type):
    home_items = json_ld(client.get("/en/").text)
    organization = json_ld_item(client.get("/en/").text, "Organization")

    assert organization["name"] == "National Empowerment Center (NEC)"
    assert organization["logo"].startswith("http://testserver/static/")
    news = one_of_each_type["news"]
    assert "Organization" not in {item["@type"] for item in json_ld(client.get(news.url).text)}
    assert len(home_items) == 2


def test_spanish_pages_say_so(client, site_pages):
    data = json_ld_item(client.get("/es/").text, "WebPage")

    assert data["inLanguage"] == "es"
    assert data["isPartOf"]["name"] == "RCP Emocional (eCPR)"
