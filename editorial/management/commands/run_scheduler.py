"""Publish and unpublish what staff scheduled, and remind owners of reviews due, every minute,
until stopped."""

import logging
import signal
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

logger = logging.getLogger(__name__)

# Each is cheap when there is nothing to do, and safe to repeat.
COMMANDS = ("publish_scheduled", "send_review_reminders")


class Command(BaseCommand):
    help = (
        "Run Wagtail's publish_scheduled every minute, so pages and snippets go live and expire "
        "at the times staff set, and send_review_reminders, so owners hear of reviews due. "
        "Stops cleanly on Ctrl-C or SIGTERM."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=float, default=60, help="Seconds between runs (default: 60)."
        )

    def handle(self, *args, interval, **options):
        stop = threading.Event()
        previous_handlers = {
            signum: signal.signal(signum, lambda *_: stop.set())
            for signum in (signal.SIGINT, signal.SIGTERM)
        }
        self.stdout.write(f"Publishing scheduled pages every {interval:g} seconds.")
        try:
            while not stop.is_set():
                for command in COMMANDS:
                    self.run_command(command)
                stop.wait(interval)
        finally:
            for signum, handler in previous_handlers.items():
                signal.signal(signum, handler)
        self.stdout.write("Scheduler stopped.")

    def run_command(self, command):
        # One failed run (the database restarting, say) must not stop the next ones.
        try:
            call_command(command, stdout=self.stdout)
        except Exception:
            logger.exception("%s failed; trying again at the next run", command)
        finally:
            close_old_connections()
