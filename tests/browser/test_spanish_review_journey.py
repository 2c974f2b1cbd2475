"""docs/staff/es/translating.md and docs/staff/es/reviewing.md, in Chromium, in the Spanish admin:
a translator translates and submits, a Spanish reviewer asks for changes side by side, the
translator answers, the reviewer approves, and readers see the Spanish page."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from tests.factories import StandardPageFactory
from tests.staff import PASSWORD, make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "What is eCPR?"
TITLE_ES = "¿Qué es la RCP Emocional?"
BETTER_TITLE_ES = "¿Qué es la RCP emocional?"


@pytest.fixture
def sign_in_es(browser, live_server):
    contexts = []

    def _sign_in(user):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "es"
        profile.save()
        context = browser.new_context(base_url=live_server.url, locale="es-ES")
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", PASSWORD)
        page.locator("button[type=submit]").click()
        page.wait_for_url("**/admin/")
        return page

    yield _sign_in
    for context in contexts:
        context.close()


def translate_title(page, english, spanish):
    """translating.md: **Traducir** beside a piece, write the Spanish, **Guardar**."""
    segment = page.locator("li", has_text=english).last
    segment.get_by_role("button", name=re.compile("^(Traducir|Editar)$")).click()
    segment.locator("textarea").fill(spanish)
    segment.get_by_role("button", name="Guardar").click()
    page.get_by_text(spanish).first.wait_for()


def test_a_translation_through_side_by_side_review_in_spanish(sign_in_es, site_pages):
    translator, reviewer = make_staff("translator"), make_staff("reviewer")
    about = StandardPageFactory(parent=site_pages[0], title=TITLE, slug="what-is-ecpr")

    # translating.md: Empezar una traducción, then translate and submit.
    page = sign_in_es(translator)
    page.goto("/admin/reports/translation-status/")
    page.locator("tr", has_text=TITLE).get_by_role("link", name="Empezar la traducción").click()
    page.get_by_label("Español").check()
    page.get_by_role("button", name="Enviar").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
    # The editor speaks Spanish, and its own footer (with Stop sync) is not in the page at all.
    page.get_by_role("heading", name="Traducción: Inglés → Español").wait_for()
    expect(page.locator(".js-translation-editor footer")).to_have_count(0)
    expect(page.locator("[data-w-action-url-value]")).to_have_count(0)
    translate_title(page, TITLE, TITLE_ES)
    page.get_by_role("button", name="Enviar a Revisión en español").click()
    page.get_by_role("button", name="Enviar de todos modos").click()
    page.get_by_text("se ha enviado a Revisión en español").wait_for()
    about_es = about.get_translation(Locale.objects.get(language_code="es"))
    [to_reviewers] = mail.outbox
    assert to_reviewers.to == ["reviewer@example.org"]
    # While it is in review, the translation editor says it is read-only.
    page.reload()
    page.get_by_text("En espera de revisión: solo lectura.").wait_for()

    # reviewing.md: the reviewer reviews side by side and asks for changes.
    mail.outbox.clear()
    page = sign_in_es(reviewer)
    page.goto(f"/admin/pages/{about_es.id}/edit/")
    page.get_by_role("link", name="Revisar lado a lado").click()
    page.locator("tr", has_text=TITLE).get_by_text(TITLE_ES).wait_for()
    page.get_by_label("Comentario para quien tradujo").fill("Emocional va en minúscula.")
    page.get_by_role("button", name="Solicitar cambios").click()
    page.get_by_text("Cambios pedidos").first.wait_for()
    [to_translator] = mail.outbox
    assert to_translator.to == ["translator@example.org"]
    assert "Emocional va en minúscula." in to_translator.body

    # The translator reads the comment in the translation editor, answers and resubmits.
    mail.outbox.clear()
    page = sign_in_es(translator)
    page.goto(f"/admin/pages/{about_es.id}/edit/")
    page.locator(".messages li", has_text="Emocional va en minúscula.").wait_for()
    translate_title(page, TITLE, BETTER_TITLE_ES)
    page.get_by_role("button", name="Enviar a Revisión en español").click()
    page.get_by_role("button", name="Enviar de todos modos").click()
    page.get_by_text("se ha enviado a Revisión en español").wait_for()

    # The reviewer sees the answer marked as changed, and approves it.
    mail.outbox.clear()
    page = sign_in_es(reviewer)
    page.goto(f"/admin/pages/{about_es.id}/edit/")
    page.get_by_role("link", name="Revisar lado a lado").click()
    changed = page.locator("tr.side-by-side__changed", has_text=TITLE)
    changed.get_by_text(BETTER_TITLE_ES).wait_for()
    page.get_by_role("button", name="Aprobar y publicar").click()
    page.get_by_text("está aprobada y publicada").first.wait_for()
    [approved] = mail.outbox
    assert approved.to == ["translator@example.org"]

    # Readers see the Spanish page.
    about_es.refresh_from_db()
    page.goto(about_es.url)
    assert page.get_by_role("heading", level=1).inner_text() == BETTER_TITLE_ES
