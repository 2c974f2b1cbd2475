"""Every page links to "Report a problem with this page"; a report is kept with the page and its
language, mailed to the page's owner, and shown to staff; bots and floods are turned away."""

import time

import pytest
from django.core import mail
from django.core.cache import cache

from website.models import ProblemReport

pytestmark = pytest.mark.django_db


def report_url(page):
    return (
        f"/{page.locale.language_code}/"
        + ("report-a-problem" if page.locale.language_code == "en" else "informar-de-un-problema")
        + f"/{page.pk}/"
    )


def post(client, page, message="The phone number is wrong.", **extra):
    data = {"message": message, "email": "", "whf_name": "", "whf_time": int(time.time()) - 10}
    return client.post(report_url(page), {**data, **extra})


@pytest.fixture
def owned(about, about_es, django_user_model):
    owner = django_user_model.objects.create_user("owner", "owner@example.org", "x")
    for page in (about, about_es):
        page.owner = owner
        page.save()
    return about, about_es


def test_every_page_links_to_the_form_in_its_language(client, owned):
    about, about_es = owned
    assert report_url(about) in client.get(about.url).content.decode()
    html = client.get(about_es.url).content.decode()
    assert f'<a href="{report_url(about_es)}">Informar de un problema con esta página</a>' in html
    form = client.get(report_url(about_es)).content.decode()
    assert "¿Qué es eCPR?" in form and "Informar de un problema con esta página" in form


def test_a_report_is_kept_with_page_and_language_and_mailed_to_the_owner(client, owned):
    _about, about_es = owned
    response = post(client, about_es, email="lectora@example.org")

    assert response.status_code == 303
    report = ProblemReport.objects.get()
    assert (report.page_id, report.locale.language_code) == (about_es.pk, "es")
    assert report.email == "lectora@example.org"
    assert [message.to for message in mail.outbox] == [["owner@example.org"]]
    assert "The phone number is wrong." in mail.outbox[0].body
    assert "¿Qué es eCPR?" in mail.outbox[0].subject
    thanks = client.get(response["Location"]).content.decode()
    assert "Gracias" in thanks


def test_an_empty_report_gets_a_clear_message_and_nothing_is_kept(client, owned):
    about, _about_es = owned
    response = post(client, about, message="")
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert ProblemReport.objects.count() == 0 and mail.outbox == []


@pytest.mark.parametrize("trap", [{"whf_name": "http://spam.example"}, {"whf_time": "0"}])
def test_the_honeypot_drops_bot_posts_quietly(client, owned, trap):
    about, _about_es = owned
    shown_now = {"whf_time": int(time.time())} if trap == {"whf_time": "0"} else trap
    assert post(client, about, **shown_now).status_code == 303
    assert ProblemReport.objects.count() == 0 and mail.outbox == []


def test_an_eleventh_post_in_a_minute_waits(client, owned):
    about, _about_es = owned
    cache.clear()
    statuses = [post(client, about).status_code for _ in range(11)]
    assert statuses == [303] * 10 + [429]
    refused = post(client, about)
    assert refused["Retry-After"] == "60"
    assert "Please wait a minute" in refused.content.decode()
    assert ProblemReport.objects.count() == 10


def test_a_page_in_the_wrong_language_or_missing_is_not_found(client, owned):
    about, about_es = owned
    assert client.get(f"/en/report-a-problem/{about_es.pk}/").status_code == 404
    assert client.get("/en/report-a-problem/999999/").status_code == 404


def test_staff_see_reports_in_the_admin(admin_client, client, owned):
    about, _about_es = owned
    post(client, about, message="A broken link in the second paragraph.")
    html = admin_client.get("/admin/problem_reports/").content.decode()
    assert "A broken link in the second paragraph." in html
