"""Each page type's database queries, pinned: a change that adds queries fails here and has to
say why. Counted on a second request, once per-process caches are warm, as readers get it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

PINNED = {
    "home": 27,  # the media cards show their outlet, in the reader's language
    "standard": 19,
    "newsroom": 26,
    "news": 27,
    "webinar": 24,
    "media": 28,
    "research_index": 20,
    "research_summary": 24,
    "resource_index": 19,
    "resource": 20,
}


def queries_to_render(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_each_page_type_stays_within_its_pinned_queries(client, one_of_each_type):
    counts = {name: queries_to_render(client, page.url) for name, page in one_of_each_type.items()}

    over = {name: count for name, count in counts.items() if count > PINNED[name]}
    assert over == {}, f"more queries than pinned: {over} (all: {counts})"
