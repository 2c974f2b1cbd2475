"""Shared fixtures: a site with English and Spanish home pages, built the way staff would, and
a real Chromium (Debian's package) driven by Playwright against the live test server."""

import datetime
import os
import shutil

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import translation
from wagtail.models import Collection, Locale, Page, Site

from editorial.roles import apply_roles
from home.models import HomePage
from tests.factories import (
    MediaAppearancePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PersonFactory,
    ResearchIndexPageFactory,
    ResearchSummaryPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    StandardPageFactory,
    TopicFactory,
    WebinarPageFactory,
    make_document,
)
from tests.helpers import ABOUT, add_page
from tests.staff import ROLES, make_staff
from website.localize import translate

# The production tier (tests/production/) starts its own PostgreSQL, Redis, gunicorn and nginx:
# only `make test-production` runs it, never `make test`.
collect_ignore = [] if os.environ.get("ECPR_PRODUCTION_TIER") else ["production"]


@pytest.fixture(autouse=True)
def _reset_language():
    # Requests activate a language in this thread; never let it leak into the next test.
    yield
    translation.activate("en")


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def spanish(db):
    return Locale.objects.get_or_create(language_code="es")[0]


@pytest.fixture
def roots(english):
    """The page tree's and the collections' roots, which migrations make.

    A transactional (browser) test empties the database after it, roots included, so the next
    one makes them again; and the roles again, whose image and document permissions hang on the
    root collection.
    """
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=english)
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
        apply_roles()
    return root


@pytest.fixture
def home(roots, spanish):
    """The English home page, root of the default site, with no Spanish copy yet."""
    root = roots
    root.get_children().exact_type(Page).delete()
    page = HomePage(title="Emotional CPR", slug="home", intro="Help through a crisis.")
    root.add_child(instance=page)
    page.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": page},
    )
    return page


@pytest.fixture
def translate_page(spanish):
    """Translate a page into Spanish through wagtail-localize, as a translator would."""

    def _translate(page, strings=None, *, publish=True):
        return translate(page, spanish, strings or {}, publish=publish).specific

    return _translate


@pytest.fixture
def home_es(home, translate_page):
    return translate_page(
        home,
        {
            "Emotional CPR": "RCP Emocional",
            "home": "inicio",
            "Help through a crisis.": "Ayuda en una crisis.",
        },
    )


@pytest.fixture
def site_pages(home, home_es):
    """Both home pages, live."""
    return home, home_es


@pytest.fixture
def one_of_each_type(home):
    """A published page of every public page type, with people, topics and documents."""
    people = [("person", {"person": PersonFactory(), "role": "Presenter"}) for _ in range(2)]
    attachments = [("document", {"document": make_document(pages=3), "title": ""})]
    newsroom = NewsIndexPageFactory(parent=home)
    research = ResearchIndexPageFactory(parent=home)
    resources = ResourceIndexPageFactory(parent=home)
    about = StandardPageFactory(parent=home, title="About")
    StandardPageFactory(parent=about)
    news = NewsPageFactory(parent=newsroom, people=people, attachments=attachments)
    news.topics.add(TopicFactory())
    news.save_revision().publish()
    return {
        "home": home,
        "standard": about,
        "newsroom": newsroom,
        "news": news,
        "webinar": WebinarPageFactory(parent=newsroom, people=people, slides=make_document()),
        "media": MediaAppearancePageFactory(
            parent=newsroom, people=people, attachment=make_document()
        ),
        "research_index": research,
        "research_summary": ResearchSummaryPageFactory(
            parent=research,
            people=people,
            summary_document=make_document(),
            publication_date=datetime.date(2022, 6, 1),
        ),
        "resource_index": resources,
        "resource": ResourcePageFactory(parent=resources, downloads=attachments),
    }


CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


# Every page and frame reports each Content-Security-Policy violation to the console, where the
# test sees it: the browser tests run with the site's policies on and fail on any violation.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    const blocked = event.blockedURI || "inline";
    console.error(`CSP violation: ${event.violatedDirective} blocked ${blocked}`
        + ` at ${event.sourceFile}:${event.lineNumber} (${event.sample})`);
});
"""


class PolicyWatchingBrowser:
    """Playwright's browser, whose every new context records the CSP violations of its pages."""

    def __init__(self, browser):
        self._browser = browser
        self.violations = []

    def new_context(self, **kwargs):
        context = self._browser.new_context(**kwargs)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        context.on("console", self._record)
        return context

    def _record(self, message):
        if "CSP violation" in message.text or "Content Security Policy" in message.text:
            self.violations.append(f"{message.location.get('url', '')}: {message.text}")

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(scope="session")
def _chromium():
    if not shutil.which(CHROMIUM):
        message = f"Chromium not found at {CHROMIUM}: install Debian's chromium package."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # While Playwright's sync API keeps its event loop in this thread, Django takes every ORM
    # call made here (fixtures, database teardown) for async code; they are synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield PolicyWatchingBrowser(browser)
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def browser(_chromium):
    """The shared Chromium; the test fails if any page it showed broke the site's CSP."""
    _chromium.violations.clear()
    yield _chromium
    violations, _chromium.violations[:] = list(_chromium.violations), []
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-US")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(autouse=True)
def _clear_cache():
    # Wagtail caches the sites' root paths; a site rolled back with a test must not outlive it.
    yield
    cache.clear()


@pytest.fixture
def staff(db):
    """One person in each role: editor, moderator, translator, Spanish reviewer, administrator."""
    return {role: make_staff(role) for role in ROLES}


@pytest.fixture
def newsroom(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def news_item(newsroom):
    return NewsPageFactory(parent=newsroom, title="Veterinarians find eCPR helpful")


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


@pytest.fixture
def about(home):
    return add_page(
        home, "What is eCPR?", "what-is-ecpr", "Three steps: connecting, empowering, revitalizing."
    )


@pytest.fixture
def about_es(about, home_es, translate_page):
    return translate_page(about, ABOUT)


@pytest.fixture
def spanish_review(home_es):
    """The Spanish tree's review workflow, which the editorial app assigns to the Spanish home."""
    workflow = home_es.get_workflow()
    assert workflow is not None and workflow.name == "Spanish review"
    return workflow


@pytest.fixture
def csrf_admin_client(admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    return client
