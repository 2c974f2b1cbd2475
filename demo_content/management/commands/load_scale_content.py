from django.core.management.base import BaseCommand

from demo_content.build import build_demo
from demo_content.scale import load_scale_content
from news.models import NewsIndexPage
from website.page_cache import content_changed


class Command(BaseCommand):
    help = (
        "Add numbered news items and studies, in English and Spanish, on top of the demo site, "
        "to measure the site at scale (reruns add only what is missing)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=10000)
        parser.add_argument("--studies", type=int, default=1000)

    def handle(self, *args, news, studies, **options):
        if not NewsIndexPage.objects.exists():
            build_demo(self.stdout, reset=False)
        created = load_scale_content(news, studies, self.stderr._out)
        content_changed()
        self.stdout.write(
            self.style.SUCCESS(f"Scale content ready: {created} pages added in each language.")
        )
