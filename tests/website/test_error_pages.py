"""Error pages: an unreachable database is a 503 in both languages; a refused form token is a
page in the site's design with the way back to the form."""

import re

import pytest
from django.db import OperationalError
from django.test import Client, RequestFactory
from django.utils import translation

from home.models import FormPage
from website.views import server_error

pytestmark = pytest.mark.django_db


def error_page_for(path, exception):
    request = RequestFactory().get(path)
    try:
        raise exception
    except Exception:
        # Django calls the 500 handler while it handles the exception; so does this.
        return server_error(request)


@pytest.mark.parametrize(
    ("path", "first", "second"),
    [("/en/news/", "Back in a moment", "Volvemos enseguida"), ("/es/", "Volvemos", "Back in")],
)
def test_an_unreachable_database_is_a_503_in_both_languages(path, first, second):
    response = error_page_for(path, OperationalError("connection refused"))
    html = response.content.decode()

    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert first in html and second in html
    assert html.index(first) < html.index(second)


def test_any_other_fault_is_a_500_that_claims_nothing_untrue():
    translation.activate("en")
    response = error_page_for("/en/", ValueError("a bug"))

    assert response.status_code == 500
    assert "have been told" not in response.content.decode()


@pytest.fixture
def form_page(site_pages):
    home, _home_es = site_pages
    form = FormPage(
        title="Contact us",
        slug="contact",
        to_address="team@example.org",
        thank_you_text="<p>Thanks</p>",
    )
    home.add_child(instance=form)
    form.save_revision().publish()
    return form


@pytest.mark.parametrize(
    ("prefix", "heading"),
    [("/en/", "Please send the form again"), ("/es/", "Por favor, envíe el formulario de nuevo")],
)
def test_a_refused_form_token_gets_a_friendly_page_back_to_the_form(form_page, prefix, heading):
    browser = Client(enforce_csrf_checks=True)
    url = form_page.url.replace("/en/", prefix)
    response = browser.post(url, {"name": "Rosa"}, HTTP_REFERER=f"http://testserver{url}")
    html = response.content.decode()

    assert response.status_code == 403
    assert heading in html
    assert re.search(rf'href="http://testserver{re.escape(url)}"', html)
    assert "<header" in html
