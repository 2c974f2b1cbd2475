"""Words a Spanish page keeps in English carry lang="en", from the glossary's untranslated terms,
so that screen readers pronounce them in English."""

import pytest
from django.core.cache import cache
from django.test import Client

from tests.helpers import add_page
from translations.models import GlossaryTerm
from website.language_marks import mark_languages

pytestmark = pytest.mark.django_db

BODY = (
    "<p>Taught by the National Empowerment Center, eCPR has three steps. "
    '<a href="https://example.org/ecpr">Read about eCPR</a>.</p>'
)
BODY_ES = (
    "Impartido por el National Empowerment Center, eCPR tiene tres pasos. "
    '<a id="a1">Lea sobre eCPR</a>.'
)


@pytest.fixture
def kept_terms(db):
    GlossaryTerm.objects.create(english="eCPR", do_not_translate=True)
    GlossaryTerm.objects.create(english="National Empowerment Center", do_not_translate=True)
    # A term that is translated is Spanish in Spanish text: it is not marked.
    GlossaryTerm.objects.create(english="peer support", spanish="apoyo entre pares")


@pytest.fixture
def course_pages(home, home_es, translate_page, kept_terms):
    english = add_page(home, "The course", "course", "What eCPR teaches.")
    english.body = [("paragraph", BODY)]
    english.save_revision().publish()
    spanish = translate_page(
        english,
        {
            "The course": "El curso",
            "course": "curso",
            "What eCPR teaches.": "Lo que enseña eCPR.",
            BODY.removeprefix("<p>")
            .removesuffix("</p>")
            .replace('href="https://example.org/ecpr"', 'id="a1"'): BODY_ES,
        },
    )
    return english, spanish


def test_a_spanish_pages_english_terms_carry_lang_en(client, course_pages):
    html = client.get(course_pages[1].url).content.decode()
    assert 'por el <span lang="en">National Empowerment Center</span>, ' in html
    assert '<span lang="en">eCPR</span> tiene tres pasos' in html
    # In the intro (plain text) and inside a link's words, but never inside a tag's attributes.
    assert 'Lo que enseña <span lang="en">eCPR</span>.' in html
    assert '<a href="https://example.org/ecpr">Lea sobre <span lang="en">eCPR</span></a>' in html


def test_the_english_page_is_left_as_it_is(client, course_pages):
    html = client.get(course_pages[0].url).content.decode()
    assert "Taught by the National Empowerment Center, eCPR has three steps." in html
    assert '<span lang="en">' not in html


def test_a_term_added_to_the_glossary_is_marked_at_once_through_the_page_cache(
    settings, course_pages
):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    reader = Client()
    url = course_pages[1].url
    assert '<span lang="en">tres pasos</span>' not in reader.get(url).content.decode()
    GlossaryTerm.objects.create(english="tres pasos", do_not_translate=True)
    assert '<span lang="en">tres pasos</span>' in reader.get(url).content.decode()
    cache.clear()


def test_only_whole_words_are_marked_and_html_is_kept_safe():
    GlossaryTerm.objects.create(english="eCPR", do_not_translate=True)
    marked = 'eCPRs y <b><span lang="en">eCPR</span></b>'
    assert mark_languages("eCPRs y <b>eCPR</b>", "es") == marked
    assert mark_languages('<img alt="eCPR" src="x.png">', "es") == '<img alt="eCPR" src="x.png">'
    assert mark_languages("eCPR", "en") == "eCPR"
