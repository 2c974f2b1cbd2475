"""Each form completed with the keyboard alone, focus visible and unobscured at every stop."""

import io

import pytest
from django.core.cache import cache
from wagtail.contrib.forms.models import FormSubmission

from demo_content.build import build_form_pages
from demo_content.builder import DemoBuilder

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What the focused element looks like: an outline or a ring, and whether anything covers it.
FOCUS_STATE = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    return {
        name: el.name || el.id || el.textContent.trim().slice(0, 40),
        ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
            || style.boxShadow !== 'none',
        inView: box.bottom > 0 && box.top < innerHeight,
        onTop: top === el || el.contains(top) || (top && top.control === el),
    };
}"""


@pytest.fixture
def form_pages(site_pages, settings):
    # A person takes longer than the honeypot's minimum time to fill in a form; this test types
    # faster, so the minimum is lifted here (the honeypot field itself stays).
    settings.HONEYPOT_TIME_INTERVAL = -1
    cache.clear()
    home, _ = site_pages
    return build_form_pages(DemoBuilder(io.StringIO()), home)


def tab_to(page, selector, limit=60):
    """Press Tab until selector has focus, checking the focus can be seen at every stop."""
    target = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        assert state["name"] != "whf_name", "the honeypot must never take focus"
        assert state["ring"] and state["inView"] and state["onTop"], state
        if target.evaluate("el => el === document.activeElement"):
            return
    pytest.fail(f"{selector} never received focus")


def test_contact_form_with_the_keyboard_alone(page, form_pages):
    contact, _ = form_pages
    page.goto(contact.url)

    tab_to(page, "#id_name")
    page.keyboard.type("Rosa Díaz")
    tab_to(page, "#id_email")
    page.keyboard.type("rosa@example.com")
    tab_to(page, "#id_what_is_it_about")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    tab_to(page, "#id_message")
    page.keyboard.type("We would like a workshop for our team.")
    tab_to(page, "button[type=submit] >> text=Send")
    page.keyboard.press("Enter")

    page.wait_for_url(f"**{contact.url}?sent#main-content")
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you"
    [submission] = FormSubmission.objects.filter(page=contact)
    assert submission.form_data == {
        "name": "Rosa Díaz",
        "email": "rosa@example.com",
        "phone": "",
        "what_is_it_about": "A certification training",
        "message": "We would like a workshop for our team.",
    }


def test_spanish_email_list_form_with_the_keyboard_alone(page, form_pages, spanish):
    _, email_list = form_pages
    email_list_es = email_list.get_translation(spanish)
    page.goto(email_list_es.url)

    tab_to(page, "#id_name")
    page.keyboard.type("Ana")
    tab_to(page, "#id_email")
    page.keyboard.type("ana@example.com")
    # Tab lands on the chosen language (Español); the arrow keys move the choice.
    tab_to(page, "input[name=preferred_language]:checked")
    page.keyboard.press("ArrowUp")
    tab_to(page, "#id_yes_please_send_me_emails_about_ecpr")
    page.keyboard.press("Space")
    tab_to(page, "button[type=submit] >> text=Enviar")
    page.keyboard.press("Enter")

    page.wait_for_url(f"**{email_list_es.url}?sent#main-content")
    assert page.get_by_role("heading", level=1).inner_text() == "Gracias"
    [submission] = FormSubmission.objects.filter(page=email_list_es)
    assert submission.form_data == {
        "name": "Ana",
        "email": "ana@example.com",
        "preferred_language": "English",
        "yes_please_send_me_emails_about_ecpr": True,
    }


def test_errors_are_announced_and_lead_to_the_field(page, form_pages):
    contact, _ = form_pages
    page.goto(contact.url)

    tab_to(page, "button[type=submit] >> text=Send")
    page.keyboard.press("Enter")
    page.wait_for_load_state()

    summary = page.get_by_role("alert")
    assert "Please check your answers" in summary.inner_text()
    tab_to(page, ".error-summary a >> nth=0")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_name"
    assert page.locator("#id_name").get_attribute("aria-describedby") == "id_name_error"
    assert not FormSubmission.objects.exists()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-script", "without-script"])
def test_a_failed_post_puts_focus_on_the_error_summary(
    browser, live_server, form_pages, javascript
):
    contact, _ = form_pages
    context = browser.new_context(
        base_url=live_server.url,
        java_script_enabled=javascript,
        viewport={"width": 390, "height": 844},
    )
    page = context.new_page()
    try:
        page.goto(contact.url)
        page.locator("#id_email").fill("not an address")
        page.get_by_role("button", name="Send").click()
        page.wait_for_load_state()

        summary = page.locator("#error-summary")
        assert "Please check your answers" in summary.inner_text()
        assert page.evaluate("document.activeElement.id") == "error-summary"
        box = summary.bounding_box()
        # Scrolled to the top of the screen (give or take a rounding), not far below the header.
        assert -1 < box["y"] < 844 / 2, box
        # The first link in the summary still leads to its field.
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "id_name"
    finally:
        context.close()
