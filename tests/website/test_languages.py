import re

import pytest

pytestmark = pytest.mark.django_db


def test_home_page_renders_in_each_language_with_its_lang(client, site_pages):
    english = client.get("/en/")
    spanish = client.get("/es/")

    assert english.status_code == 200
    assert spanish.status_code == 200
    assert '<html lang="en" dir="ltr">' in english.text
    assert '<html lang="es" dir="ltr">' in spanish.text
    assert "<h1>Emotional CPR</h1>" in english.text
    assert "<h1>RCP Emocional</h1>" in spanish.text
    assert "Saltar al contenido principal" in spanish.text


def test_switcher_and_hreflang_point_at_the_translation(client, site_pages):
    english = client.get("/en/").text
    spanish = client.get("/es/").text

    assert '<a href="/es/" hreflang="es" lang="es">Español</a>' in english
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in spanish
    for html in (english, spanish):
        assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
        assert '<link rel="alternate" hreflang="es" href="http://testserver/es/">' in html
        assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/">' in html


def test_untranslated_page_switches_to_spanish_home_and_says_so(client, home, spanish):
    html = client.get("/en/").text

    assert '<a href="/es/" hreflang="es" lang="es" aria-describedby=' in html
    assert "Esta página aún no está disponible en español" in html
    assert 'hreflang="es"' not in "".join(re.findall(r"<link [^>]*>", html))


def test_skip_link_is_the_first_focusable_element_and_targets_main(client, site_pages):
    html = client.get("/en/").text
    body = html[html.index("<body") :]
    first_link = re.search(r"<a [^>]*>", body).group(0)

    assert 'class="skip-link" href="#main-content"' in first_link
    assert '<main id="main-content"' in html


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [("es-MX,es;q=0.9,en;q=0.5", "/es/"), ("en-US,en;q=0.9", "/en/"), ("fr", "/en/"), ("", "/en/")],
)
def test_root_redirects_by_accept_language(client, site_pages, accept_language, target):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/en/no-such-page/", "We could not find that page"),
        ("/es/no-existe/", "No encontramos esa página"),
    ],
)
def test_unknown_page_is_a_404_in_the_right_language(client, site_pages, path, text):
    response = client.get(path)

    assert response.status_code == 404
    assert text in response.text


def test_unknown_language_prefix_ends_in_a_404_page(client, site_pages):
    response = client.get("/fr/", follow=True)

    assert response.status_code == 404
    assert "We could not find that page" in response.text


def test_malformed_paths_and_query_strings_are_never_a_500(client, site_pages):
    for path in ("/en/?page=%ff%fe", "/es/%00/", "/en/" + "a" * 3000 + "/", "/xx-YY/"):
        response = client.get(path, follow=True)
        assert response.status_code in (200, 404), path


@pytest.mark.parametrize("path", ["/admin/no-such-screen/", "/documents/999/missing.pdf"])
def test_missing_addresses_outside_the_language_prefixes_are_plain_404s(admin_client, path):
    response = admin_client.get(path)

    assert response.status_code == 404


def test_footer_text_follows_the_language_and_falls_back_to_english(client, site_pages, spanish):
    from website.localize import translate
    from website.models import FooterText

    english_text = FooterText.objects.create(text="A program of the NEC.")
    assert "A program of the NEC." in client.get("/es/").text

    translate(english_text, spanish, {"A program of the NEC.": "Un programa del NEC."})

    assert "Un programa del NEC." in client.get("/es/").text
    assert "A program of the NEC." in client.get("/en/").text
