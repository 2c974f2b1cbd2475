"""How long the public pages take to render, and how many queries each needs.

Run on purpose, never in the test suite:

    .venv/bin/python bench/render_pages.py [--rounds 20]

It builds the demo site in a throw-away SQLite database (set DATABASE_URL to measure another
database; it is migrated and filled with the demo content), then requests every live page in
both languages through Django's test client and prints the median time and the query count.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")


def main():
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment
    from wagtail.models import Page

    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds

    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = Client()
    pages = Page.objects.live().filter(depth__gt=1).specific().order_by("locale_id", "path")

    print(f"{'page':60} {'type':22} {'ms':>7} {'queries':>8}")
    for page in pages:
        url = page.url
        client.get(url)  # warm caches, as a running server has them
        timings = []
        for _ in range(rounds):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        name = type(page).__name__
        print(f"{url[:60]:60} {name:22} {statistics.median(timings):7.1f} {len(queries):8}")


if __name__ == "__main__":
    main()
