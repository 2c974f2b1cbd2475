"""A cached page costs no database query: each process reads the content version at most every
CONTENT_VERSION_SECONDS, sees its own changes at once, and another process's within that time.

These tests commit for real (transactional_db): inside a transaction the version is always read
from the database, so the ordinary test transaction would hide what a served request does."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import StandardPageFactory
from website.models import ContentVersion


@pytest.fixture
def cached_page(transactional_db, home, settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.CONTENT_VERSION_SECONDS = 3600
    cache.clear()
    page = StandardPageFactory(parent=home, title="Before")
    yield page
    cache.clear()


def fetch(url):
    with CaptureQueriesContext(connection) as queries:
        html = Client().get(url).content.decode()
    return html, len(queries)


def test_a_cached_page_is_answered_without_a_query(cached_page):
    fetch(cached_page.url)
    html, queries = fetch(cached_page.url)
    assert "Before" in html and queries == 0


def test_a_change_made_by_this_process_is_seen_at_once(cached_page):
    fetch(cached_page.url)
    cached_page.title = "After"
    cached_page.save_revision().publish()
    html, _queries = fetch(cached_page.url)
    assert "After" in html


def another_process_publishes(page, title):
    """The page's new title and the version moved on, written as another process would: with
    nothing this process remembers forgotten."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE wagtailcore_page SET title = %s WHERE id = %s", [title, page.pk])
    ContentVersion.objects.update(number=ContentVersion.current() + 1)


def test_another_processs_change_is_seen_once_the_read_is_older_than_the_setting(
    cached_page, settings
):
    fetch(cached_page.url)
    another_process_publishes(cached_page, "Elsewhere")
    # Within CONTENT_VERSION_SECONDS the stored page is still answered...
    assert "Before" in fetch(cached_page.url)[0]
    # ...and once the last read is older than that, the new version is read and the page
    # made afresh.
    settings.CONTENT_VERSION_SECONDS = 0
    html, queries = fetch(cached_page.url)
    assert "Elsewhere" in html and queries > 0
