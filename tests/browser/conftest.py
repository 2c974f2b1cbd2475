"""What several browser tests share: the demo site, loaded into the live server's database."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture
def demo_site(roots):
    call_command("load_demo_content", stdout=io.StringIO())
    cache.clear()
    yield
    cache.clear()
