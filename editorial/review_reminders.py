"""Emails to page owners: once when a review falls due within 30 days, once when it is overdue.

Each page records the due date it was last reminded about, for each kind of reminder, so running
the command again (the scheduler runs it every minute) sends nothing new; confirming a review
sets a new due date and the reminders start over.
"""

import logging
from collections import defaultdict

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.admin.mail import send_mail
from wagtail.users.models import UserProfile

from .review_queue import due_pages

logger = logging.getLogger(__name__)


def _owner_language(user):
    return UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE


def _needs(page, today):
    """Which reminder the page needs now: "overdue", "upcoming" or None."""
    if page.next_review_due < today:
        return None if page.reminded_overdue_for == page.next_review_due else "overdue"
    return None if page.reminded_upcoming_for == page.next_review_due else "upcoming"


def _record(page, kind):
    field = f"reminded_{kind}_for"
    setattr(page, field, page.next_review_due)
    type(page).objects.filter(pk=page.pk).update(**{field: page.next_review_due})


def _email(owner, reminders):
    with translation.override(_owner_language(owner)):
        body = render_to_string(
            "editorial/reviews/reminder_email.txt",
            {"owner": owner, "reminders": reminders},
        )
        subject = gettext("Pages to review on the eCPR website")
    send_mail(subject, body, [owner.email])


def send_reminders(today=None):
    """Send what is due; return the number of emails sent."""
    today = today or timezone.localdate()
    by_owner = defaultdict(list)
    for page in due_pages(today):
        kind = _needs(page, today)
        if kind and page.owner is not None and page.owner.email:
            by_owner[page.owner].append((kind, page))
    sent = 0
    for owner, reminders in by_owner.items():
        try:
            _email(owner, reminders)
        except OSError:
            # Nothing is recorded, so the next run tries again.
            logger.exception("Could not email review reminders to %s", owner.pk)
            continue
        for kind, page in reminders:
            _record(page, kind)
        sent += 1
    return sent
