import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_switches_to_spanish_and_back(page, site_pages):
    page.goto("/")
    assert page.url.endswith("/en/")
    assert page.locator("html").get_attribute("lang") == "en"

    page.get_by_role("link", name="Español").click()
    page.wait_for_url("**/es/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.get_by_role("heading", level=1).inner_text() == "RCP Emocional"

    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/")
    assert page.get_by_role("heading", level=1).inner_text() == "Emotional CPR"


def test_first_tab_reaches_a_visible_skip_link(page, site_pages):
    page.goto("/en/")
    page.keyboard.press("Tab")

    focused = page.locator(":focus")
    assert focused.inner_text() == "Skip to main content"
    assert focused.is_visible()
    box = focused.bounding_box()
    assert box is not None and box["y"] >= 0
