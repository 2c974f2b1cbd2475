"""Varnish in front of gunicorn, with deploy/varnish/ecpr.vcl: publications reach readers through
it at once, because the site purges it; it keeps anonymous pages to itself, never staff's or the
admin's; and it keeps serving them while gunicorn is down.

Requests go to Varnish directly, with the header nginx would add in front of it."""

import http.client
import itertools
import time

import pytest

from .client import Visitor
from .figures import record
from .harness import Varnish
from .publishing import change_and_watch, warm

counter = itertools.count(1)
PAGE = "/en/about/what-is-ecpr/"


@pytest.fixture(scope="module")
def varnish(tier):
    """Varnish, with Debian's default lifetime (120 s), in front of a gunicorn whose environment
    names it in FRONTEND_CACHE_PURGE_URLS, as every process's environment does when deployed."""
    server = Varnish(tier.root, "varnish", app_port=None)
    server.app_port = tier.start_gunicorn(
        "gunicorn-purged-varnish", FRONTEND_CACHE_PURGE_URLS=server.url
    ).port
    server.start()
    yield server
    server.stop()


def readers_of(url):
    def reader():
        visitor = Visitor(url)
        visitor.session.headers["X-Forwarded-Proto"] = "https"
        return visitor

    return reader


def from_cache(response):
    # Varnish names the request, then, on a hit, the request that fetched the copy.
    return len(response.headers["X-Varnish"].split()) == 2


def publish_title(title):
    return f"""
page = Page.objects.get(slug="what-is-ecpr", locale__language_code="en").specific
page.title = {title!r}
page.save_revision().publish()
"""


def test_a_publication_shows_through_varnish_within_a_second(tier, varnish):
    readers = readers_of(varnish.url)
    warm(readers, [PAGE])
    assert from_cache(readers().get(PAGE))

    # Without a purge, Varnish keeps the page it has.
    unseen = f"What is eCPR? (unpurged {next(counter)})"
    tier.shell(publish_title(unseen))
    assert not any(unseen in readers().get(PAGE).text for _ in range(6))

    # The site purges it when it is told where Varnish is.
    title = f"What is eCPR? (purged {next(counter)})"
    purging = tier.production_env(FRONTEND_CACHE_PURGE_URLS=varnish.url)
    latency = change_and_watch(
        tier,
        publish_title(title),
        readers,
        PAGE,
        lambda response: title in response.text,
        env=purging,
    )

    assert latency is not None and latency < 1
    record("publish to visible, through Varnish", f"{latency:.2f} s")
    # Other pages that name it are fresh too: the purge drops every page.
    assert title in readers().get("/en/about/").text


def test_only_anonymous_pages_are_kept(varnish):
    readers = readers_of(varnish.url)
    warm(readers, ["/en/"])
    assert from_cache(readers().get("/en/"))

    staff = readers()
    staff.session.cookies.set("sessionid", "anything")
    assert not any(from_cache(staff.get("/en/")) for _ in range(3))
    assert not any(from_cache(readers().get("/admin/login/")) for _ in range(3))


def purge_from(address, port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, source_address=(address, 0))
    connection.request("PURGE", path)
    status = connection.getresponse().status
    connection.close()
    return status


def test_only_allowed_addresses_may_purge(varnish):
    readers = readers_of(varnish.url)
    warm(readers, ["/en/"])

    # Any other address than the loopback's own, here another loopback address.
    assert purge_from("127.0.0.2", varnish.port, "/en/") == 405
    assert from_cache(readers().get("/en/"))

    assert purge_from("127.0.0.1", varnish.port, "/en/") == 200
    assert not from_cache(readers().get("/en/"))


def test_anonymous_pages_are_served_while_gunicorn_is_stopped(tier):
    server = tier.start_gunicorn("gunicorn-behind-varnish")
    # Pages stay fresh for 1 s only, so that every one served below is past its lifetime.
    varnish = Varnish(tier.root, "varnish-grace", server.port, ttl=1)
    varnish.start()
    try:
        readers = readers_of(varnish.url)
        paths = ["/en/", "/es/", "/en/news/", PAGE]
        pages = {path: readers().get(path) for path in paths}
        assert all(page.status_code == 200 for page in pages.values()), [
            (page.status_code, page.text[:300]) for page in pages.values()
        ]

        server.stop()
        # Long enough for the health probe to mark gunicorn down and for every copy to be
        # further past its lifetime than the 10 s allowed while gunicorn seems up.
        stopped = time.monotonic()
        while time.monotonic() - stopped < 15:
            for path, page in pages.items():
                answer = readers().get(path)
                assert answer.status_code == 200, path
                assert answer.content == page.content
            time.sleep(0.5)
        assert int(readers().get("/en/").headers["Age"]) > 15

        # A page Varnish never kept is an error: nothing else answered above.
        assert readers().get("/en/about/").status_code == 503
    finally:
        varnish.stop()
