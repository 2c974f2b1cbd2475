"""Every footer links to the pages that show how the site works, in the reader's language."""

import re

import pytest
from wagtail.models import Site

from website.models import SiteSettings

pytestmark = pytest.mark.django_db

FOOTER_NAV = re.compile(r'<nav aria-labelledby="footer-trust">(.*?)</nav>', re.S)


def footer_links(client, url):
    html = client.get(url).content.decode()
    found = FOOTER_NAV.search(html)
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', found.group(1)) if found else []


def test_no_trust_pages_chosen_means_no_empty_list(client, site_pages):
    assert footer_links(client, "/en/") == []


def test_footer_links_the_page_in_the_readers_language(client, about, about_es):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.privacy_page = about
    settings.save()

    assert footer_links(client, "/en/") == [(about.url, "What is eCPR?")]
    assert footer_links(client, "/es/") == [(about_es.url, "¿Qué es eCPR?")]
    assert footer_links(client, about_es.url) == [(about_es.url, "¿Qué es eCPR?")]
