"""axe-core over every live page of the demo site in both languages, and the pages between them:
search (results, none, refused), the forms (empty, with errors, thank-you, rate-limited), 404.

Any violation of WCAG 2.0-2.2 A/AA, or of axe's best practices (headings, landmarks), fails.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail.models import Page

from home.models import FormPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def violations(page, axe):
    """Each violation on the page in the browser, one readable line per rule."""
    found = axe.run(page, options=AXE_OPTIONS).response["violations"]
    return [
        f"{page.url}: {rule['id']} ({rule['impact']}) {rule['help']} "
        f"at {[node['target'] for node in rule['nodes']][:5]}"
        for rule in found
    ]


def live_page_urls():
    pages = Page.objects.live().public().filter(depth__gt=1).order_by("path")
    return [url for url in (page.get_url() for page in pages.specific()) if url]


# Every element whose animation or transition is still running under "reduce".
MOVING = """() => [...document.querySelectorAll('*')].filter(el => {
    const style = getComputedStyle(el);
    const moves = (value) => value.split(',').some(part => parseFloat(part) > 0);
    return style.animationName !== 'none' || moves(style.transitionDuration);
}).map(el => el.tagName)"""


def test_every_live_page_search_form_and_error_page_passes_axe(page, axe, demo_site):
    # One test, so that the demo is loaded once for both walks.
    assert every_live_page_in_both_languages(page, axe) == []
    assert search_forms_and_error_pages(page, axe) == []


def every_live_page_in_both_languages(page, axe):
    """What axe and the keyboard find wrong on every live page, under reduced motion."""
    urls = live_page_urls()
    assert {url[:4] for url in urls} == {"/en/", "/es/"}
    page.emulate_media(reduced_motion="reduce")

    problems = []
    for url in urls:
        response = page.goto(url)
        assert response.status == 200, url
        problems += violations(page, axe)
        problems += [f"{url}: {tag} moves under reduced motion" for tag in page.evaluate(MOVING)]
        page.keyboard.press("Tab")
        skip_link = page.locator(".skip-link")
        focused = skip_link.evaluate("el => el === document.activeElement")
        if not (focused and skip_link.is_visible()):
            problems.append(f"{url}: the first Tab does not reach a visible skip link")
    return problems


def search_forms_and_error_pages(page, axe):
    """What axe finds on search results, forms (sent wrong, sent, rate-limited) and 404s."""
    problems = []
    for url in [
        "/en/search/",
        "/en/search/?q=crisis",
        "/es/buscar/?q=crisis",
        "/en/search/?q=zzzzzz",
        "/es/buscar/?q=" + "+".join(["palabra"] * 30),
        "/en/no-such-page/",
        "/es/no-existe/",
    ]:
        page.goto(url)
        problems += violations(page, axe)

    for form_page in FormPage.objects.live().order_by("path"):
        url = form_page.get_url()
        send = "Send" if url.startswith("/en/") else "Enviar"
        page.goto(url)
        problems += violations(page, axe)
        page.get_by_role("button", name=send).click()
        page.wait_for_load_state()
        assert page.locator(".error-summary").is_visible(), url
        problems += violations(page, axe)
        page.goto(f"{url}?sent")
        problems += violations(page, axe)

    # Every post counts towards the limit: keep sending until the 429 page answers.
    page.goto("/es/contacto/")
    for _ in range(11):
        page.get_by_role("button", name="Enviar").click()
        page.wait_for_load_state()
        if page.locator("h1").inner_text() == "Espere un minuto, por favor":
            break
    else:
        pytest.fail("the rate limit never answered")
    problems += violations(page, axe)
    return problems
