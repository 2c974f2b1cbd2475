"""Publish and unpublish what staff scheduled, every minute, until stopped."""

import logging
import signal
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Run Wagtail's publish_scheduled every minute, so pages and snippets go live and expire "
        "at the times staff set. Stops cleanly on Ctrl-C or SIGTERM."
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
                self.publish_scheduled()
                stop.wait(interval)
        finally:
            for signum, handler in previous_handlers.items():
                signal.signal(signum, handler)
        self.stdout.write("Scheduler stopped.")

    def publish_scheduled(self):
        # One failed run (the database restarting, say) must not stop the next ones.
        try:
            call_command("publish_scheduled", stdout=self.stdout)
        except Exception:
            logger.exception("publish_scheduled failed; trying again at the next run")
        finally:
            close_old_connections()
