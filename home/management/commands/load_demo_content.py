from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from home.demo import content
from home.demo.builder import DemoBuilder
from home.demo.forms import build_form_pages
from home.models import HomePage


class Command(BaseCommand):
    help = "Build the eCPR demo site in English and Spanish (reruns add only what is missing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete every page first and build from scratch."
        )

    def handle(self, *args, reset=False, **options):
        if reset:
            self.stdout.write("Deleting all pages…")
            for page in Page.get_first_root_node().get_children():
                page.delete()
        with transaction.atomic():
            builder = DemoBuilder(self.stdout)
            home = builder.home(HomePage, content.HOME["title"], intro=content.HOME["intro"])
            builder.spanish_copy(home, content.HOME_ES)
            builder.site_settings(**content.SITE_SETTINGS)
            build_form_pages(builder, home)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {builder.created} pages created, "
                f"{builder.translated} translated, the rest already there."
            )
        )
