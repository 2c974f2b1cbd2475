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


@pytest.fixture(params=["with Redis", "without Redis"], scope="module")
def site(request, tier):
    """How a reader reaches the site: through nginx, or a second gunicorn with no REDIS_URL."""
    if request.param == "with Redis":
        return request.param, tier.nginx.url, {}
    server = tier.start_gunicorn("gunicorn-no-redis", REDIS_URL=None)
    # As nginx would say: the reader came over HTTPS.
    return request.param, f"http://127.0.0.1:{server.port}", {"X-Forwarded-Proto": "https"}


@pytest.fixture
def readers(site):
    _name, url, headers = site

    def reader():
        visitor = Visitor(url)
        visitor.session.headers.update(headers)
        return visitor

    return reader


@pytest.fixture
def measured(site):
    def keep(latency):
        LATENCIES.setdefault(site[0], []).append(latency)
        record(f"publish to visible, {site[0]}", summary(LATENCIES[site[0]]))

    return keep


def test_a_new_title_is_shown_at_once(tier, readers, measured):
    title = f"What is eCPR? (revised {next(counter)})"
    paths = ["/en/what-is-ecpr/", "/en/"]
    warm(readers, paths)

    latency = change_and_watch(
        tier,
        f"""
page = Page.objects.get(slug="what-is-ecpr", locale__language_code="en").specific
page.title = {title!r}
page.save_revision().publish()
""",
        readers,
        "/en/what-is-ecpr/",
        lambda response: title in response.text,
    )

    assert latency is not None
    assert all_show(readers, paths, title)
    measured(latency)


def test_unpublishing_and_publishing_again_show_at_once(tier, readers):
    path = "/en/what-is-emotional-crisis/"
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
    old, new = f"/en/{slug}/", f"/en/what-is-ecpr/{slug}/"
    warm(readers, [old])

    tier.shell(
        f"""
target = Page.objects.get(slug="what-is-ecpr", locale__language_code="en")
Page.objects.get(slug={slug!r}).move(target, pos="last-child")
"""
    )
    assert all(readers().get(old).status_code == 404 for _ in range(6))
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


def test_the_footer_text_shows_at_once(tier, readers):
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


@pytest.mark.parametrize(
    ("model", "field", "find"),
    [
        ("website.models.Person", "name", "Person.objects.filter(name='Daniel B. Fisher')"),
        ("website.models.Topic", "name", "Topic.objects.filter(locale__language_code='en')"),
        ("news.models.Outlet", "name", "Outlet.objects.filter(locale__language_code='en')"),
    ],
)
def test_a_snippet_shown_in_pages_shows_at_once(tier, readers, database, model, field, find):
    module, name = model.rsplit(".", 1)
    where = tier.shell(
        f"""
from {module} import {name}
from django.contrib.contenttypes.models import ContentType
snippet = {find}.first()
from wagtail.models import ReferenceIndex
pages = [
    ref.content_object
    for ref in ReferenceIndex.get_references_to(snippet)
    if isinstance(ref.content_object, Page) and ref.content_object.live
]
print(pages[0].url if pages else "")
print(getattr(snippet, {field!r}))
"""
    ).splitlines()
    path, old_value = where[-2], where[-1]
    assert path, f"no live page shows this {name}"
    warm(readers, [path])
    assert old_value in readers().get(path).text
    new_value = f"{old_value} {next(counter)}"

    tier.shell(
        f"""
from {module} import {name}
snippet = {find}.first()
snippet.{field} = {new_value!r}
if hasattr(snippet, "save_revision"):
    snippet.save_revision().publish()
else:
    snippet.save()
"""
    )

    assert all_show(readers, [path], new_value)
