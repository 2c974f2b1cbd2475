"""The WSGI application sends a kept page before Django makes a request of it, and only while
this process's content version is fresh; everything else reaches Django as before."""

import io
import sys

import pytest
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler

from tests.factories import StandardPageFactory
from website.models import ContentVersion
from website.page_cache import StoredPagesFirst

# Outside a test transaction: inside one, the content version is read afresh every time.
pytestmark = pytest.mark.django_db(transaction=True)


class DjangoCounted:
    """Django's WSGI application, counting the requests that reach it."""

    def __init__(self):
        self.django = WSGIHandler()
        self.requests = 0

    def __call__(self, environ, start_response):
        self.requests += 1
        return self.django(environ, start_response)


@pytest.fixture
def django_app(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.CONTENT_VERSION_SECONDS = 60
    cache.clear()
    yield DjangoCounted()
    cache.clear()


def send(application, path, method="GET", query="", **headers):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "http",
        **headers,
    }
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"], answer["headers"] = status, dict(response_headers)

    body = application(environ, start_response)
    answer["body"] = b"".join(body)
    if hasattr(body, "close"):
        body.close()
    return answer


def test_a_kept_page_is_sent_without_reaching_django(site_pages, django_app):
    application = StoredPagesFirst(django_app)

    first = send(application, "/en/")
    again = send(application, "/en/")
    head = send(application, "/en/", method="HEAD")

    assert django_app.requests == 1
    assert first["status"] == again["status"] == head["status"] == "200 OK"
    assert again["body"] == first["body"]
    assert again["headers"] == first["headers"]
    assert again["headers"]["Content-Security-Policy"]
    assert head["body"] == b""
    assert head["headers"]["Content-Length"] == str(len(first["body"]))


def test_the_kept_not_found_page_and_listing_filters_are_sent_the_same_way(site_pages, django_app):
    application = StoredPagesFirst(django_app)

    missing = [send(application, "/en/no-such-page/") for _ in range(2)]
    filtered = [
        send(application, "/en/", query=q) for q in ("year=2020&page=1", "page=1&year=2020")
    ]

    assert django_app.requests == 2
    assert [answer["status"] for answer in missing] == ["404 Not Found"] * 2
    assert filtered[0]["body"] == filtered[1]["body"]


@pytest.mark.parametrize(
    "request_options",
    [
        {"HTTP_COOKIE": "sessionid=abc"},
        {"query": "utm_source=mail"},
        {"method": "POST"},
    ],
    ids=["a cookie", "another query string", "a form sent"],
)
def test_a_request_with_anything_personal_always_reaches_django(
    site_pages, django_app, request_options
):
    application = StoredPagesFirst(django_app)
    send(application, "/en/")

    for _ in range(2):
        send(application, "/en/", **request_options)

    assert django_app.requests == 3


def test_a_publication_in_this_process_reaches_the_next_reader(site_pages, django_app):
    home, _home_es = site_pages
    application = StoredPagesFirst(django_app)
    send(application, "/en/")

    StandardPageFactory(parent=home, title="Listening with care", show_in_menus=True)

    assert b"Listening with care" in send(application, "/en/")["body"]
    assert django_app.requests == 2


def test_another_process_s_change_is_read_once_the_remembered_version_is_old(
    site_pages, django_app, settings
):
    application = StoredPagesFirst(django_app)
    send(application, "/en/")
    send(application, "/en/")
    # What the scheduler or another app server does: it shares only the database.
    ContentVersion.objects.update(number=ContentVersion.current() + 1)
    settings.CONTENT_VERSION_SECONDS = 0

    send(application, "/en/")

    assert django_app.requests == 2
