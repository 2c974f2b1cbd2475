"""Remind page owners of reviews due within 30 days and of overdue ones, once each."""

from django.core.management.base import BaseCommand

from editorial.review_reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Email each page owner once when a page's review falls due within 30 days, and once "
        "more when it is overdue. Safe to run as often as you like."
    )

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Review reminders sent: {sent}.")
