"""The site's browser policies hold in a real Chromium: the shared browser fixture fails any
test whose pages break the Content-Security-Policy, and the pages where inline code most likely
hides (Wagtail's userbar for signed-in staff, the admin's editors, live preview) break nothing."""

import pytest
from wagtail.models import Collection

from tests.factories import StandardPageFactory
from tests.staff import PASSWORD, make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_browser_fixture_catches_a_violation(_chromium, live_server, home):
    context = _chromium.new_context(base_url=live_server.url)
    page = context.new_page()
    page.goto(home.url)
    # What an injected script would do: the policy must stop it, and the fixture must see it.
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "document.body.dataset.injected = 'yes'";
            document.body.append(script);
        }"""
    )
    page.wait_for_timeout(200)
    injected = page.evaluate("() => document.body.dataset.injected")
    context.close()

    caught, _chromium.violations[:] = list(_chromium.violations), []
    assert injected is None
    assert any("script-src" in line for line in caught), caught


def sign_in(page, user):
    page.goto("/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def test_signed_in_staff_see_the_userbar_on_public_pages_without_violations(page, home):
    about = StandardPageFactory(parent=home, title="About eCPR")
    sign_in(page, make_staff("admin"))

    for url in (home.url, about.url):
        page.goto(url)
        page.locator("wagtail-userbar").get_by_role("button").first.click()
        page.wait_for_load_state("networkidle")
        assert page.locator("wagtail-userbar").get_by_role("menuitem").count() > 0


def test_the_admins_main_screens_run_under_the_admin_policy(page, home):
    # Transactional tests start from an empty database, without the media collections' root.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    about = StandardPageFactory(parent=home, title="About eCPR")
    sign_in(page, make_staff("admin"))

    for url in (
        "/admin/",
        f"/admin/pages/{home.id}/",
        f"/admin/pages/{about.id}/edit/",
        "/admin/images/add/",
        "/admin/documents/multiple/add/",
        "/admin/snippets/",
        "/admin/lockouts/",
        "/admin/reports/translation-status/",
    ):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        assert page.locator("main, #main").count() > 0, url

    # Live preview shows the public page inside the admin, in a frame of the same site.
    page.goto(f"/admin/pages/{about.id}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    page.frame_locator("iframe[title='Preview']").last.locator("h1").wait_for()
