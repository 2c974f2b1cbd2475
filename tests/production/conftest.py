"""Fixtures of the production tier: one tier for the whole run, and what tests drive it with.

Run with `make test-production`; `make test` never collects this folder (tests/conftest.py).
While working on the tier itself, ECPR_TIER_SEED=/some/folder saves the migrated demo site there
on the first run (deploy/backup.sh) and restores it on later runs (deploy/restore.sh), which
saves minutes; ECPR_TIER_KEEP=1 keeps the tier's folder and logs.
"""

import os
import tempfile
from pathlib import Path

import pytest
import urllib3

from .client import Visitor
from .figures import FIGURES, record
from .tier import Tier

# The tier's certificate is made for 127.0.0.1 on the spot; no public authority signs it.
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


@pytest.fixture(scope="session")
def tier():
    root = Path(tempfile.mkdtemp(prefix="ecpr-tier-"))
    running = Tier(root)
    FIGURES.unlink(missing_ok=True)
    try:
        running.start()
        for step, seconds in running.timings.items():
            record(f"start-up: {step}", f"{seconds} s")
        yield running
    finally:
        running.stop()
        if not os.environ.get("ECPR_TIER_KEEP"):
            import shutil

            shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def base_url(tier):
    """The site's address through nginx, over HTTPS."""
    return tier.nginx.url


@pytest.fixture
def visitor(base_url):
    """A new visitor: a browser-like client with no cookies yet."""
    return Visitor(base_url)


@pytest.fixture
def new_visitor(base_url):
    """Make as many new visitors as a test needs."""
    return lambda: Visitor(base_url)


@pytest.fixture
def staff(base_url, tier):
    """A visitor signed in to the admin as a superuser."""
    person = Visitor(base_url)
    person.sign_in(tier.admin_username, tier.admin_password)
    return person


@pytest.fixture
def database(tier):
    """A connection to the tier's database (autocommit), for looking at what the site stored."""
    with tier.postgres.connect() as connection:
        yield connection


@pytest.fixture
def fresh_rate_limit(tier):
    # Form posts are counted per address in Redis; every test that posts starts from none.
    tier.redis.flush()


def pytest_terminal_summary(terminalreporter):
    figures = FIGURES.read_text() if FIGURES.exists() else ""
    if figures:
        terminalreporter.write_sep("-", "production tier figures")
        terminalreporter.write(figures)
