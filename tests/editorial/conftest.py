import pytest
from django.core.cache import cache

from tests.editorial.staff import ROLES, make_staff
from tests.factories import NewsIndexPageFactory, NewsPageFactory


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
