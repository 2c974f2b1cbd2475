"""Links to documents inside rich text follow the reader's language (media_library/rich_text.py)."""

import pytest
from django.utils import translation
from wagtail.rich_text import expand_db_html

from tests.factories import make_document

pytestmark = pytest.mark.django_db


def link_to(document, language):
    with translation.override(language):
        return expand_db_html(f'<p><a linktype="document" id="{document.pk}">the report</a></p>')


def test_a_spanish_page_links_the_spanish_version_where_there_is_one():
    english = make_document("Annual report", filename="report.pdf")
    english.spanish_version = make_document("Informe anual", language="es", filename="informe.pdf")
    english.save()

    assert f'href="{english.spanish_version.url}"' in link_to(english, "es")
    assert "hreflang" not in link_to(english, "es")
    assert f'href="{english.url}"' in link_to(english, "en")


def test_an_english_only_document_is_marked_as_english_on_a_spanish_page():
    english = make_document("Annual report", filename="report.pdf")

    assert f'<a href="{english.url}" hreflang="en">' in link_to(english, "es")
    assert "hreflang" not in link_to(english, "en")
