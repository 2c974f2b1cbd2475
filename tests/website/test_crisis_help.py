"""Where to turn in a crisis: on every page in the reader's language, and in full on the contact
page; staff may rewrite it per language."""

import io

import pytest
from bs4 import BeautifulSoup

from demo_content.build import build_form_pages
from demo_content.builder import DemoBuilder
from tests.factories import StandardPageFactory
from website.localize import translate
from website.models import CrisisHelp

pytestmark = pytest.mark.django_db


def crisis_line(html):
    line = BeautifulSoup(html, "html.parser").select_one(".crisis-line")
    assert line is not None, "no crisis line on the page"
    return line


def crisis_links(html):
    return {a["href"]: a.get_text(" ", strip=True) for a in crisis_line(html).select("a")}


def crisis_words(html):
    return crisis_line(html).get_text(" ", strip=True)


def test_every_page_type_carries_the_crisis_line(client, one_of_each_type):
    for name, page in one_of_each_type.items():
        html = client.get(page.url).text
        # A reader should know who answers before they call: the line names the Lifeline.
        assert "988 Suicide & Crisis Lifeline" in crisis_words(html), name
        links = crisis_links(html)
        assert links["tel:988"] == "Call 988", name
        assert links["sms:988"] == "Text 988", name
        assert links["tel:911"] == "In an emergency, call 911", name


def test_spanish_pages_offer_the_lifelines_spanish_service(client, site_pages):
    html = client.get("/es/").text
    links = crisis_links(html)

    assert "Línea 988 de Prevención del Suicidio y Crisis" in crisis_words(html)
    assert links["tel:988"] == "Llame al 988 y marque 2"
    assert links["sms:988?body=AYUDA"] == "Envíe AYUDA al 988"
    assert links["tel:911"] == "En una emergencia, llame al 911"


def test_search_and_missing_pages_carry_it_too(client, site_pages):
    for path, lifeline in (
        ("/en/search/?q=crisis", "988 Suicide & Crisis Lifeline"),
        ("/es/no-existe/", "Línea 988 de Prevención del Suicidio y Crisis"),
    ):
        html = client.get(path).text
        assert "tel:988" in crisis_links(html), path
        assert lifeline in crisis_words(html), path


def test_staff_words_replace_the_built_in_ones_in_their_own_language_only(
    client, site_pages, spanish
):
    english = CrisisHelp.objects.create(
        lead="Need to talk?",
        call_label="Call the 988 Lifeline",
        text_label="",
        emergency_label="Emergency? Dial 911",
        note="We are a training program.",
    )
    english_links = crisis_links(client.get("/en/").text)
    assert english_links["tel:988"] == "Call the 988 Lifeline"
    assert not any(href.startswith("sms:") for href in english_links), "text link left empty"
    # Until the Spanish copy exists, Spanish readers keep the site's Spanish words, not English.
    assert crisis_links(client.get("/es/").text)["tel:988"] == "Llame al 988 y marque 2"

    translate(english, spanish, {"Call the 988 Lifeline": "Llame a la Línea 988 y marque 2"})
    assert crisis_links(client.get("/es/").text)["tel:988"] == "Llame a la Línea 988 y marque 2"


@pytest.fixture
def form_pages(site_pages):
    return build_form_pages(DemoBuilder(io.StringIO()), site_pages[0])


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_contact_page_says_kindly_that_ecpr_is_not_a_crisis_service(
    client, form_pages, spanish, language
):
    contact, email_list = form_pages
    if language == "es":
        contact, email_list = contact.get_translation(spanish), email_list.get_translation(spanish)

    panel = BeautifulSoup(client.get(contact.url).text, "html.parser").select_one(".crisis-panel")

    assert panel is not None
    text = panel.get_text(" ", strip=True)
    assert (
        "not a crisis service" if language == "en" else "No somos un servicio de crisis"
    ) in text
    assert "AYUDA" in text
    assert {a["href"] for a in panel.select("a")} >= {"tel:988", "tel:911"}
    assert "crisis-panel" not in client.get(email_list.url).text


def test_staff_find_crisis_help_in_the_settings_menu(admin_client, site_pages):
    menu = admin_client.get("/admin/").text

    assert "/admin/snippets/website/crisishelp/" in menu
    response = admin_client.get("/admin/snippets/website/crisishelp/add/")
    assert response.status_code == 200


def test_the_server_error_page_carries_it_without_the_database(rf, django_assert_num_queries):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("es"), django_assert_num_queries(0):
        html = render_to_string("500.html", request=rf.get("/es/"))

    assert crisis_links(html)["tel:988"] == "Llame al 988 y marque 2"
    assert "Línea 988 de Prevención del Suicidio y Crisis" in crisis_words(html)


def test_each_crisis_panel_on_a_page_is_named_by_its_own_heading(client, home):
    page = StandardPageFactory(parent=home, body=[("crisis_help", None), ("crisis_help", None)])

    html = BeautifulSoup(client.get(page.url).text, "html.parser")

    panels = html.select(".crisis-panel")
    assert len(panels) == 2
    ids = [tag["id"] for tag in html.select("[id]")]
    assert len(ids) == len(set(ids)), "an id is repeated"
    for panel in panels:
        heading = panel.select_one("h2")
        assert panel["aria-labelledby"] == heading["id"]
