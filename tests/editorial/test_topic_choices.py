"""Topics in the page editor: checkboxes, the page's language only, each topic once."""

import re

import pytest
from django.urls import reverse

from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db


def topic_checkboxes(html):
    return re.findall(r'<input type="checkbox" name="topics" value="(\d+)"', html)


def topic_labels(html):
    return [
        label.strip()
        for label in re.findall(r'<input type="checkbox" name="topics"[^>]*>([^<]+)</label>', html)
    ]


def test_an_english_news_item_offers_english_topics_as_checkboxes(
    login, staff, news_item, english, spanish
):
    covid = TopicFactory(name="COVID-19", slug="covid-19", locale=english)
    covid_es = covid.copy_for_translation(spanish)
    covid_es.save()
    youth = TopicFactory(name="Youth", slug="youth", locale=english)

    html = (
        login(staff["editor"])
        .get(reverse("wagtailadmin_pages:edit", args=[news_item.id]))
        .content.decode()
    )

    assert sorted(topic_checkboxes(html)) == sorted([str(covid.pk), str(youth.pk)])
    assert topic_labels(html) == ["COVID-19", "Youth"]


def test_a_topic_the_page_already_has_stays_offered(login, staff, news_item, english, spanish):
    spanish_topic = TopicFactory(name="Jóvenes", slug="jovenes", locale=spanish)
    news_item.topics.add(spanish_topic)
    news_item.save_revision().publish()

    html = (
        login(staff["editor"])
        .get(reverse("wagtailadmin_pages:edit", args=[news_item.id]))
        .content.decode()
    )

    assert str(spanish_topic.pk) in topic_checkboxes(html)
