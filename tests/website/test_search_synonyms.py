"""Spanish and English readers find the site's pages in their own words: staff list readers'
words beside the word the site uses, and search looks for either."""

import pytest

from home.models import StandardPage
from website.models import SearchSynonym

pytestmark = pytest.mark.django_db


@pytest.fixture
def training_page(site_pages, translate_page):
    home, _ = site_pages
    page = StandardPage(
        title="Trainings",
        slug="trainings",
        intro="Book a certification training for your team.",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    page_es = translate_page(
        page,
        {
            "Trainings": "Formaciones",
            "trainings": "formaciones",
            "Book a certification training for your team.": (
                "Organice una formación de certificación para su equipo."
            ),
        },
    )
    return page, page_es


def titles(client, path, query):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return [result.page.title for result in response.context.get("results", [])]


@pytest.mark.parametrize("query", ["capacitación", "Capacitacion", "entrenamiento para equipo"])
def test_capacitacion_finds_the_spanish_training_page(client, training_page, query):
    assert titles(client, "/es/buscar/", query) == ["Formaciones"]


def test_english_readers_words_too(client, training_page):
    assert titles(client, "/en/search/", "course") == ["Trainings"]


def test_every_word_still_has_to_match(client, training_page):
    assert titles(client, "/es/buscar/", "capacitación jirafa") == []


def test_without_the_synonym_the_readers_word_finds_nothing(client, training_page):
    SearchSynonym.objects.filter(language="es").delete()

    assert titles(client, "/es/buscar/", "capacitación") == []


def test_staff_add_their_own(client, training_page, admin_client):
    response = admin_client.post(
        "/admin/snippets/website/searchsynonym/add/",
        {"language": "es", "readers_words": "adiestramiento", "site_words": "formación"},
    )
    assert response.status_code == 302

    assert titles(client, "/es/buscar/", "adiestramiento") == ["Formaciones"]


def test_synonyms_stay_in_their_language(client, training_page):
    # "curso" is a Spanish reader's word; on the English site it means nothing special.
    assert titles(client, "/en/search/", "curso") == []
