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
  proxy sends them.
Figures are medians of interleaved rounds. The table goes to bench/results/ and to
docs/operators/performance.md.

    make bench                      # or: .venv/bin/python bench/run.py --rounds 5
"""

import argparse
import datetime
import gzip
import http.client
import json
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

PROJECT = Path(__file__).resolve().parents[1]
PYTHON = Path(sys.executable)
BIN = PYTHON.parent
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
TICKS = os.sysconf("SC_CLK_TCK")
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


def psql(sql, database="postgres"):
    return subprocess.run(
        ["psql", f"{POSTGRES}/{database}", "-Atc", sql], capture_output=True, text=True
    ).stdout.strip()


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


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid):
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


class Server:
    """gunicorn with 2 workers serving app, and the PostgreSQL backends of database (if any)."""

    def __init__(self, app, env, database_name=None):
        self.port = free_port()
        self.database_name = database_name
        self.env = {
            **os.environ,
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "WEB_CONCURRENCY": "2",
        }
        self.args = [str(BIN / "gunicorn"), "--config", "deploy/gunicorn.conf.py", app]
        self.args += ["--access-logfile", "/dev/null"]

    def __enter__(self):
        self.process = subprocess.Popen(
            self.args,
            cwd=PROJECT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while len(children(self.process.pid)) < 2 or not self._answers():
            if time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not start")
            time.sleep(0.2)
        return self

    def _answers(self):
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
            return True
        except OSError:
            return False

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(30)

    def backends(self):
        if not self.database_name:
            return []
        rows = psql(
            f"select pid from pg_stat_activity where datname = '{self.database_name}'"
            " and pid <> pg_backend_pid()"
        )
        return [int(pid) for pid in rows.split()]

    def cpu(self):
        pids = children(self.process.pid) + self.backends()
        return sum(cpu_seconds(pid) for pid in pids)

    def connection(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)


def fetch(connection, url, method="GET"):
    connection.request(method, url, headers={"Host": "localhost", "Accept-Encoding": "identity"})
    response = connection.getresponse()
    body = response.read()
    return response.status, body


def measure(server, pages, rounds, per_round):
    """{name: (cpu ms per request, wall ms per request)}, medians over interleaved rounds."""
    connection = server.connection()
    for url in pages.values():
        for _ in range(3):  # warm the workers' caches and database connections
            fetch(connection, url)
    samples = {name: ([], []) for name in pages}
    for _ in range(rounds):
        for name, url in pages.items():
            before_cpu, before_wall = server.cpu(), time.perf_counter()
            for _ in range(per_round):
                fetch(connection, url)
            wall = (time.perf_counter() - before_wall) / per_round
            cpu = (server.cpu() - before_cpu) / per_round
            samples[name][0].append(cpu * 1000)
            samples[name][1].append(wall * 1000)
    return {name: (statistics.median(c), statistics.median(w)) for name, (c, w) in samples.items()}


COUNT_QUERIES = """
import json, sys
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment
setup_test_environment()
client = Client()
counts = {}
for name, url in json.loads(sys.argv[1]).items():
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    counts[name] = len(queries)
print(json.dumps(counts))
"""

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


def query_counts(database, pages):
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "DJANGO_SETTINGS_MODULE": "website.settings.test",
    }
    script = "import django; django.setup()\n" + COUNT_QUERIES
    output = subprocess.run(
        [str(PYTHON), "-c", script, json.dumps(pages)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


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
    options = parser.parse_args()
    demo_name, scale_name = options.demo_database, options.scale_database

    log("Building the demo and scale databases (kept for the next run)…")
    demo_db, _took = ensure_database(demo_name, 0, 0)
    scale_db, scale_took = ensure_database(scale_name, options.news, options.studies)
    static_root = Path(tempfile.mkdtemp(prefix="ecpr-bench-static-"))
    subprocess.run(
        [str(PYTHON), "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=PROJECT,
        env={**os.environ, **site_env(demo_db, 0, static_root)},
        check=True,
    )

    demo_pages = dict(DEMO_PAGES, **{"news item": newest_news_item(demo_name)})
    log("Counting queries…")
    demo_queries = query_counts(demo_db, demo_pages)
    scale_queries = query_counts(scale_db, SCALE_PAGES)

    rounds, per_round = options.rounds, options.per_round
    log("Measuring the demo-size site, page cache off…")
    with Server(SITE, site_env(demo_db, 0, static_root), demo_name) as server:
        demo = measure(server, demo_pages, rounds, per_round)
        demo_scale_pages = measure(server, SCALE_PAGES, rounds, per_round)
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
        cached = measure(server, cached_pages, rounds, per_round * 5)
    with Server("bench.floor:application", {"DJANGO_SETTINGS_MODULE": ""}) as server:
        floor = measure(server, {"floor": "/"}, rounds, per_round * 5)["floor"]
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
        "(reading the request, writing the answer) is the same for both.",
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
