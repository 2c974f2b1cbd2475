"""Each page type's database queries, pinned: a change that adds queries fails here and has to
say why. Counted on a second request, once per-process caches are warm, as readers get it."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    MediaAppearancePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PersonFactory,
    ResearchIndexPageFactory,
    ResearchSummaryPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    StandardPageFactory,
    TopicFactory,
    WebinarPageFactory,
    make_document,
)

pytestmark = pytest.mark.django_db

PINNED = {
    "home": 23,
    "standard": 16,
    "newsroom": 23,
    "news": 24,
    "webinar": 21,
    "media": 25,
    "research_index": 17,
    "research_summary": 21,
    "resource_index": 16,
    "resource": 17,
}


def queries_to_render(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def one_of_each(home):
    people = [("person", {"person": PersonFactory(), "role": "Presenter"}) for _ in range(2)]
    attachments = [("document", {"document": make_document(pages=3), "title": ""})]
    newsroom = NewsIndexPageFactory(parent=home)
    research = ResearchIndexPageFactory(parent=home)
    resources = ResourceIndexPageFactory(parent=home)
    about = StandardPageFactory(parent=home, title="About")
    StandardPageFactory(parent=about)
    news = NewsPageFactory(parent=newsroom, people=people, attachments=attachments)
    news.topics.add(TopicFactory())
    news.save_revision().publish()
    return {
        "home": home,
        "standard": about,
        "newsroom": newsroom,
        "news": news,
        "webinar": WebinarPageFactory(parent=newsroom, people=people, slides=make_document()),
        "media": MediaAppearancePageFactory(
            parent=newsroom, people=people, attachment=make_document()
        ),
        "research_index": research,
        "research_summary": ResearchSummaryPageFactory(
            parent=research,
            people=people,
            summary_document=make_document(),
            publication_date=datetime.date(2022, 6, 1),
        ),
        "resource_index": resources,
        "resource": ResourcePageFactory(parent=resources, downloads=attachments),
    }


def test_each_page_type_stays_within_its_pinned_queries(client, one_of_each):
    counts = {name: queries_to_render(client, page.url) for name, page in one_of_each.items()}

    over = {name: count for name, count in counts.items() if count > PINNED[name]}
    assert over == {}, f"more queries than pinned: {over} (all: {counts})"
