"""What several browser tests share: the demo site, loaded into the live server's database."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Collection, Page


@pytest.fixture
def demo_site(english):
    # Transactional tests start from an empty database, without even the trees' roots.
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=english))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    call_command("load_demo_content", stdout=io.StringIO())
    cache.clear()
    yield
    cache.clear()
