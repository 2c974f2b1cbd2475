"""The anonymous page cache: served with one query (the content version), never stale after a
change is published, and never serving one visitor's token to another."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect

from home.models import FormPage
from tests.factories import (
    NewsIndexPageFactory,
    PersonFactory,
    StandardPageFactory,
    TopicFactory,
    WebinarPageFactory,
)
from website.models import ContentVersion, FooterText

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


def test_a_repeated_anonymous_request_needs_only_the_content_version(client, site_pages):
    first, first_queries = queries_for(client, "/en/")
    again, again_queries = queries_for(client, "/en/")

    assert first_queries > 1
    assert again_queries == 1
    assert again.content == first.content


def test_a_change_made_by_another_process_shows_at_once(client, site_pages):
    client.get("/en/")
    # What the scheduler, or another app server, does: it shares only the database.
    ContentVersion.objects.update(number=ContentVersion.current() + 1)

    _response, queries = queries_for(client, "/en/")

    assert queries > 1


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


@pytest.fixture
def form_page(home):
    form = FormPage(
        title="Contact us",
        slug="contact",
        to_address="team@example.org",
        thank_you_text="<p>Thanks</p>",
    )
    home.add_child(instance=form)
    form.save_revision().publish()
    return form


def csrf_field(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)


def test_each_first_time_visitor_gets_their_own_form_token(form_page):
    # Two visitors with no cookies at all, one after the other.
    first = Client().get(form_page.url)
    second = Client().get(form_page.url)

    assert "csrftoken" in second.cookies
    assert second.cookies["csrftoken"].value != first.cookies["csrftoken"].value
    assert csrf_field(second) != csrf_field(first)


def test_a_page_with_a_form_is_private_to_its_visitor(form_page):
    response = Client().get(form_page.url)

    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_a_page_without_a_form_may_be_shared(client, site_pages):
    response = client.get("/en/")

    assert "private" not in response.get("Cache-Control", "")


def test_a_settings_change_shows_at_once(client, site_pages):
    from wagtail.models import Site

    from website.models import SiteSettings

    client.get("/en/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.phone = "877-246-9058"
    site_settings.save()

    assert "877-246-9058" in client.get("/en/").text


def test_the_footer_text_edited_shows_at_once(client, site_pages):
    home, _home_es = site_pages
    footer = FooterText.objects.create(text="A program of the NEC.", locale=home.locale)
    assert "A program of the NEC." in client.get("/en/").text

    footer.text = "A program of the National Empowerment Center."
    footer.save()

    assert "A program of the National Empowerment Center." in client.get("/en/").text


@pytest.mark.parametrize("change", ["save", "delete"])
def test_people_and_topics_saved_or_deleted_move_the_version_on(site_pages, change):
    home, _home_es = site_pages
    for snippet in (PersonFactory(locale=home.locale), TopicFactory(locale=home.locale)):
        before = ContentVersion.current()
        getattr(snippet, change)()
        assert ContentVersion.current() > before


def test_a_webinar_page_offering_registration_is_kept_no_longer_than_until_it_starts(
    client, site_pages
):
    home, _home_es = site_pages
    newsroom = NewsIndexPageFactory(parent=home)
    soon = timezone.now() + datetime.timedelta(seconds=30)
    webinar = WebinarPageFactory(
        parent=newsroom,
        start_time=soon,
        end_time=soon + datetime.timedelta(hours=1),
        registration_url="https://example.org/register",
    )

    response = client.get(webinar.url)
    max_age = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))

    assert "Register" in response.text
    assert 0 < max_age <= 30


def test_a_webinar_page_under_way_is_kept_no_longer_than_until_it_ends(client, site_pages):
    home, _home_es = site_pages
    newsroom = NewsIndexPageFactory(parent=home)
    soon = timezone.now() + datetime.timedelta(seconds=30)
    webinar = WebinarPageFactory(
        parent=newsroom,
        start_time=soon - datetime.timedelta(hours=1),
        end_time=soon,
        registration_url="https://example.org/register",
    )

    response = client.get(webinar.url)
    max_age = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))

    assert "This webinar is under way." in response.text
    assert 0 < max_age <= 30


def test_the_home_page_is_kept_no_longer_than_its_next_webinar_lasts(client, site_pages):
    home, _home_es = site_pages
    newsroom = NewsIndexPageFactory(parent=home)
    soon = timezone.now() + datetime.timedelta(seconds=40)
    WebinarPageFactory(
        parent=newsroom, start_time=soon - datetime.timedelta(hours=1), end_time=soon
    )

    response = client.get("/en/")
    max_age = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))

    assert 0 < max_age <= 40


def test_a_cached_page_is_sent_before_any_session_or_csrf_middleware_runs(client, site_pages):
    first = client.get("/en/")

    again, queries = queries_for(client, "/en/")

    assert queries == 1
    assert again.status_code == 200
    assert again.content == first.content
    # The stored headers come back as they were: security headers included.
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert again["Content-Language"] == "en"
    assert not hasattr(again.wsgi_request, "session")
    assert not hasattr(again.wsgi_request, "user")


def test_the_404_page_is_cached(client, site_pages):
    first, _queries = queries_for(client, "/en/no-such-page/")

    again, queries = queries_for(client, "/en/no-such-page/")

    assert first.status_code == again.status_code == 404
    assert queries == 1
    assert again.content == first.content


def test_listing_query_strings_are_cached_whatever_their_order(client, site_pages):
    home, _home_es = site_pages
    newsroom = NewsIndexPageFactory(parent=home)
    client.get(f"{newsroom.url}?type=news&year=2020")

    again, queries = queries_for(client, f"{newsroom.url}?year=2020&type=news")
    other, other_queries = queries_for(client, f"{newsroom.url}?type=media")

    assert again.status_code == other.status_code == 200
    assert queries == 1
    assert other_queries > 1


@pytest.mark.parametrize("query", ["utm_source=mail", "type=news&type=media", "page=1&q=x"])
def test_other_query_strings_are_answered_fresh(client, site_pages, query):
    client.get(f"/en/?{query}")

    _response, queries = queries_for(client, f"/en/?{query}")

    assert queries > 1


def test_head_is_answered_from_the_cache_without_a_body(client, site_pages):
    page = client.get("/en/")

    with CaptureQueriesContext(connection) as queries:
        head = client.head("/en/")

    assert len(queries) == 1
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Length"] == page["Content-Length"]


def test_a_redirect_added_replaces_a_cached_not_found_page_at_once(client, site_pages):
    home = site_pages[0]
    assert client.get("/en/old-training-page/").status_code == 404
    assert client.get("/en/old-training-page/").status_code == 404  # now from the cache

    redirect = Redirect.add_redirect("/en/old-training-page/", home, is_permanent=True)
    assert client.get("/en/old-training-page/")["Location"] == home.url

    redirect.delete()
    assert client.get("/en/old-training-page/").status_code == 404


def test_a_host_the_site_does_not_allow_is_refused_and_never_given_a_kept_page(
    client, site_pages, settings
):
    settings.ALLOWED_HOSTS = ["testserver"]
    assert client.get("/en/").status_code == 200
    assert client.get("/en/").status_code == 200  # now kept

    answers = [client.get("/en/", HTTP_HOST="elsewhere.example").status_code for _ in range(2)]

    assert answers == [400, 400]
