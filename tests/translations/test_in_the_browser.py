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


WELCOME = "Connecting with someone in an emotional crisis takes presence."
WELCOME_ES = "Conectar con alguien en una crisis emocional requiere presencia."


@pytest.fixture
def translator_with_aids(django_user_model, home, home_es, translate_page):
    """A glossary term, an approved translation of WELCOME, and a new page that repeats it."""
    from tests.helpers import add_page
    from translations.models import GlossaryTerm

    if not Group.objects.filter(name="Translators").exists():
        apply_roles()
    GlossaryTerm.objects.create(english="Connecting", spanish="Conectar", note="The C of C-P-R.")
    member_of(django_user_model, "Translators", "translator")
    # Published, as a reviewer's approval does: now part of the memory.
    translate_page(add_page(home, "Welcome", "welcome", WELCOME), {WELCOME: WELCOME_ES})
    return translate_page(add_page(home, "Trainings", "trainings", WELCOME), {}, publish=False)


def test_a_translator_sees_a_glossary_hint_and_takes_a_suggestion(page, translator_with_aids):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("translator")
    page.get_by_label("Password").fill("pw")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    page.goto(f"/admin/pages/{translator_with_aids.pk}/edit/", timeout=150_000)
    aids = page.locator(".editor-aids").filter(has_text="Conectar")
    aids.wait_for()
    assert "The C of C-P-R." in aids.inner_text()

    with page.expect_navigation():
        aids.get_by_role("button", name="Use this translation").click()
    page.locator("li.complete").filter(has_text=WELCOME_ES).wait_for()
    # Taken: it is the translation now, so it is no longer offered.
    assert page.get_by_role("button", name="Use this translation").count() == 0
