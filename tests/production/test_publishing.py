"""Publication reaches anonymous readers at once, through the page cache, in every configuration
the production settings accept: with Redis, and with several workers and no Redis at all.

Each change is made in a separate process (as the scheduler or another app server would), and
every request after it returns must show it: both gunicorn workers, and every page it touches."""

import itertools

import pytest

from .client import Visitor
from .figures import record
from .publishing import change_and_watch, summary, warm

counter = itertools.count(1)
LATENCIES = {}


def all_show(visitors, paths, text, times=6):
    return all(text in visitors().get(path).text for path in paths for _ in range(times))


def none_show(visitors, paths, text, times=6):
    return not any(text in visitors().get(path).text for path in paths for _ in range(times))


@pytest.fixture(scope="module")
def no_redis_server(tier):
    return tier.start_gunicorn("gunicorn-no-redis", REDIS_URL=None)


@pytest.fixture(params=["with Redis", "without Redis"])
def site(request, tier):
    """How a reader reaches the site: through nginx, or a second gunicorn with no REDIS_URL."""
    if request.param == "with Redis":
        return request.param, tier.nginx.url, {}
    server = request.getfixturevalue("no_redis_server")
    # As nginx would say: the reader came over HTTPS.
    return request.param, f"http://127.0.0.1:{server.port}", {"X-Forwarded-Proto": "https"}


def readers_of(url, headers):
    def reader():
        visitor = Visitor(url)
        visitor.session.headers.update(headers)
        return visitor

    return reader


@pytest.fixture
def everywhere(site):
    """Readers of each configuration in turn: the invalidation itself is tested in both."""
    _name, url, headers = site
    return readers_of(url, headers)


@pytest.fixture
def readers(base_url):
    """Readers through nginx, with Redis: the rest of each kind of change."""
    return readers_of(base_url, {})


@pytest.fixture
def measured(site):
    def keep(latency):
        LATENCIES.setdefault(site[0], []).append(latency)
        record(f"publish to visible, {site[0]}", summary(LATENCIES[site[0]]))

    return keep


def test_a_new_title_is_shown_at_once(tier, everywhere, measured):
    readers = everywhere
    paths = ["/en/about/what-is-ecpr/", "/en/about/"]
    for _ in range(3):  # a few publications, to measure how soon readers see each
        title = f"What is eCPR? (revised {next(counter)})"
        warm(readers, paths)

        latency = change_and_watch(
            tier,
            f"""
page = Page.objects.get(slug="what-is-ecpr", locale__language_code="en").specific
page.title = {title!r}
page.save_revision().publish()
""",
            readers,
            "/en/about/what-is-ecpr/",
            lambda response, title=title: title in response.text,
        )

        assert latency is not None
        assert all_show(readers, paths, title)
        measured(latency)


def test_unpublishing_and_publishing_again_show_at_once(tier, readers):
    path = "/en/about/what-is-emotional-crisis/"
    warm(readers, [path, "/en/"])

    tier.shell(
        'Page.objects.get(slug="what-is-emotional-crisis", locale__language_code="en").unpublish()'
    )
    assert all(readers().get(path).status_code == 404 for _ in range(6))

    tier.shell(
        'Page.objects.get(slug="what-is-emotional-crisis", locale__language_code="en")'
        ".specific.get_latest_revision().publish()"
    )
    assert all(readers().get(path).status_code == 200 for _ in range(6))


def test_a_moved_then_deleted_page_shows_at_once(tier, readers):
    slug = f"tier-page-{next(counter)}"
    tier.shell(
        f"""
from home.models import StandardPage
home = Page.objects.get(slug="what-is-ecpr", locale__language_code="en").get_parent()
page = home.add_child(instance=StandardPage(title="Tier page", slug={slug!r}))
page.save_revision().publish()
"""
    )
    old, new = f"/en/about/{slug}/", f"/en/about/what-is-ecpr/{slug}/"
    warm(readers, [old])

    tier.shell(
        f"""
target = Page.objects.get(slug="what-is-ecpr", locale__language_code="en")
Page.objects.get(slug={slug!r}).move(target, pos="last-child")
"""
    )
    # Wagtail leaves a permanent redirect at the old address.
    moved = [readers().get(old, allow_redirects=False) for _ in range(6)]
    assert all(answer.headers.get("Location", "").endswith(new) for answer in moved)
    assert all(readers().get(new).status_code == 200 for _ in range(6))

    tier.shell(f"Page.objects.get(slug={slug!r}).delete()")
    assert all(readers().get(new).status_code == 404 for _ in range(6))


def test_a_settings_change_shows_at_once(tier, readers):
    phone = f"877-246-{9000 + next(counter)}"
    warm(readers, ["/en/", "/es/"])

    tier.shell(
        f"""
from website.models import SiteSettings
settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
settings.phone = {phone!r}
settings.save()
"""
    )

    assert all_show(readers, ["/en/", "/es/"], phone)


def test_the_footer_text_shows_at_once(tier, everywhere):
    readers = everywhere
    words = f"A program of the National Empowerment Center ({next(counter)})."
    warm(readers, ["/en/"])

    tier.shell(
        f"""
from website.models import FooterText
footer = FooterText.objects.filter(locale__language_code="en").first()
if footer is None:
    from wagtail.models import Locale
    footer = FooterText(locale=Locale.objects.get(language_code="en"))
footer.text = {words!r}
footer.save()
"""
    )

    assert all_show(readers, ["/en/"], words)


# Each snippet, and how to find a live page that shows it.
REFERENCED = """
pages = [
    source for source, _refs in ReferenceIndex.get_references_to(snippet).group_by_source_object()
    if isinstance(source, Page) and source.live
]
path = pages[0].url if pages else ""
"""
SNIPPETS = {
    "person": (
        "from website.models import Person as Snippet",
        "Snippet.objects.filter(name__startswith='Daniel B. Fisher')",
        REFERENCED,
    ),
    "outlet": (
        "from news.models import Outlet as Snippet",
        "Snippet.objects.filter(locale__language_code='en')",
        REFERENCED,
    ),
    "topic": (
        "from website.models import Topic as Snippet",
        "Snippet.objects.filter(locale__language_code='en')",
        # The newsroom offers every topic its items use as a filter.
        """
from news.models import NewsIndexPage
newsroom = NewsIndexPage.objects.get(locale__language_code="en")
used = newsroom.filter_choices(newsroom.items())["topic"]
snippet = Snippet.objects.filter(slug__in=used, locale__language_code="en").first()
path = newsroom.url
""",
    ),
}


@pytest.mark.parametrize("kind", SNIPPETS)
def test_a_snippet_shown_in_pages_shows_at_once(tier, readers, kind):
    load, find, locate = SNIPPETS[kind]
    found = tier.shell(
        f"""
from wagtail.models import ReferenceIndex
{load}
snippet = {find}.first()
{locate}
print(snippet.pk)
print(path)
print(snippet.name)
"""
    ).splitlines()
    pk, path, old_name = found[-3:]
    assert path, f"no live page shows this {kind}"
    warm(readers, [path])
    assert old_name in readers().get(path).text
    new_name = f"{old_name} {next(counter)}"

    tier.shell(
        f"""
{load}
snippet = Snippet.objects.get(pk={pk})
snippet.name = {new_name!r}
if hasattr(snippet, "save_revision"):
    snippet.save_revision().publish()
else:
    snippet.save()
"""
    )

    assert all_show(readers, [path], new_name)
