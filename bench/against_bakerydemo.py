"""The site's uncached pages set against bakerydemo's, Wagtail's reference site, in one run.

    make bench BAKERYDEMO=/path/to/bakerydemo    # a checkout of github.com/wagtail/bakerydemo

bakerydemo runs as its production settings have it, as far as they run here: DEBUG off,
PostgreSQL from DATABASE_URL, Wagtail's database search backend (no Elasticsearch is set), the
local-memory cache (no Redis is set), no cache of whole pages (its blog index keeps its list of
posts as a fragment, as bakerydemo ships it). It gets a virtualenv of its own,
bench/bakerydemo-venv/ (its django-csp 3 cannot sit beside the site's 4), with the site's Wagtail,
Django, gunicorn and psycopg versions, the rest of its requirements/base.txt and the whitenoise its
production settings load; and a database of its own, bakerydemo_bench, filled by its own
load_initial_data the first time and kept for the next run. Its files (media/, collect_static/)
go where bakerydemo keeps them, in the checkout.
"""

import os
import secrets
import statistics
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from count_queries import query_counts
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from server import POSTGRES, PROJECT, Server, fetch, psql

VENV = PROJECT / "bench" / "bakerydemo-venv"
DATABASE = "bakerydemo_bench"
APPLICATION = "bakerydemo.wsgi:application"
# Installed at the site's versions (bakerydemo's own pins for these are left out).
SAME_AS_SITE = {
    "wagtail": "wagtail",
    "django": "django",
    "gunicorn": "gunicorn",
    "psycopg": "psycopg[binary]",
}
# Of requirements/production.txt, what its production settings import whatever is configured.
FROM_PRODUCTION = {"whitenoise"}
# A word found in several of bakerydemo's pages, as "crisis" is in several of the site's.
SEARCH_WORD = "bread"

# Each of the site's pages (bench/run.py's DEMO_PAGES): what kind of page it is, and
# bakerydemo's page of that kind.
COUNTERPARTS = {
    "home /en/": ("home", "/"),
    "newsroom": ("listing: newsroom ↔ blog index", "/blog/"),
    "news item": ("detail: newest news item ↔ newest blog page", None),  # found in its database
    "search": (f"search: crisis ↔ {SEARCH_WORD}", f"/search/?q={SEARCH_WORD}"),
    "404": ("not found", "/no-such-page/"),
}
HEADERS = [
    "page: site ↔ bakerydemo",
    "queries",
    "queries bakerydemo",
    "CPU ms/request",
    "CPU ms bakerydemo",
    "site ÷ bakerydemo (CPU)",
]


def requirements(checkout):
    """What bakerydemo's virtualenv holds: its own requirements, with the site's versions of
    what both run."""
    pinned = [f"{spelled}=={version(name)}" for name, spelled in SAME_AS_SITE.items()]
    own = [
        line
        for line in _lines(checkout / "requirements" / "base.txt")
        if _name(line) not in SAME_AS_SITE
    ]
    own += [
        line
        for line in _lines(checkout / "requirements" / "production.txt")
        if _name(line) in FROM_PRODUCTION
    ]
    return pinned + own


def _name(requirement):
    return canonicalize_name(Requirement(requirement).name)


def _lines(path):
    lines = (line.split("#")[0].strip() for line in path.read_text().splitlines())
    return [line for line in lines if line and not line.startswith("-")]


def ensure_virtualenv(checkout, log):
    """The scripts directory of bakerydemo's virtualenv, installed again whenever what it
    should hold has changed since the last run."""
    wanted = requirements(checkout)
    installed = VENV / "bench-requirements.txt"
    if installed.exists() and installed.read_text().splitlines() == wanted:
        return VENV / "bin"
    log(f"Installing bakerydemo's requirements in {VENV}…")
    # The site's Python: both are measured on the same interpreter.
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run(pip + wanted, check=True)
    installed.write_text("\n".join(wanted) + "\n")
    return VENV / "bin"


def settings_env(database_url):
    """bakerydemo's production settings, told what this machine has."""
    return {
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
        "DATABASE_URL": database_url,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1,testserver",
        # Served over plain HTTP, as the site is in the bench.
        "SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": "",
        "REDIS_TLS_URL": "",
        "ELASTICSEARCH_ENDPOINT": "",
        "PRIMARY_HOST": "localhost",
    }


class Bakerydemo:
    """A bakerydemo checkout, ready to serve from its own virtualenv and database."""

    def __init__(self, checkout, log):
        self.checkout = Path(checkout).resolve()
        if not (self.checkout / "bakerydemo" / "settings" / "production.py").exists():
            raise SystemExit(f"{self.checkout} is not a bakerydemo checkout")
        self.scripts = ensure_virtualenv(self.checkout, log)
        self.env = settings_env(f"{POSTGRES}/{DATABASE}")
        log("Building bakerydemo's database (kept for the next run)…")
        self._ensure_database()
        self.urls = {
            name: url or self._newest_blog_page() for name, (_kind, url) in COUNTERPARTS.items()
        }

    def manage(self, *args):
        subprocess.run(
            [str(self.scripts / "python"), "manage.py", *args],
            cwd=self.checkout,
            env={**os.environ, **self.env},
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def _ensure_database(self):
        if psql(f"select 1 from pg_database where datname = '{DATABASE}'") != "1":
            psql(f"create database {DATABASE}")
        self.manage("migrate", "--no-input")
        media = self.checkout / "bakerydemo" / "media" / "original_images"
        loaded = psql("select count(*) from blog_blogpage", DATABASE) not in ("", "0")
        # The images' files live in the checkout: a new checkout needs them again.
        if not (loaded and media.is_dir()):
            self.manage("load_initial_data")
        if not (self.checkout / "bakerydemo" / "collect_static" / "staticfiles.json").exists():
            self.manage("collectstatic", "--no-input")

    def _newest_blog_page(self):
        path = psql(
            "select p.url_path from wagtailcore_page p join blog_blogpage b"
            " on b.page_ptr_id = p.id where p.live"
            " order by b.date_published desc nulls last, p.id desc limit 1",
            DATABASE,
        )
        return "/" + path.split("/", 2)[2]  # the URL below its site's root page

    def server(self):
        return Server(APPLICATION, self.env, DATABASE, cwd=self.checkout, scripts=self.scripts)

    def query_counts(self):
        return query_counts(self.urls, self.env, self.scripts / "python", self.checkout)


def warm(server, url, status):
    """Requests url until the server's caches are filled, and checks that it answers status."""
    connection = server.connection()
    for _ in range(3):
        answered, _body = fetch(connection, url)
    if answered != status:
        raise RuntimeError(f"{url} answered {answered}, not {status}")


def measure_beside(site, site_urls, bakerydemo, bakerydemo_urls, rounds, per_round):
    """{name: (site CPU ms, bakerydemo CPU ms)} per request, medians over rounds; in each round
    every page is measured on both servers in turn, which of them goes first alternating."""
    sides = [(site, site_urls), (bakerydemo, bakerydemo_urls)]
    for server, urls in sides:
        for name, url in urls.items():
            warm(server, url, 404 if name == "404" else 200)
    connections = [server.connection() for server, _urls in sides]
    samples = {name: ([], []) for name in COUNTERPARTS}
    for number in range(rounds):
        order = [0, 1] if number % 2 == 0 else [1, 0]
        for name in COUNTERPARTS:
            for side in order:
                server, urls = sides[side]
                cpu, _wall = server.cost(connections[side], urls[name], per_round)
                samples[name][side].append(cpu)
    return {name: tuple(statistics.median(s) for s in pair) for name, pair in samples.items()}


def rows(site_urls, bakerydemo_urls, site_queries, bakerydemo_queries, cpu):
    """The table's rows (HEADERS), a page of each kind."""
    found = []
    for name, (kind, _url) in COUNTERPARTS.items():
        site_cpu, bakerydemo_cpu = cpu[name]
        found.append(
            (
                f"{kind}: `{site_urls[name]}` ↔ `{bakerydemo_urls[name]}`",
                site_queries[name],
                bakerydemo_queries[name],
                f"{site_cpu:.1f}",
                f"{bakerydemo_cpu:.1f}",
                f"{site_cpu / bakerydemo_cpu:.2f}" if bakerydemo_cpu else "–",
            )
        )
    return found
