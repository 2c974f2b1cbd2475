"""Wagtail's own checker, in Chromium, counts the site's safe-messaging findings in a preview."""

import re

import pytest
from wagtail.rich_text import RichText

from tests.factories import StandardPageFactory
from tests.staff import PASSWORD, make_staff
from website.models import CheckedPhrase

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_userbar_checker_reports_the_sensational_word(browser, live_server, home):
    # A browser test that ran before may have emptied the database of the starter word lists.
    CheckedPhrase.objects.get_or_create(
        language="en", kind=CheckedPhrase.Kind.SENSATIONAL, phrase="epidemic"
    )
    draft = StandardPageFactory(
        parent=home,
        title="Talking about a hard subject",
        body=[("paragraph", RichText("<p>Some call it a suicide epidemic.</p>"))],
    )
    admin = make_staff("admin")
    context = browser.new_context(base_url=live_server.url, locale="en-US")
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", admin.username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    page.goto(f"/admin/pages/{draft.pk}/view_draft/")
    page.get_by_role("button", name="View Wagtail quick actions").click()
    page.get_by_role("menuitem", name=re.compile("Checks")).click()

    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Safe messaging: sensational or simplistic words").wait_for()
    context.close()
