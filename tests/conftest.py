"""Shared fixtures: a site with English and Spanish home pages, built the way staff would."""

import pytest
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from website.localize import translate


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
def home(english, spanish):
    """The English home page, root of the default site, with no Spanish copy yet."""
    # Transactional (browser) tests start from an emptied database, without the tree's root.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=english)
    )
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
