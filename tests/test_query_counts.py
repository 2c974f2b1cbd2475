"""Each page type's database queries, pinned: a change that adds queries fails here and has to
say why. Counted on a second request, once per-process caches are warm, as readers get it.

The page frame (crisis line, menu, footer), the site, the locales, the view restrictions, the
filter choices and the listing counts are kept per content version (website/shared_lookups.py),
so what is left is the content version, the page itself and what the page shows of others.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import NewsPageFactory
from tests.staff import make_staff

pytestmark = pytest.mark.django_db

# Anonymous readers, page cache off: never more than 8 for any page type, 5 for the 404; on the
# first request after a change (test_newsroom_listing.py counts that one for the newsroom).
PINNED = {
    "home": 2,  # its sections are kept per content version, and until a webinar ends
    "standard": 4,
    "newsroom": 3,  # its page of cards is kept per content version
    "news": 6,
    "webinar": 5,
    "media": 6,
    "research_index": 3,
    "research_summary": 5,
    "resource_index": 4,
    "resource": 4,
}
NOT_FOUND = 3
STAFF_LIMIT = 12


def queries_to_render(client, url, status=200):
    assert client.get(url).status_code == status
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == status
    return len(queries)


def test_each_page_type_stays_within_its_pinned_queries(client, one_of_each_type):
    counts = {name: queries_to_render(client, page.url) for name, page in one_of_each_type.items()}

    over = {name: count for name, count in counts.items() if count > PINNED[name]}
    assert over == {}, f"more queries than pinned: {over} (all: {counts})"


def test_the_404_page_stays_within_its_pinned_queries(client, home):
    assert queries_to_render(client, "/en/no-such-page/", status=404) <= NOT_FOUND


def test_the_newsroom_does_not_ask_more_with_more_items(client, one_of_each_type):
    newsroom = one_of_each_type["newsroom"]
    few = queries_to_render(client, newsroom.url)
    for _ in range(10):
        NewsPageFactory(parent=newsroom)

    assert queries_to_render(client, newsroom.url) == few


def test_signed_in_staff_pages_stay_within_the_limit(client, one_of_each_type):
    client.force_login(make_staff("editor"))
    counts = {name: queries_to_render(client, page.url) for name, page in one_of_each_type.items()}

    over = {name: count for name, count in counts.items() if count > STAFF_LIMIT}
    assert over == {}, f"more than {STAFF_LIMIT} queries for staff: {over} (all: {counts})"
