"""On a phone the header is the logo and a Menu button; the menu opens with and without
JavaScript, and on a desktop the links are simply there."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser, live_server, site_pages):
    contexts = []

    def open_page(javascript=True):
        context = browser.new_context(
            base_url=live_server.url, viewport=PHONE, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        page.goto("/en/")
        return page

    yield open_page
    for context in contexts:
        context.close()


def test_the_menu_button_toggles_the_menu_with_javascript(phone):
    page = phone()
    search = page.get_by_role("searchbox", name="Search this site")
    assert not search.is_visible()

    button = page.get_by_role("button", name="Menu")
    assert button.get_attribute("aria-expanded") == "false"
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert search.is_visible()
    assert page.get_by_role("link", name="Español").is_visible()

    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not search.is_visible()
    assert page.evaluate("document.activeElement.textContent.trim()") == "Menu"


def test_the_menu_opens_without_javascript(phone):
    page = phone(javascript=False)
    search = page.get_by_role("searchbox", name="Search this site")
    assert not search.is_visible()

    page.get_by_role("link", name="Menu").click()
    assert search.is_visible()
    page.get_by_role("link", name="Close menu").click()
    assert not search.is_visible()


def test_on_a_desktop_there_is_no_menu_button(page, site_pages):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto("/en/")

    assert page.get_by_role("searchbox", name="Search this site").is_visible()
    assert not page.get_by_role("button", name="Menu").is_visible()
