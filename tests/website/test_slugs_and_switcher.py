"""Spanish slugs, the redirects a changed slug leaves, and the switcher and hreflang on pages
below the home page, translated and not."""

import re

import pytest
from wagtail.contrib.redirects.models import Redirect

from tests.helpers import add_page, approve, edit_string, publish
from translations.translating import translation_for

pytestmark = pytest.mark.django_db


def head_links(html):
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)


def test_a_spanish_page_lives_at_its_spanish_slug(client, about, about_es):
    assert about_es.slug == "que-es-ecpr"
    response = client.get("/es/que-es-ecpr/")

    assert response.status_code == 200
    assert "<h1>¿Qué es eCPR?</h1>" in response.text
    assert client.get("/es/what-is-ecpr/").status_code == 404


def test_the_switcher_and_hreflang_on_a_translated_page(client, about, about_es):
    english = client.get("/en/what-is-ecpr/").text
    spanish = client.get("/es/que-es-ecpr/").text

    assert '<a href="/es/que-es-ecpr/" hreflang="es" lang="es">Español</a>' in english
    assert '<a href="/en/what-is-ecpr/" hreflang="en" lang="en">English</a>' in spanish
    expected = [
        ("en", "http://testserver/en/what-is-ecpr/"),
        ("es", "http://testserver/es/que-es-ecpr/"),
        ("x-default", "http://testserver/en/what-is-ecpr/"),
    ]
    assert head_links(english) == expected
    assert head_links(spanish) == expected


@pytest.mark.parametrize("spanish_draft", [False, True])
def test_the_switcher_and_hreflang_on_an_untranslated_page(
    client, home, home_es, translate_page, spanish_draft
):
    youth = add_page(home, "Youth eCPR", "youth-ecpr", "For young adults.")
    if spanish_draft:
        translate_page(youth, {"youth-ecpr": "ecpr-jovenes"}, publish=False)

    html = client.get("/en/youth-ecpr/").text

    assert '<a href="/es/" hreflang="es" lang="es" aria-describedby=' in html
    assert "Esta página aún no está disponible en español" in html
    assert head_links(html) == [("en", "http://testserver/en/youth-ecpr/")]
    if spanish_draft:
        assert client.get("/es/ecpr-jovenes/").status_code == 404


def test_changing_an_english_slug_leaves_a_redirect(
    client, about, about_es, django_capture_on_commit_callbacks
):
    child = add_page(about, "Youth eCPR", "youth-ecpr")

    with django_capture_on_commit_callbacks(execute=True):
        publish(about, slug="about-ecpr")

    response = client.get("/en/what-is-ecpr/")
    assert response.status_code == 301
    assert response["Location"] == "/en/about-ecpr/"
    assert client.get("/en/what-is-ecpr/youth-ecpr/")["Location"] == "/en/about-ecpr/youth-ecpr/"
    # The Spanish page keeps its own slug and address.
    assert client.get("/es/que-es-ecpr/").status_code == 200
    child.refresh_from_db()
    assert child.get_url() == "/en/about-ecpr/youth-ecpr/"


def test_changing_a_spanish_slug_leaves_a_redirect(
    admin_client,
    client,
    admin_user,
    about,
    about_es,
    spanish_review,
    django_capture_on_commit_callbacks,
):
    translation = translation_for(about_es)
    edit_string(admin_client, translation, "what-is-ecpr", "acerca-de-ecpr")
    admin_client.post(
        f"/admin/editorial/translations/{translation.pk}/review/", {"action": "submit"}
    )
    assert client.get("/es/que-es-ecpr/").status_code == 200  # not live until approved

    with django_capture_on_commit_callbacks(execute=True):
        approve(about_es, admin_user)

    response = client.get("/es/que-es-ecpr/")
    assert response.status_code == 301
    assert response["Location"] == "/es/acerca-de-ecpr/"
    assert client.get("/es/acerca-de-ecpr/").status_code == 200
    assert Redirect.objects.filter(old_path="/es/que-es-ecpr", automatically_created=True).exists()
    # The English page and its address are untouched.
    assert client.get("/en/what-is-ecpr/").status_code == 200
