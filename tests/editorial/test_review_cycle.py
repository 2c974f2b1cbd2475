"""A whole-page review, confirmed per language, shown to readers, kept through edits."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from editorial.reviews import LOG_ACTION
from tests.helpers import publish

NEXT = timezone.localdate() + datetime.timedelta(days=200)


def confirm(client, page, name="Ana Ruiz", role="Peer trainer", next_due=NEXT):
    return client.post(
        f"/admin/reviews/{page.pk}/confirm/",
        {"name": name, "role": role, "next_due": next_due.isoformat()},
    )


@pytest.mark.django_db
def test_moderator_confirms_review_recorded_in_history(about, staff, login):
    client = login(staff["moderator"])
    form = client.get(f"/admin/reviews/{about.pk}/confirm/")
    assert form.status_code == 200
    assert b"Moderator" in form.content  # the role is offered from the person's group

    response = confirm(client, about)

    assert response.status_code == 302
    about.refresh_from_db()
    assert about.last_reviewed_on == timezone.localdate()
    assert (about.last_reviewed_by, about.reviewer_role) == ("Ana Ruiz", "Peer trainer")
    assert about.next_review_due == NEXT
    entry = PageLogEntry.objects.get(page=about, action=LOG_ACTION)
    assert entry.user == staff["moderator"]
    assert "Ana Ruiz" in entry.message
    history = client.get(f"/admin/pages/{about.pk}/history/")
    assert "Review confirmed by Ana Ruiz" in history.content.decode()
    assert not ModelLogEntry.objects.filter(action=LOG_ACTION).exists()


@pytest.mark.django_db
def test_editor_may_not_confirm(about, staff, login):
    client = login(staff["editor"])
    response = confirm(client, about)
    assert response.status_code == 302 and response.url == "/admin/"  # Wagtail's "no permission"
    about.refresh_from_db()
    assert about.last_reviewed_on is None


@pytest.mark.django_db
def test_next_due_date_must_be_in_the_future(about, admin_client):
    response = confirm(admin_client, about, next_due=timezone.localdate())
    assert response.status_code == 200
    about.refresh_from_db()
    assert about.next_review_due is None


@pytest.mark.django_db
def test_edit_menu_offers_the_review_to_who_may_publish(about, staff, login):
    confirm_url = b"/admin/reviews/%d/confirm/" % about.pk
    edit_url = f"/admin/pages/{about.pk}/edit/"
    assert confirm_url in login(staff["moderator"]).get(edit_url).content
    assert confirm_url not in login(staff["editor"]).get(edit_url).content


@pytest.mark.django_db
def test_readers_see_the_dates_in_their_language(about, about_es, admin_client, client):
    confirm(admin_client, about)
    confirm(admin_client, about_es, name="Luz Gómez", role="Revisora", next_due=NEXT.replace(day=1))

    english = client.get(about.url).content.decode()
    spanish = client.get(about_es.url).content.decode()

    assert "Page last reviewed:" in english and "Ana Ruiz, Peer trainer" in english
    assert "Next review due:" in english
    assert "Página revisada por última vez:" in spanish and "Luz Gómez, Revisora" in spanish
    assert "Próxima revisión:" in spanish
    assert "Ana Ruiz" not in spanish


@pytest.mark.django_db
def test_unreviewed_page_shows_no_dates(about, client):
    assert "Page last reviewed" not in client.get(about.url).content.decode()


@pytest.mark.django_db
def test_minor_edits_and_translation_updates_keep_each_languages_dates(
    about, about_es, admin_client, translate_page
):
    confirm(admin_client, about)
    about.refresh_from_db()

    publish(about, intro="A corrected opening sentence.")
    translate_page(about)  # the translator takes the English change

    about.refresh_from_db()
    about_es.refresh_from_db()
    assert about.next_review_due == NEXT
    assert about_es.last_reviewed_on is None and about_es.next_review_due is None


@pytest.mark.django_db
def test_review_confirmed_while_a_draft_waits_survives_its_publication(about, admin_client):
    revision = about.save_revision()  # a draft saved before the review
    confirm(admin_client, about)

    # The moderator publishes later, from the revision as stored.
    Revision.objects.get(pk=revision.pk).publish()

    about.refresh_from_db()
    assert about.next_review_due == NEXT
