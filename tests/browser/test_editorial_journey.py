"""A news item from an editor's draft to the Spanish home page through both reviews, in Chromium."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale, WorkflowState

from news.models import NewsPage
from tests.factories import NewsIndexPageFactory
from tests.staff import PASSWORD, make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Peer supporters bring eCPR to the county fair"
SUMMARY = "Volunteers taught the three steps of eCPR to visitors of all ages."
SPANISH_TITLE = "Pares voluntarios llevan la RCP Emocional a la feria del condado"


@pytest.fixture
def bilingual_newsroom(site_pages, translate_page):
    english = NewsIndexPageFactory(parent=site_pages[0])
    translate_page(english, {"News & media": "Noticias y medios", "news": "noticias"})
    return english


@pytest.fixture
def sign_in(browser, live_server):
    contexts = []

    def _sign_in(user):
        context = browser.new_context(base_url=live_server.url, locale="en-US")
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/admin/")
        return page

    yield _sign_in
    for context in contexts:
        context.close()


def title_fills_in_the_slug(page):
    """Wait for Wagtail to make the new page's slug from its title, a moment after typing (a
    form sent sooner comes back asking for a slug)."""
    expect(page.locator("#id_slug")).not_to_have_value("")


def approve_from_the_dashboard(page, title):
    page.goto("/admin/")
    row = page.locator("#awaiting-review-section tr", has_text=title)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_load_state("networkidle")


def test_a_news_item_goes_through_both_reviews_to_the_spanish_site(sign_in, bilingual_newsroom):
    editor, moderator = make_staff("editor"), make_staff("moderator")
    translator, reviewer = make_staff("translator"), make_staff("reviewer")

    # The editor writes a news item and submits it.
    page = sign_in(editor)
    page.goto(f"/admin/pages/{bilingual_newsroom.id}/")
    page.get_by_role("link", name="Add child page").first.click()
    page.get_by_role("link", name="News item", exact=True).click()
    page.fill("#id_title", TITLE)
    page.fill("#id_listing_summary", SUMMARY)
    title_fills_in_the_slug(page)
    page.get_by_role("button", name="Submit to Editorial review").click()
    page.wait_for_url(f"**/admin/pages/{bilingual_newsroom.id}/")
    item = NewsPage.objects.get(title=TITLE)
    assert not item.live
    assert item.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    # A moderator approves it from the dashboard, and it is live.
    page = sign_in(moderator)
    approve_from_the_dashboard(page, TITLE)
    item.refresh_from_db()
    assert item.live
    page.goto(item.url)
    assert page.get_by_role("heading", level=1).inner_text() == TITLE

    # A translator translates it in the translation editor and submits it.
    page = sign_in(translator)
    page.goto(f"/admin/localize/submit/page/{item.id}/")
    page.get_by_label("Spanish").check()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
    title_segment = page.locator("li", has_text=TITLE).last
    title_segment.get_by_role("button", name="Translate").click()
    title_segment.locator("textarea").fill(SPANISH_TITLE)
    title_segment.get_by_role("button", name="Save").click()
    page.get_by_text(SPANISH_TITLE).first.wait_for()
    page.get_by_role("button", name="Submit to Spanish review").click()
    # Only the title is translated: the site asks first.
    page.get_by_role("button", name="Submit anyway").click()
    page.get_by_text("has been submitted to Spanish review").wait_for()
    spanish_item = item.get_translation(Locale.objects.get(language_code="es"))
    assert not spanish_item.live
    assert spanish_item.current_workflow_state.workflow.name == "Spanish review"

    # A Spanish reviewer approves it; the Spanish home page lists it.
    page = sign_in(reviewer)
    approve_from_the_dashboard(page, SPANISH_TITLE)
    page.goto("/es/")
    assert page.get_by_role("link", name=SPANISH_TITLE).is_visible()
