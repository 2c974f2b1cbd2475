"""What every page type says about itself without anyone guessing: its schema.org type and its
opening words, which the page's <head>, its structured data and search results all read."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import FieldDoesNotExist
from wagtail.models import get_page_models

from website.models import BasePage

pytestmark = pytest.mark.django_db


def page_types():
    return [model for model in get_page_models() if issubclass(model, BasePage)]


def test_every_page_type_with_an_introduction_names_it():
    for model in page_types():
        try:
            model._meta.get_field("intro")
        except FieldDoesNotExist:
            continue
        assert model.intro_field == "intro", model.__name__


def test_the_opening_words_each_page_type_names_are_a_field_of_it():
    for model in page_types():
        if model.intro_field is not None:
            model._meta.get_field(model.intro_field)
        assert model.schema_type in {"WebPage", "CollectionPage"}, model.__name__


def test_opening_words_are_plain_text_on_one_line(one_of_each_type):
    texts = {name: page.specific.intro_text() for name, page in one_of_each_type.items()}

    assert texts["standard"] == "A short introduction."
    # Rich text loses its markup; a page type without an introduction has none.
    assert texts["research_summary"] == "What the study found, plainly."
    assert texts["news"] == ""


def test_a_study_without_a_summary_for_lists_is_described_by_its_plain_language_summary(
    client, one_of_each_type
):
    study = one_of_each_type["research_summary"]
    assert not study.listing_summary and not study.search_description

    head = BeautifulSoup(client.get(study.url).text, "html.parser").head
    results = client.get("/en/search/", {"q": "Study"}).content.decode()

    assert head.find("meta", attrs={"name": "description"})["content"] == (
        "What the study found, plainly."
    )
    assert "What the study found, plainly." in results
