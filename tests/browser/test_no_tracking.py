"""No public page asks another site for anything: every page type of the demo site, in both
languages, with a video from another site in its body, plus search and the 404 page.

A video or audio clip kept elsewhere loads only when the reader chooses to play it.
"""

from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page

from home.models import StandardPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIDEO = "https://www.youtube.com/watch?v=ecpr-demo"
PLAYER = (
    '<iframe src="https://www.youtube.com/embed/ecpr-demo" title="eCPR in five minutes"></iframe>'
)


@pytest.fixture
def video_pages(demo_site):
    """'What is eCPR?' in both languages with a YouTube video in its body.

    The embed is stored as Wagtail stores a fetched one, so the page renders with no network.
    """
    Embed.objects.create(
        url=VIDEO, hash=get_embed_hash(VIDEO), type="video", html=PLAYER, provider_name="YouTube"
    )
    pages = []
    for slug in ("what-is-ecpr", "que-es-ecpr"):
        page = StandardPage.objects.get(slug=slug)
        page.body.append(("embed", VIDEO))
        page.save_revision().publish()
        pages.append(page)
    cache.clear()
    return pages


def foreign_requests(page, origin):
    """Start recording (and refusing) every request the page makes to another origin."""
    seen = []

    def handle(route):
        url = route.request.url
        if urlsplit(url).scheme in ("http", "https") and not url.startswith(origin):
            seen.append(url)
            route.abort()
        else:
            route.continue_()

    page.route("**/*", handle)
    return seen


def public_urls():
    pages = Page.objects.live().public().filter(depth__gt=1).order_by("path").specific()
    urls = [url for url in (p.get_url() for p in pages) if url]
    return [*urls, "/en/search/?q=crisis", "/es/buscar/?q=crisis", "/en/no-such-page/"]


def test_no_page_requests_another_origin_and_videos_load_only_on_click(
    page, live_server, video_pages
):
    # One test, so that the demo is loaded once for both walks.
    seen = foreign_requests(page, live_server.url)
    every_page_stays_on_the_site(page, seen)
    videos_load_only_on_click(page, seen)


def every_page_stays_on_the_site(page, seen):
    urls = public_urls()
    assert {url[:4] for url in urls} == {"/en/", "/es/"}
    for url in urls:
        page.goto(url)
    assert seen == []


# Each language's page, the name of its note's site, and the label of its Play button.
PLAYERS = [
    ("what-is-ecpr", "youtube.com", "Play it here"),
    ("que-es-ecpr", "youtube.com", "Reproducir aquí"),
]


def videos_load_only_on_click(page, seen):
    """A video from elsewhere loads only once the reader presses Play, in each language."""
    for slug, host, play in PLAYERS:
        seen.clear()
        page.goto(StandardPage.objects.get(slug=slug).get_url())

        embed = page.locator("[data-embed]")
        assert host in embed.inner_text()
        assert embed.get_by_role("link").get_attribute("href") == VIDEO
        assert page.locator("iframe").count() == 0
        assert seen == []

        embed.get_by_role("button", name=play).click()
        embed.locator("iframe").wait_for(state="attached")
        page.wait_for_load_state()
        assert embed.locator("iframe").evaluate("el => el === document.activeElement")
        assert any(url.startswith("https://www.youtube.com/embed/") for url in seen)
