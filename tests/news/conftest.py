import pytest

from tests.factories import NewsIndexPageFactory


@pytest.fixture
def newsroom(home):
    return NewsIndexPageFactory(parent=home)
