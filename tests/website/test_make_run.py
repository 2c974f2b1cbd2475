"""`make run PORT=…`: the admin's links in notification emails point at the port it serves on."""

import os
import shutil
import subprocess

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")


def commands_environment(**environment):
    """What each manage.py command `make run` starts sees as WAGTAILADMIN_BASE_URL."""
    env = {key: value for key, value in os.environ.items() if key != "WAGTAILADMIN_BASE_URL"}
    env.update(environment)
    # Each manage.py command is replaced by one that prints the variable, so nothing is served.
    result = subprocess.run(
        ["make", "-s", "run", "PORT=8010", "MANAGE=sh -c 'echo base=$$WAGTAILADMIN_BASE_URL' x"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if line.startswith("base=")]


def test_make_run_sets_the_admin_address_to_its_port():
    lines = commands_environment()

    assert len(lines) >= 4
    assert set(lines) == {"base=http://127.0.0.1:8010"}


def test_an_address_set_by_the_operator_is_kept():
    lines = commands_environment(WAGTAILADMIN_BASE_URL="https://ecpr.example.org")

    assert set(lines) == {"base=https://ecpr.example.org"}
