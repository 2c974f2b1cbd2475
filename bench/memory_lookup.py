"""How long the translation memory takes to find suggestions for one page's text, with 10,000
approved pieces remembered.

Run on purpose, never in the test suite:

    .venv/bin/python bench/memory_lookup.py [--entries 10000] [--rounds 20]

It fills a throw-away SQLite database (set DATABASE_URL to measure another database) with
remembered pieces of varied wording and length, then looks up a page's worth of text (thirty
pieces: some remembered exactly, some reworded, some new) and prints the median time.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")

# Ordinary words, as often as in prose: a few very common, most rare (Zipf's law). The words
# are made up; what matters for the lookup is how often each comes.
VOCABULARY = [f"word{n}" for n in range(3000)]
FREQUENCY = [1 / (rank + 1) for rank in range(len(VOCABULARY))]


def sentence(rng):
    return " ".join(rng.choices(VOCABULARY, FREQUENCY, k=rng.randint(3, 40))).capitalize() + "."


def reworded(rng, text):
    words = text.split()
    words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
    return " ".join(words)


def main():
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment
    from django.utils import timezone
    from wagtail.models import Page

    from translations.memory import index, key, suggestions
    from translations.models import MemoryEntry

    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=20)
    options = parser.parse_args()

    setup_test_environment()
    call_command("migrate", verbosity=0)
    rng = random.Random(17)
    root = Page.get_first_root_node()
    pages = [root.add_child(instance=Page(title=f"Page {n}", slug=f"page-{n}")) for n in range(50)]
    english = list({sentence(rng) for _ in range(options.entries * 2)})[: options.entries]
    now = timezone.now()
    MemoryEntry.objects.bulk_create(
        MemoryEntry(
            page=pages[n % len(pages)],
            english=text,
            spanish=f"({n}) {text}",
            english_key=key(text),
            approved_at=now,
        )
        for n, text in enumerate(english)
    )
    looked_up = (
        rng.sample(english, 10)
        + [reworded(rng, text) for text in rng.sample(english, 10)]
        + [sentence(rng) for _ in range(10)]
    )

    started = time.perf_counter()
    index()
    built = (time.perf_counter() - started) * 1000
    suggestions(looked_up)  # warm the database's caches, as a running server has them
    timings = []
    for _ in range(options.rounds):
        started = time.perf_counter()
        found = suggestions(looked_up)
        timings.append((time.perf_counter() - started) * 1000)
    print(f"{options.entries} remembered pieces, {len(looked_up)} looked up")
    print(f"suggestions found for {len(found)} pieces")
    print(f"index built once in {built:.0f} ms (again only when the memory changes)")
    print(f"lookup: median {statistics.median(timings):.1f} ms, slowest {max(timings):.1f} ms")


if __name__ == "__main__":
    main()
