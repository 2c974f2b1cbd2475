"""Form pages: a valid post is stored once and emailed; spam, floods and bad input never are."""

import io
import time

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.cache import cache
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils import WagtailPageTestCase

from demo_content.build import build_form_pages
from demo_content.builder import DemoBuilder
from demo_content.data import forms as demo
from home.models import FormPage, HomePage, StandardPage
from website.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    # The rate limit counts posts in the cache: every test starts with none counted.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def form_pages(site_pages):
    home, _home_es = site_pages
    builder = DemoBuilder(io.StringIO())
    builder.site_settings(phone="877-246-9058")
    return build_form_pages(builder, home)


@pytest.fixture
def contact(form_pages):
    return form_pages[0]


@pytest.fixture
def email_list(form_pages):
    return form_pages[1]


@pytest.fixture
def contact_es(contact, spanish):
    return contact.get_translation(spanish)


def human(**answers):
    """A post as a person's browser sends it: honeypot empty, form shown a while ago."""
    return {"whf_name": "", "whf_time": str(int(time.time()) - 30), **answers}


CONTACT_ANSWERS = {
    "name": "Rosa Díaz",
    "email": "rosa@example.com",
    "phone": "",
    "what_is_it_about": "Scheduling an introductory workshop",
    "message": "We would like a workshop for our peer support team in the spring.",
}


def submissions(page):
    return FormSubmission.objects.filter(page=page)


class TestWhereFormPagesGo(WagtailPageTestCase):
    def test_form_pages_live_under_a_home_page_only(self):
        self.assertAllowedParentPageTypes(FormPage, {HomePage})
        self.assertAllowedSubpageTypes(FormPage, set())
        self.assertCanCreateAt(HomePage, FormPage)
        self.assertCanNotCreateAt(StandardPage, FormPage)


def test_valid_contact_message_is_stored_once_and_emailed_to_staff(client, contact):
    response = client.post(contact.url, human(**CONTACT_ANSWERS))

    assert response.status_code == 303
    assert response["Location"] == f"{contact.url}?sent#main-content"
    [submission] = submissions(contact)
    assert submission.form_data["message"] == CONTACT_ANSWERS["message"]
    [email] = mail.outbox
    assert email.to == [demo.STAFF_ADDRESS]
    assert email.reply_to == ["rosa@example.com"]
    assert "peer support team" in email.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Your message has reached the eCPR team" in thanks.content.decode()
    # Reloading the thank-you page sends nothing again.
    client.get(response["Location"])
    assert submissions(contact).count() == 1
    assert len(mail.outbox) == 1


def test_spanish_form_stores_answers_under_the_same_names(client, contact, contact_es):
    response = client.post(
        contact_es.url,
        human(
            nombre="ignored",
            **{**CONTACT_ANSWERS, "what_is_it_about": "Ser Embajador o Embajadora de eCPR"},
        ),
        follow=True,
    )

    assert contact_es.url == "/es/contacto/"
    assert "Su mensaje ya llegó al equipo de eCPR" in response.content.decode()
    [submission] = submissions(contact_es)
    assert set(submission.form_data) == {f.clean_name for f in contact.form_fields.all()}
    assert submission.form_data["what_is_it_about"] == "Ser Embajador o Embajadora de eCPR"


def test_email_list_needs_consent(client, email_list):
    answers = {"name": "Ana", "email": "ana@example.com", "preferred_language": "Español"}

    refused = client.post(email_list.url, human(**answers))
    accepted = client.post(
        email_list.url, human(yes_please_send_me_emails_about_ecpr="on", **answers)
    )

    assert refused.status_code == 200
    assert 'aria-invalid="true"' in refused.content.decode()
    assert accepted.status_code == 303
    [submission] = submissions(email_list)
    assert submission.form_data["preferred_language"] == "Español"
    assert submission.form_data["yes_please_send_me_emails_about_ecpr"] is True


@pytest.mark.parametrize(
    "trap",
    [
        pytest.param(lambda: {"whf_name": "Buy now"}, id="honeypot-filled"),
        pytest.param(lambda: {"whf_time": str(int(time.time()))}, id="sent-too-fast"),
        pytest.param(lambda: {"whf_time": "not a time"}, id="forged-time"),
    ],
)
def test_bots_see_the_thank_you_page_and_nothing_is_kept(client, contact, trap):
    response = client.post(contact.url, {**human(**CONTACT_ANSWERS), **trap()})

    assert response.status_code == 303
    assert response["Location"] == f"{contact.url}?sent#main-content"
    assert not submissions(contact).exists()
    assert mail.outbox == []


def test_a_post_without_the_honeypot_fields_is_dropped(client, contact):
    response = client.post(contact.url, CONTACT_ANSWERS)

    assert response.status_code == 303
    assert not submissions(contact).exists()


def test_more_than_ten_posts_a_minute_get_a_429_in_the_readers_language(client, contact_es):
    answers = human(**{**CONTACT_ANSWERS, "what_is_it_about": "Una pregunta"})
    for _ in range(10):
        assert client.post(contact_es.url, answers).status_code == 303

    refused = client.post(contact_es.url, answers)

    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert '<html lang="es"' in refused.content.decode()
    assert "Espere un minuto, por favor" in refused.content.decode()
    assert submissions(contact_es).count() == 10
    # Another reader, at another address, is not held up.
    other = client.post(contact_es.url, answers, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 303


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"email": "not-an-address"}, "email", id="bad-email"),
        pytest.param({"message": "x" * 20_000}, "message", id="20000-characters"),
        pytest.param({"message": "hello\x00world"}, "message", id="nul-in-message"),
        pytest.param({"name": "Rosa\x00"}, "name", id="nul-in-name"),
        pytest.param({"what_is_it_about": "Free money"}, "what_is_it_about", id="unknown-choice"),
        pytest.param({"message": ""}, "message", id="missing-message"),
    ],
)
def test_invalid_input_shows_the_form_again_with_errors_and_answers_kept(
    client, contact, changes, field
):
    answers = {**CONTACT_ANSWERS, **changes}

    response = client.post(contact.url, human(**answers))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Please check your answers" in html
    assert f'href="#id_{field}"' in html
    assert f'id="id_{field}_error"' in html
    kept = "Rosa Díaz" if field != "name" else "rosa@example.com"
    assert kept in html
    assert html.count("<title>Error:") == 1
    assert not submissions(contact).exists()
    assert mail.outbox == []


def test_nul_bytes_anywhere_in_the_post_never_cause_an_error(client, contact):
    response = client.post(
        contact.url, {**human(**CONTACT_ANSWERS), "whf_time": "\x00", "extra\x00": "\x00"}
    )

    assert response.status_code == 303
    assert not submissions(contact).exists()


def test_a_mail_server_that_is_down_does_not_lose_the_message(client, contact, settings):
    # Nothing listens on port 9 here: the connection is refused, as when SMTP is down.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2

    response = client.post(contact.url, human(**CONTACT_ANSWERS))

    assert response.status_code == 303
    assert submissions(contact).count() == 1


def test_contact_page_offers_the_phone_number_as_a_tel_link(client, contact):
    html = client.get(contact.url).content.decode()

    assert '<a href="tel:+18772469058">877-246-9058</a>' in html
    # Browsers may fill in the reader's details (WCAG 1.3.5).
    assert 'autocomplete="email"' in html and 'autocomplete="name"' in html


def test_site_settings_link_both_forms_in_each_language(client, contact, email_list):
    site_settings = SiteSettings.objects.get()

    assert site_settings.contact_page.specific == contact
    assert site_settings.email_list_page.specific == email_list
    footer = client.get("/es/").content.decode()
    assert 'href="/es/contacto/"' in footer
    assert 'href="/es/lista-de-correo/"' in footer


def test_demo_forms_are_built_once(site_pages, form_pages):
    home, _ = site_pages

    build_form_pages(DemoBuilder(io.StringIO()), home)

    assert FormPage.objects.count() == 4


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("mo", password="pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def outsider(django_user_model):
    """Can open the admin, but has no permission on any page."""
    user = django_user_model.objects.create_user("out", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_moderators_export_submissions_as_csv_and_xlsx(client, contact, moderator):
    client.post(contact.url, human(**CONTACT_ANSWERS))
    client.force_login(moderator)
    url = f"/admin/forms/submissions/{contact.pk}/"

    csv = client.get(url, {"export": "csv"})
    xlsx = client.get(url, {"export": "xlsx"})

    assert csv.status_code == 200
    body = b"".join(csv.streaming_content).decode()
    assert "What is it about?" in body and "peer support team" in body
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    cells = [cell.value for row in sheet.iter_rows() for cell in row]
    assert CONTACT_ANSWERS["message"] in cells


def test_people_without_page_permission_cannot_see_or_export_submissions(client, contact, outsider):
    client.post(contact.url, human(**CONTACT_ANSWERS))
    client.force_login(outsider)

    url = f"/admin/forms/submissions/{contact.pk}/"

    response = client.get(url, {"export": "csv"})
    client.logout()
    anonymous = client.get(url, {"export": "csv"})

    assert response.status_code in (302, 403)
    assert b"peer support team" not in response.content
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/admin/login/")


def test_a_choice_naming_the_other_language_carries_its_lang(client, email_list, spanish):
    english = client.get(email_list.url).content.decode()
    spanish_page = client.get(email_list.get_translation(spanish).url).content.decode()

    assert '<span lang="es">Español</span>' in english
    assert "<span>English</span>" in english
    assert '<span lang="en">English</span>' in spanish_page
    assert "<span>Español</span>" in spanish_page


def test_staff_can_edit_and_preview_a_form_page_and_its_thank_you(admin_client, contact):
    edit = admin_client.get(f"/admin/pages/{contact.pk}/edit/")
    form_preview = contact.make_preview_request(preview_mode="form")
    thanks_preview = contact.make_preview_request(preview_mode="landing")

    assert edit.status_code == 200
    assert b"Form fields" in edit.content
    form_preview.render()
    thanks_preview.render()
    assert b'id="id_message"' in form_preview.content
    assert b"Your message has reached the eCPR team" in thanks_preview.content
