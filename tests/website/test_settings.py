"""Production settings: refuse to start without secrets, and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
GOOD_SECRET = "s" * 20 + "0123456789abcdefghijklmnopqrstuvwxyz!@#$"


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        # DJANGO_ALLOW_ASYNC_UNSAFE is set while browser tests run; production must not see it.
        if key
        not in (
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        )
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="website.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "ecpr.example.org"}, "Set SECRET_KEY"),
        ({"ALLOWED_HOSTS": "ecpr.example.org", "SECRET_KEY": "short"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": GOOD_SECRET}, "Set ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_its_secrets(env, message):
    result = manage("check", **env)

    assert result.returncode != 0
    assert message in result.stderr


def test_production_passes_the_deployment_checks_without_a_warning():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="ecpr.example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deployment_checks_stay_clean_during_a_key_rotation_and_in_report_only_mode():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=GOOD_SECRET,
        SECRET_KEY_FALLBACKS="f" * 20 + "0123456789abcdefghijklmnopqrstuvwxyz!@#$",
        CSP_REPORT_ONLY="1",
        ALLOWED_HOSTS="ecpr.example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_short_old_key_is_reported_by_the_deployment_checks():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=GOOD_SECRET,
        SECRET_KEY_FALLBACKS="old-and-short",
        ALLOWED_HOSTS="ecpr.example.org",
    )

    assert result.returncode != 0
    assert "SECRET_KEY_FALLBACKS" in result.stdout + result.stderr
