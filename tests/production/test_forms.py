"""Forms for every visitor, through the page cache: a first-time visitor with no cookies loads a
form page someone else loaded before, sends it, and it is stored. A token that fails gets a page
in the site's design and the visitor's language."""

import re
import time

import pytest

from .client import fill, post_forms, wait_past_honeypot_interval

FORMS = [
    ("/en/contact/", "contact", "en"),
    ("/es/contacto/", "contacto", "es"),
    ("/en/email-list/", "email-list", "en"),
]


def submissions_of(database, slug, language):
    return [
        str(row[0])
        for row in database.execute(
            "SELECT s.form_data FROM wagtailforms_formsubmission s "
            "JOIN wagtailcore_page p ON p.id = s.page_id "
            "JOIN wagtailcore_locale l ON l.id = p.locale_id "
            "WHERE p.slug = %s AND l.language_code = %s",
            [slug, language],
        )
    ]


@pytest.mark.parametrize(("path", "slug", "language"), FORMS)
def test_a_first_time_visitor_sends_a_form_page_someone_loaded_before(
    new_visitor, database, fresh_rate_limit, path, slug, language
):
    for _ in range(4):  # earlier readers: each gunicorn worker has served the page
        assert new_visitor().get(path).status_code == 200
    visitor = new_visitor()
    action, form = visitor.open_form(path)
    wait_past_honeypot_interval()
    marker = f"First visit {time.time()}"
    answers = {
        name: marker
        for name, kind in form["kinds"].items()
        if kind in ("text", "textarea") and not name.startswith("whf_")
    }

    response = visitor.post(action, fill(form, answers))

    assert response.status_code == 200
    assert not post_forms(response.text), "the form came back instead of the thank-you page"
    assert any(marker in data for data in submissions_of(database, slug, language))


def test_two_first_time_visitors_never_share_a_token(new_visitor):
    first = new_visitor().get("/en/contact/")
    second = new_visitor().get("/en/contact/")
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

    assert "csrftoken" in second.cookies
    assert token.search(first.text).group(1) != token.search(second.text).group(1)
    assert "private" in second.headers["Cache-Control"]


@pytest.mark.parametrize(
    ("path", "words", "back"),
    [
        ("/en/contact/", "Please send the form again", "Back to the form"),
        ("/es/contacto/", "Por favor, envíe el formulario de nuevo", "Volver al formulario"),
    ],
)
def test_a_refused_token_gets_a_friendly_page_with_the_way_back(new_visitor, path, words, back):
    visitor = new_visitor()
    _action, form = visitor.open_form(path)
    visitor.session.cookies.clear()  # as if the browser had dropped the site's cookie

    response = visitor.post(path, fill(form, {}))

    assert response.status_code == 403
    assert words in response.text
    assert re.search(rf'href="[^"]*{re.escape(path)}"[^>]*>{back}<', response.text)
