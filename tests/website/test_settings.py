"""Production settings: refuse to start without secrets, and pass Django's deployment checks."""

import json
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


def test_errors_reach_the_admins_and_sentry_when_configured():
    result = manage(
        "shell",
        "--no-imports",
        "--command",
        "from django.conf import settings; import sentry_sdk; "
        "print(settings.ADMINS); print(sentry_sdk.get_client().is_active())",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="ecpr.example.org",
        ADMINS="ops@example.org, webmaster@example.org",
        # Nothing is sent: no error happens in this process.
        SENTRY_DSN="https://public@127.0.0.1:9/1",
    )

    assert result.returncode == 0, result.stderr
    assert "('ops@example.org', 'ops@example.org')" in result.stdout
    assert "('webmaster@example.org', 'webmaster@example.org')" in result.stdout
    assert result.stdout.strip().endswith("True")


def test_without_sentry_dsn_nothing_is_reported_to_sentry():
    result = manage(
        "shell",
        "--no-imports",
        "--command",
        "import sentry_sdk; print(sentry_sdk.get_client().is_active())",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="ecpr.example.org",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("False")


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


SHOW_SERVICES = """
import json
from django.conf import settings
print(json.dumps({
    "storage": settings.STORAGES["default"]["BACKEND"],
    "documents": getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None),
    "images": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "purge": [b["LOCATION"] for b in getattr(settings, "WAGTAILFRONTENDCACHE", {}).values()],
    "version_seconds": settings.CONTENT_VERSION_SECONDS,
}))
"""


def services(**env):
    result = manage(
        "shell",
        "--no-imports",
        "--command",
        SHOW_SERVICES,
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="ecpr.example.org",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_object_storage_and_front_caches_are_used_only_when_named():
    named = services(
        AWS_STORAGE_BUCKET_NAME="ecpr-uploads",
        AWS_S3_ENDPOINT_URL="https://s3.us-east-1.amazonaws.com",
        FRONTEND_CACHE_PURGE_URLS="http://10.0.0.5:6081, http://10.0.0.6:6081",
    )
    assert named["storage"] == "storages.backends.s3.S3Storage"
    assert named["documents"] == "serve_view"
    assert "https://s3.us-east-1.amazonaws.com" in named["images"]
    assert named["purge"] == ["http://10.0.0.5:6081", "http://10.0.0.6:6081"]
    # What the front cache fetches after a purge is never a worker's page of a moment ago.
    assert named["version_seconds"] == 0

    unnamed = services()
    assert unnamed["storage"] == "django.core.files.storage.FileSystemStorage"
    assert unnamed["documents"] is None
    assert unnamed["images"] == ["'self'", "data:"]
    assert unnamed["purge"] == []
    assert unnamed["version_seconds"] == 0.5


def test_a_bucket_without_its_endpoint_is_refused():
    result = manage(
        "check", SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="ecpr.example.org",
        AWS_STORAGE_BUCKET_NAME="ecpr-uploads",
    )  # fmt: skip

    assert result.returncode != 0
    assert "AWS_S3_ENDPOINT_URL" in result.stderr


# The site's own policy middleware, as production builds it, around a plain answer: the full
# stack would need the collected static files.
SHOW_POLICY_HEADERS = """
import json
from django.http import HttpResponse
from django.test import RequestFactory
from website.security_headers import ContentSecurityPolicyMiddleware
middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse("ok"))
print(json.dumps({
    path: {
        name: value
        for name, value in middleware(RequestFactory().get(path, secure=True)).headers.items()
        if name.lower().startswith("content-security-policy")
    }
    for path in ("/en/", "/admin/")
}))
"""


def policy_headers(**env):
    result = manage(
        "shell",
        "--no-imports",
        "--command",
        SHOW_POLICY_HEADERS,
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="ecpr.example.org",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_csp_report_only_sends_the_policy_as_report_only_in_production():
    enforced = policy_headers()
    report_only = policy_headers(CSP_REPORT_ONLY="1", CSP_REPORT_URI="/csp-reports/")

    for path in ("/en/", "/admin/"):
        assert list(enforced[path]) == ["Content-Security-Policy"]
        assert list(report_only[path]) == ["Content-Security-Policy-Report-Only"]
        policy = report_only[path]["Content-Security-Policy-Report-Only"]
        assert "frame-ancestors 'self'" in policy
        assert "report-uri /csp-reports/" in policy
    # The admin's additions follow the policy into report-only mode.
    assert "'unsafe-inline'" in report_only["/admin/"]["Content-Security-Policy-Report-Only"]
    assert "'unsafe-inline'" not in report_only["/en/"]["Content-Security-Policy-Report-Only"]
