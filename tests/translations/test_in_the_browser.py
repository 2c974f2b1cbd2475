"""A translator, in Chromium: from the dashboard to the report to the translation editor."""

import pytest
from django.contrib.auth.models import Group

from editorial.roles import apply_roles
from tests.helpers import member_of, publish

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHANGED = "Three steps, and a fourth."


@pytest.fixture
def translator(django_user_model, about, about_es):
    # Transactional tests start from an empty database: the roles are made again here.
    if not Group.objects.filter(name="Translators").exists():
        apply_roles()
    publish(about, intro=CHANGED)
    return member_of(django_user_model, "Translators", "translator")


def test_a_translator_finds_and_updates_an_out_of_date_page(page, translator, about_es):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("translator")
    page.get_by_label("Password").fill("pw")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    panel = page.locator("#translation-status-section")
    assert "Out of date: 1" in " ".join(panel.inner_text().split())
    panel.get_by_role("link", name="All out-of-date translations").click()
    page.wait_for_url("**/admin/reports/translation-status/**")

    row = page.get_by_role("row").filter(has_text="What is eCPR?")
    assert "out of date" in row.inner_text().lower()  # the status tag is set in capitals
    row.get_by_role("button", name="Update the translation").click()

    page.wait_for_url(f"**/admin/pages/{about_es.pk}/edit/")
    assert page.get_by_text("is now in the translation editor").is_visible()
    page.get_by_text(CHANGED).first.wait_for()
    assert page.locator(".translation-status-notice").count() == 0
