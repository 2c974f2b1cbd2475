"""The translators' dashboard panel: counts per status and the oldest out-of-date pages."""

import re

import pytest
from django.contrib.auth.models import Permission

from tests.helpers import add_page, member_of, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def stale_pages(about, about_es, home, translate_page):
    """Two out-of-date translations, "What is eCPR?" changed first; one missing."""
    youth = add_page(home, "Youth eCPR", "youth-ecpr", "For young adults.")
    youth_es = translate_page(youth, {"Youth eCPR": "eCPR para jóvenes"})
    publish(about, intro="Changed first.")
    publish(youth, intro="Changed second.")
    add_page(home, "Resources", "resources")
    return about_es, youth_es


def panel(html):
    match = re.search(r'id="translation-status-section".*?</section>', html, re.S)
    assert match, "no translation status panel"
    return match.group(0)


def test_the_panel_counts_each_status_and_links_to_the_report(admin_client, stale_pages):
    html = panel(admin_client.get("/admin/").text)

    counts = dict(re.findall(r"([A-Za-z ]+): <strong>(\d+)</strong>", html))
    assert counts == {
        "Missing": "1",
        "Draft": "0",
        "In review": "0",
        "Out of date": "2",
        "Up to date": "1",
    }
    assert 'href="/admin/reports/translation-status/?translation_status=out_of_date"' in html


def test_the_oldest_out_of_date_pages_come_first_with_their_update_button(
    admin_client, stale_pages
):
    about_es, youth_es = stale_pages
    html = panel(admin_client.get("/admin/").text)

    assert html.index("¿Qué es eCPR?") < html.index("eCPR para jóvenes")
    assert f'action="/admin/translation-status/update/{about_es.pk}/"' in html
    assert f'action="/admin/translation-status/update/{youth_es.pk}/"' in html


def test_translators_see_it_english_editors_do_not(client, django_user_model, stale_pages):
    client.force_login(member_of(django_user_model, "Translators", "translator"))
    assert 'id="translation-status-section"' in client.get("/admin/").text

    client.force_login(member_of(django_user_model, "Editors", "editor"))
    assert 'id="translation-status-section"' not in client.get("/admin/").text


def test_with_nothing_out_of_date_it_says_so(admin_client, about_es):
    html = panel(admin_client.get("/admin/").text)

    assert "No translation is out of date." in html


def test_a_user_with_no_page_permission_gets_a_working_dashboard(client, django_user_model, home):
    user = django_user_model.objects.create_user("someone", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert 'id="translation-status-section"' not in response.text
