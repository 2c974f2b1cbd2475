import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


class TestHomeAndStandardPages(WagtailPageTestCase):
    def test_where_pages_can_be_created(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)


def test_one_home_page_per_language_tree(home, spanish):
    root = Page.get_first_root_node()

    assert not HomePage.can_create_at(root)
    assert HomePage.max_count_per_parent == 1


def test_home_and_standard_pages_render_and_are_editable(home, admin_client):
    page = StandardPage(title="What is eCPR?", slug="what-is-ecpr", intro="Three steps.")
    home.add_child(instance=page)
    page.save_revision().publish()

    for target in (home, page):
        assert admin_client.get(target.url).status_code == 200
        edit = admin_client.get(f"/admin/pages/{target.pk}/edit/")
        assert edit.status_code == 200
        preview = admin_client.get(f"/admin/pages/{target.pk}/edit/preview/")
        assert preview.status_code == 200
