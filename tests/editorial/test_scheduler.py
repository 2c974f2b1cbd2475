"""The scheduler puts scheduled pages live, minute after minute, and stops cleanly."""

import datetime
import io
import os
import signal
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.factories import StandardPageFactory
from tests.staff import make_staff

# The command closes stale database connections between runs, as a long-lived process should,
# which a test wrapped in a transaction would not survive.
pytestmark = pytest.mark.django_db(transaction=True)


def stop_in(seconds):
    timer = threading.Timer(seconds, os.kill, args=(os.getpid(), signal.SIGTERM))
    timer.start()
    return timer


def test_a_scheduled_page_goes_live_when_the_scheduler_runs(home):
    page = StandardPageFactory(parent=home, title="Webinar announced")
    page.unpublish()
    page.go_live_at = timezone.now() + datetime.timedelta(seconds=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live  # scheduled, not yet live

    stop_in(2.5)
    output = io.StringIO()
    call_command("run_scheduler", interval=0.2, stdout=output)

    page.refresh_from_db()
    assert page.live
    assert output.getvalue().splitlines()[-1] == "Scheduler stopped."


def test_an_expired_page_goes_offline(home):
    page = StandardPageFactory(parent=home, title="Last year's training dates")
    page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save()

    stop_in(0.5)
    call_command("run_scheduler", interval=0.2, stdout=io.StringIO())

    page.refresh_from_db()
    assert not page.live
    assert page.expired


def test_the_previous_signal_handlers_come_back(home):
    before = signal.getsignal(signal.SIGTERM)

    stop_in(0.3)
    call_command("run_scheduler", interval=0.1, stdout=io.StringIO())

    assert signal.getsignal(signal.SIGTERM) is before


def test_the_scheduler_sends_review_reminders(home):
    owner = make_staff("moderator", "marta")
    page = StandardPageFactory(parent=home, title="Youth eCPR")
    type(page).objects.filter(pk=page.pk).update(
        owner=owner, next_review_due=timezone.localdate() - datetime.timedelta(days=1)
    )

    stop_in(1)
    call_command("run_scheduler", interval=0.2, stdout=io.StringIO())

    assert len(mail.outbox) == 1  # several runs, one reminder
