"""Every page type survives wagtail-localize's "Translate this page": block shapes that break
translation (an empty optional embed, deeply nested images) fail here first."""

from html import escape

import pytest

from tests.helpers import submit_translation

pytestmark = pytest.mark.django_db


def test_every_page_type_translates_and_opens_in_the_translation_editor(
    admin_client, one_of_each_type, spanish
):
    # Parents first, so each child lands under its parent's Spanish copy.
    pages = sorted(one_of_each_type.values(), key=lambda page: page.depth)
    for page in pages:
        translation = page.get_translation_or_none(spanish) or submit_translation(
            admin_client, page, spanish
        )

        assert translation.locale == spanish
        assert type(translation.specific) is type(page)
        editor = admin_client.get(f"/admin/pages/{translation.pk}/edit/")
        assert editor.status_code == 200, page
        if page.depth > 2:
            assert f"Translation of {escape(page.title)} into Spanish" in editor.text
