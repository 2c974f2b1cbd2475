"""Owners hear once when a review is coming up and once when it is overdue."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from tests.factories import NewsPageFactory, StandardPageFactory
from tests.staff import make_staff

TODAY = timezone.localdate()


def due_in(page, days, owner):
    type(page).objects.filter(pk=page.pk).update(
        next_review_due=TODAY + datetime.timedelta(days=days), owner=owner
    )


def send():
    out = io.StringIO()
    call_command("send_review_reminders", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_upcoming_then_overdue_reminders_are_sent_once_each(home, newsroom):
    owner = make_staff("moderator", "marta")
    page = StandardPageFactory(parent=home, title="Youth eCPR")
    due_in(page, 20, owner)

    assert "sent: 1" in send()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["marta@example.org"]
    assert "Youth eCPR" in mail.outbox[0].body and "due on" in mail.outbox[0].body

    send()
    assert len(mail.outbox) == 1  # nothing new to say

    due_in(page, -1, owner)  # a day later than due
    send()
    send()
    assert len(mail.outbox) == 2
    assert "overdue since" in mail.outbox[1].body


@pytest.mark.django_db
def test_far_off_reviews_and_pages_without_an_owner_send_nothing(home):
    owner = make_staff("moderator", "marta")
    due_in(StandardPageFactory(parent=home, title="Far off"), 90, owner)
    due_in(StandardPageFactory(parent=home, title="Nobody's"), 5, None)

    send()

    assert mail.outbox == []


@pytest.mark.django_db
def test_one_email_per_owner_lists_all_their_pages(home, newsroom):
    owner = make_staff("moderator", "marta")
    due_in(StandardPageFactory(parent=home, title="What is eCPR?"), 10, owner)
    due_in(NewsPageFactory(parent=newsroom, title="Training in Boston"), -3, owner)

    send()

    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "What is eCPR?" in body and "Training in Boston" in body


@pytest.mark.django_db
def test_a_confirmed_review_starts_the_reminders_over(home, admin_client):
    owner = make_staff("moderator", "marta")
    page = StandardPageFactory(parent=home, title="Youth eCPR")
    due_in(page, -1, owner)
    send()
    page.refresh_from_db()
    page.record_review(name="Ana", role="Trainer", next_due=TODAY + datetime.timedelta(days=10))

    send()

    assert len(mail.outbox) == 2
    assert "due on" in mail.outbox[1].body


@pytest.mark.django_db
def test_spanish_owner_reads_the_reminder_in_spanish(home):
    owner = make_staff("reviewer", "lucia")
    UserProfile.objects.update_or_create(user=owner, defaults={"preferred_language": "es"})
    due_in(StandardPageFactory(parent=home, title="Youth eCPR"), -2, owner)

    send()

    assert "Páginas que revisar" in mail.outbox[0].subject
    assert "con retraso desde" in mail.outbox[0].body
