"""`make bench`: the site's cost per request, measured, and written down.

What it measures, in one run:
- the site at demo size and at scale size (`load_scale_content`), each in a PostgreSQL database
  of its own, built the first time and kept for the next run;
- each page under gunicorn (2 workers, production settings, page cache off): the server's CPU
  per request, counted from the CPU time of the gunicorn workers and of the PostgreSQL backends
  serving them, and the wall time per request;
- a cached anonymous hit (page cache on) against the floor, a one-file Django app that serves
  constant HTML through Django's default middleware (bench/floor.py), in the same run: through
  gunicorn, and the application alone, called in its own process (bench/in_process.py);
- each page's database queries, uncached (Django's test client, in a process of its own);
- staff pages (the translation-status report), demo size against scale size, signed in;
- the home page's transfer on a phone: its HTML, styles, scripts and images, compressed as the
  proxy sends them;
- given a checkout of bakerydemo, Wagtail's reference site (BAKERYDEMO or --bakerydemo), the
  uncached pages against bakerydemo's pages of the same kind, both served at once and measured
  in turn (bench/against_bakerydemo.py); without it, the table says it was not measured.
Figures are medians of interleaved rounds. The table goes to bench/results/ and to
docs/operators/performance.md.

    make bench                      # or: .venv/bin/python bench/run.py --rounds 5
    make bench BAKERYDEMO=/path/to/bakerydemo
    # the site against bakerydemo alone, printed, nothing written:
    BAKERYDEMO=/path/to/bakerydemo .venv/bin/python bench/run.py --only-bakerydemo --rounds 3
"""

import argparse
import datetime
import gzip
import json
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from against_bakerydemo import COUNTERPARTS, HEADERS, Bakerydemo, measure_beside, rows
from count_queries import query_counts
from server import POSTGRES, PROJECT, Server, fetch, psql

PYTHON = Path(sys.executable)
SITE = "website.wsgi:application"
TEST_SETTINGS = "website.settings.test"

DEMO_PAGES = {
    "home /en/": "/en/",
    "home /es/": "/es/",
    "newsroom": "/en/news/",
    "news item": None,  # the newest news item, found in the database
    "research index": "/en/research/",
    "search": "/en/search/?q=crisis",
    "404": "/en/no-such-page/",
}
SCALE_PAGES = {
    "newsroom, first page": "/en/news/",
    "newsroom, a late page": "/en/news/?page=300",
    "newsroom, filtered": "/en/news/?type=news&year=2015",
    "research index": "/en/research/",
    "RSS feed": "/en/news/feed/rss/",
    "sitemap index": "/sitemap.xml",
    "sitemap, first news file": "/sitemap-en-news.xml",
    "search": "/en/search/?q=crisis",
    # At scale the Spanish "crisis" is in half the news items: every match is ranked.
    "search, a word in thousands of items": "/es/buscar/?q=crisis",
}

# Staff pages, timed in a process of their own with a signed-in administrator (Django's test
# client): the site's CPU and wall time, without the database's own CPU.
STAFF_PAGES = {
    "translation-status report": "/admin/reports/translation-status/",
}


def log(message):
    print(message, file=sys.stderr, flush=True)


def manage(database, *args, settings="website.settings.test", stdout=None):
    env = {**os.environ, "DATABASE_URL": database, "DJANGO_SETTINGS_MODULE": settings}
    return subprocess.run(
        [str(PYTHON), "manage.py", *args], cwd=PROJECT, env=env, check=True, stdout=stdout
    )


def ensure_database(name, news, studies):
    """The database name, migrated and filled; built only when missing. Returns its URL and
    how long building its scale content took (None when it was there already)."""
    url = f"{POSTGRES}/{name}"
    if psql(f"select 1 from pg_database where datname = '{name}'") != "1":
        psql(f"create database {name}")
    manage(url, "migrate", "--no-input", "-v0")
    manage(url, "load_demo_content", stdout=subprocess.DEVNULL)
    took = None
    if news:
        started = time.monotonic()
        output = subprocess.run(
            [str(PYTHON), "manage.py", "load_scale_content", "--news", str(news)]
            + ["--studies", str(studies)],
            cwd=PROJECT,
            env={
                **os.environ,
                "DATABASE_URL": url,
                "DJANGO_SETTINGS_MODULE": "website.settings.test",
            },
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        ).stdout
        # Timed only when this run built it; a rerun adds nothing.
        if " 0 pages added" not in output:
            took = time.monotonic() - started
    return url, took


def last_page(server, listing):
    """The address of the listing's last page, found by asking for each page in turn."""
    connection = server.connection()
    number = 1
    while fetch(connection, f"{listing}?page={number + 1}")[0] == 200:
        number += 1
    return f"{listing}?page={number}"


def measure(server, pages, rounds, per_round):
    """{name: (cpu ms per request, wall ms per request)}, medians over interleaved rounds."""
    connection = server.connection()
    for url in pages.values():
        for _ in range(3):  # warm the workers' caches and database connections
            fetch(connection, url)
    samples = {name: ([], []) for name in pages}
    for _ in range(rounds):
        for name, url in pages.items():
            cpu, wall = server.cost(connection, url, per_round)
            samples[name][0].append(cpu)
            samples[name][1].append(wall)
    return {name: (statistics.median(c), statistics.median(w)) for name, (c, w) in samples.items()}


TIME_STAFF_PAGES = """
import json, statistics, sys, time
from django.contrib.auth import get_user_model
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
admin, _created = get_user_model().objects.get_or_create(
    username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
)
client = Client()
client.force_login(admin)
timings = {}
for name, url in json.loads(sys.argv[1]).items():
    assert client.get(url).status_code == 200, url
    cpu, wall = [], []
    for _ in range(5):
        started_cpu, started_wall = time.process_time(), time.perf_counter()
        client.get(url)
        cpu.append((time.process_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started_wall) * 1000)
    timings[name] = (statistics.median(cpu), statistics.median(wall))
print(json.dumps(timings))
"""


def staff_timings(database, pages):
    """{name: (CPU ms, wall ms)} of each staff page, signed in as an administrator."""
    script = "import django; django.setup()\n" + TIME_STAFF_PAGES
    output = subprocess.run(
        [str(PYTHON), "-c", script, json.dumps(pages)],
        cwd=PROJECT,
        env={**os.environ, "DATABASE_URL": database, "DJANGO_SETTINGS_MODULE": TEST_SETTINGS},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def in_process(application, env, url):
    """CPU ms per request of application answering url, called directly (bench/in_process.py)."""
    output = subprocess.run(
        [str(PYTHON), "bench/in_process.py", application, url, "2000"],
        cwd=PROJECT,
        env={**os.environ, **env},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(output.split()[-1])


def site_query_counts(database, pages):
    return query_counts(pages, {"DATABASE_URL": database, "DJANGO_SETTINGS_MODULE": TEST_SETTINGS})


def newest_news_item(database_name):
    path = psql(
        "select p.url_path from wagtailcore_page p join news_newspage n on n.newsroomitem_ptr_id"
        " = p.id join wagtailcore_locale l on l.id = p.locale_id where l.language_code = 'en'"
        " and p.live order by p.first_published_at desc limit 1",
        database_name,
    )
    return "/en/" + path.split("/", 2)[2]


PHONE_WIDTH = 412 * 2  # CSS pixels of a common phone, at its device pixel ratio


def phone_transfer(server):
    """Bytes a phone downloads for the home page: compressed text, the image each <img> picks."""
    connection = server.connection()
    _status, html = fetch(connection, "/en/")
    text = html.decode()
    assets = set(re.findall(r'<link rel="stylesheet" href="([^"]+)"(?! media="print")', text))
    assets |= set(re.findall(r'<script src="([^"]+)"', text))
    images = []
    for tag in re.findall(r"<img [^>]+>", text):
        srcset = re.search(r'srcset="([^"]+)"', tag)
        if srcset:
            candidates = []
            for candidate in srcset.group(1).split(","):
                url, _space, width = candidate.strip().partition(" ")
                candidates.append((int(width.rstrip("w") or 0), url))
            fitting = [c for c in sorted(candidates) if c[0] >= PHONE_WIDTH] or sorted(candidates)
            images.append(fitting[0][1] if fitting[0][0] >= PHONE_WIDTH else fitting[-1][1])
        else:
            src = re.search(r'src="([^"]+)"', tag)
            if src:
                images.append(src.group(1))
    sizes = {"HTML": len(gzip.compress(html))}
    for url in sorted(assets):
        _status, body = fetch(connection, urlsplit(url).path)
        sizes["CSS and JavaScript"] = sizes.get("CSS and JavaScript", 0) + len(gzip.compress(body))
    for url in images:
        _status, body = fetch(connection, urlsplit(url).path)
        sizes["images"] = sizes.get("images", 0) + len(body)
    return sizes


def site_env(database, page_cache_seconds, static_root):
    return {
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "DATABASE_URL": database,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(static_root),
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "REDIS_URL": "",
    }


def against_bakerydemo(checkout, env, demo_name, demo_pages, demo_queries, rounds, per_round):
    """The section setting the site's uncached pages against bakerydemo's."""
    title = "## Uncached pages against bakerydemo (page cache off, anonymous)"
    if not checkout:
        return f"{title}\n\nNot measured: `make bench BAKERYDEMO=<a bakerydemo checkout>` does."
    bakerydemo = Bakerydemo(checkout, log)
    site_urls = {name: demo_pages[name] for name in COUNTERPARTS}
    log("Measuring the site and bakerydemo side by side, page cache off…")
    with Server(SITE, env, demo_name) as site, bakerydemo.server() as other:
        cpu = measure_beside(site, site_urls, other, bakerydemo.urls, rounds, per_round)
    found = rows(site_urls, bakerydemo.urls, demo_queries, bakerydemo.query_counts(), cpu)
    return "\n\n".join(
        [
            title,
            "Wagtail's reference site under its own production settings, on the same Wagtail, "
            "Django, gunicorn and PostgreSQL, both servers running; each round measures every "
            "page on one server and then on the other. Its blog index keeps its list of posts as "
            "a fragment, as bakerydemo ships it.",
            table(HEADERS, found),
        ]
    )


def table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--per-round", type=int, default=20)
    parser.add_argument("--news", type=int, default=10000)
    parser.add_argument("--studies", type=int, default=1000)
    parser.add_argument("--demo-database", default="ecpr_bench_demo")
    parser.add_argument("--scale-database", default="ecpr_bench_scale")
    parser.add_argument(
        "--bakerydemo",
        default=os.environ.get("BAKERYDEMO"),
        help="a checkout of bakerydemo to set the site's uncached pages against",
    )
    parser.add_argument(
        "--only-bakerydemo",
        action="store_true",
        help="measure only the site against bakerydemo, print the table and write nothing",
    )
    options = parser.parse_args()
    if options.only_bakerydemo and not options.bakerydemo:
        parser.error("--only-bakerydemo needs --bakerydemo or BAKERYDEMO")
    demo_name, scale_name = options.demo_database, options.scale_database
    rounds, per_round = options.rounds, options.per_round

    log("Building the demo database (kept for the next run)…")
    demo_db, _took = ensure_database(demo_name, 0, 0)
    static_root = Path(tempfile.mkdtemp(prefix="ecpr-bench-static-"))
    subprocess.run(
        [str(PYTHON), "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=PROJECT,
        env={**os.environ, **site_env(demo_db, 0, static_root)},
        check=True,
    )
    demo_pages = dict(DEMO_PAGES, **{"news item": newest_news_item(demo_name)})
    log("Counting queries…")
    demo_queries = site_query_counts(demo_db, demo_pages)

    bakerydemo = against_bakerydemo(
        options.bakerydemo,
        site_env(demo_db, 0, static_root),
        demo_name,
        demo_pages,
        demo_queries,
        rounds,
        per_round,
    )
    if options.only_bakerydemo:
        print(bakerydemo)
        return

    log("Building the scale database (kept for the next run)…")
    scale_db, scale_took = ensure_database(scale_name, options.news, options.studies)
    scale_queries = site_query_counts(scale_db, SCALE_PAGES)

    log("Measuring the demo-size site, page cache off…")
    with Server(SITE, site_env(demo_db, 0, static_root), demo_name) as server:
        demo = measure(server, demo_pages, rounds, per_round)
        # The demo has no page 300: its late page is its last one.
        demo_late = {"newsroom, a late page": last_page(server, "/en/news/")}
        demo_scale_pages = measure(server, dict(SCALE_PAGES, **demo_late), rounds, per_round)
        transfer = phone_transfer(server)
    log("Timing staff pages…")
    staff_demo, staff_scale = (
        staff_timings(demo_db, STAFF_PAGES),
        staff_timings(scale_db, STAFF_PAGES),
    )
    log("Measuring the scale-size site, page cache off…")
    with Server(SITE, site_env(scale_db, 0, static_root), scale_name) as server:
        scale = measure(server, SCALE_PAGES, rounds, per_round)
    log("Measuring cached hits against the floor app…")
    cached_pages = {"home /en/ (cached)": "/en/", "newsroom (cached)": "/en/news/"}
    with Server(SITE, site_env(demo_db, 300, static_root), demo_name) as server:
        # A hit costs about a millisecond and the CPU clock ticks every 10 ms: enough requests
        # per round that one tick is a hundredth of a millisecond per request.
        cached = measure(server, cached_pages, rounds, per_round * 50)
    with Server("bench.floor:application", {"DJANGO_SETTINGS_MODULE": ""}) as server:
        floor = measure(server, {"floor": "/"}, rounds, per_round * 50)["floor"]
    site_alone = {
        name: in_process(SITE, site_env(demo_db, 300, static_root), url)
        for name, url in cached_pages.items()
    }
    floor_alone = in_process("bench.floor:application", {"DJANGO_SETTINGS_MODULE": ""}, "/")

    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    sections = [
        f"Measured {now} by `make bench` on {os.cpu_count()} CPU cores: gunicorn with 2 workers, "
        "production settings, PostgreSQL; CPU is the gunicorn workers' and their PostgreSQL "
        f"backends' CPU time, median of {rounds} interleaved rounds of {per_round} requests.",
        "## Uncached pages, demo size (page cache off, anonymous)",
        table(
            ["page", "queries", "CPU ms/request", "wall ms/request"],
            [
                (name, demo_queries[name], f"{demo[name][0]:.1f}", f"{demo[name][1]:.1f}")
                for name in demo_pages
            ],
        ),
        bakerydemo,
        "## Demo size against scale size "
        f"({options.news} news items and {options.studies} studies per language)",
        table(
            [
                "page",
                "queries (scale)",
                "CPU ms demo",
                "CPU ms scale",
                "wall ms demo",
                "wall ms scale",
                "scale ÷ demo (wall)",
            ],  # fmt: skip
            [
                (
                    name,
                    scale_queries[name],
                    f"{demo_scale_pages[name][0]:.1f}",
                    f"{scale[name][0]:.1f}",
                    f"{demo_scale_pages[name][1]:.1f}",
                    f"{scale[name][1]:.1f}",
                    f"{scale[name][1] / demo_scale_pages[name][1]:.2f}",
                )
                for name in SCALE_PAGES
            ],
        ),
        "## Staff pages, demo size against scale size "
        "(signed in; the site's own process, without the database's CPU)",
        table(
            [
                "page",
                "CPU ms demo",
                "CPU ms scale",
                "wall ms demo",
                "wall ms scale",
                "scale ÷ demo (wall)",
            ],
            [
                (
                    name,
                    f"{staff_demo[name][0]:.1f}",
                    f"{staff_scale[name][0]:.1f}",
                    f"{staff_demo[name][1]:.1f}",
                    f"{staff_scale[name][1]:.1f}",
                    f"{staff_scale[name][1] / staff_demo[name][1]:.2f}",
                )
                for name in STAFF_PAGES
            ],
        ),
        "## Cached hits against the floor app",
        "The application's own CPU per request, called directly in its process "
        "(bench/in_process.py), and the whole request through gunicorn, whose own share "
        "(reading the request, writing the answer) is the same for both; through gunicorn, "
        f"rounds of {per_round * 50} requests.",
        table(
            ["request", "app CPU ms", "÷ floor", "through gunicorn, CPU ms", "÷ floor"],
            [
                (
                    "floor app (bench/floor.py)",
                    f"{floor_alone:.3f}",
                    "1.00",
                    f"{floor[0]:.2f}",
                    "1.00",
                )
            ]
            + [
                (
                    name,
                    f"{site_alone[name]:.3f}",
                    f"{site_alone[name] / floor_alone:.2f}",
                    f"{cpu:.2f}",
                    f"{cpu / floor[0]:.2f}" if floor[0] else "–",
                )
                for name, (cpu, _wall) in cached.items()
            ],
        ),
        "## Home page on a phone",
        table(
            ["part", "bytes transferred"],
            [*sorted(transfer.items()), ("total", sum(transfer.values()))],
        ),
    ]
    if scale_took is not None:
        sections.append(f"Building the scale content (load_scale_content) took {scale_took:.0f} s.")
    report = "\n\n".join(sections) + "\n"
    print(report)
    results = PROJECT / "bench" / "results"
    results.mkdir(exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M")
    (results / f"{stamp}.md").write_text(report)
    performance = PROJECT / "docs" / "operators" / "performance.md"
    intro = performance.read_text().split("<!-- bench -->")[0] if performance.exists() else ""
    performance.write_text(intro + "<!-- bench -->\n\n" + report)


if __name__ == "__main__":
    main()
