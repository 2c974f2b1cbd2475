from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from demo_content.build import build_demo


class Command(BaseCommand):
    help = "Build the eCPR demo site in English and Spanish (reruns add only what is missing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete every page first and build from scratch."
        )

    def handle(self, *args, reset=False, **options):
        with transaction.atomic():
            if reset:
                self.stdout.write("Deleting every page and the demo's people, outlets and topics…")
                for page in Page.get_first_root_node().get_children():
                    page.delete()
            builder = build_demo(self.stdout, reset=reset)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {builder.created} pages created, "
                f"{builder.translated} translations made, the rest already there."
            )
        )
