"""The page-type guides (docs/staff/news-item.md, webinar.md, media-appearance.md,
research-summary.md, resource.md), in Chromium: an editor adds each kind of page by the guide's
path and fills in what it asks, submits it, a moderator approves it, and readers see it."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from tests.browser.test_editorial_journey import (  # noqa: F401
    approve_from_the_dashboard,
    sign_in,
    title_fills_in_the_slug,
)
from tests.factories import NewsIndexPageFactory, ResearchIndexPageFactory, ResourceIndexPageFactory
from tests.staff import make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Each guide: its section, the kind of page, and the fields it asks for that the walk fills in.
GUIDES = {
    "news-item.md": ("News & media", "News item", {"listing_summary": "Volunteers met."}),
    "webinar.md": ("News & media", "Webinar", {"listing_summary": "An hour on listening."}),
    "media-appearance.md": ("News & media", "Media appearance", {"listing_summary": "On air."}),
    # Research and Resources hold one kind of page each: Add child page opens its form at once.
    "research-summary.md": ("Research", None, {"summary": "What the study found."}),
    "resource.md": ("Resources", None, {"description": "A handout for trainers."}),
}


def title(guide):
    return f"A page made by {guide}"


def fill(page, field, text):
    """Type into a field by its name, as a person does: a plain field or a rich-text box."""
    box = page.locator(f"[data-contentpath='{field}']")
    box.locator("input:visible, textarea:visible, [role=textbox]").first.click()
    page.keyboard.type(text)
    # A rich-text box keeps what was typed in a hidden field a moment later.
    kept = box.locator("input[type=hidden][data-draftail-input]")
    if kept.count():
        expect(kept).to_have_value(re.compile(re.escape(text)))


def test_an_editor_adds_each_kind_of_page_by_its_guide(sign_in, site_pages):  # noqa: F811
    home = site_pages[0]
    NewsIndexPageFactory(parent=home)
    ResearchIndexPageFactory(parent=home)
    ResourceIndexPageFactory(parent=home)
    editor, moderator = make_staff("editor"), make_staff("moderator")

    page = sign_in(editor)
    for guide, (section, kind, fields) in GUIDES.items():
        # "Add it": the section, under Pages → Emotional CPR; Add child page → the kind of page.
        page.goto(f"/admin/pages/{home.id}/")
        row = page.locator("tr", has=page.get_by_role("link", name=section, exact=True))
        row.get_by_role("button", name=re.compile("^More options")).click()
        row.get_by_role("link", name="Add child page").click()
        if kind:
            page.get_by_role("link", name=kind, exact=True).click()
        # "Fill it in", then "Submit it".
        page.locator("#id_title").fill(title(guide))
        for field, text in fields.items():
            fill(page, field, text)
        title_fills_in_the_slug(page)
        page.get_by_role("button", name="Submit to Editorial review").click()
        page.get_by_text("Next: the Moderators check it").wait_for()
        assert Page.objects.filter(title=title(guide)).exists(), guide

    page = sign_in(moderator)
    for guide in GUIDES:
        approve_from_the_dashboard(page, title(guide))
        live = Page.objects.get(title=title(guide))
        assert live.live, guide
        page.goto(live.url)
        assert page.get_by_role("heading", level=1).inner_text() == title(guide)
