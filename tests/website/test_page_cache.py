"""The anonymous page cache: served without touching the database, and never stale after a
change is published."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import FormPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_a_repeated_anonymous_request_needs_no_query(client, site_pages):
    first, first_queries = queries_for(client, "/en/")
    again, again_queries = queries_for(client, "/en/")

    assert first_queries > 0
    assert again_queries == 0
    assert again.content == first.content


def test_publishing_shows_at_once_everywhere(client, home, site_pages):
    client.get("/en/")
    page = StandardPageFactory(parent=home, title="About eCPR", show_in_menus=True)

    assert "About eCPR" in client.get("/en/").text

    page.title = "About Emotional CPR"
    page.save_revision().publish()
    assert "About Emotional CPR" in client.get("/en/").text

    page.unpublish()
    assert "About Emotional CPR" not in client.get("/en/").text


def test_staff_and_query_strings_are_never_served_from_the_cache(client, admin_client, site_pages):
    client.get("/en/")

    _response, staff_queries = queries_for(admin_client, "/en/")
    _response, query_string_queries = queries_for(client, "/en/?utm_source=mail")

    assert staff_queries > 0
    assert query_string_queries > 0


def test_pages_with_forms_are_not_cached(client, home):
    form = FormPage(
        title="Contact us",
        slug="contact",
        to_address="team@example.org",
        thank_you_text="<p>Thanks</p>",
    )
    home.add_child(instance=form)
    form.save_revision().publish()

    client.get(form.url)
    response, queries = queries_for(client, form.url)

    assert response.status_code == 200
    assert queries > 0


def test_a_settings_change_shows_at_once(client, site_pages):
    from wagtail.models import Site

    from website.models import SiteSettings

    client.get("/en/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.phone = "877-246-9058"
    site_settings.save()

    assert "877-246-9058" in client.get("/en/").text
