from django.core.exceptions import ImproperlyConfigured

from . import error_reporting
from .base import *  # noqa: F403
from .base import _CSP
from .object_storage import DOCUMENTS_SERVE_METHOD, files_origin, s3_storage

if not SECRET_KEY or SECRET_KEY.startswith(("dev-", "test-")) or len(SECRET_KEY) < 50:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 50 characters.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the site's host names, comma-separated.")

DEBUG = False
CONN_MAX_AGE = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = CONN_MAX_AGE  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Wagtail's live preview shows the page being edited in a frame of the admin (same origin),
# so frames are allowed from this site only; the check that asks for DENY is silenced for that.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# Uploaded files in an S3-compatible bucket when one is named (website/settings/object_storage.py),
# so that every app server reads and writes the same files; MEDIA_ROOT otherwise.
OBJECT_STORAGE = s3_storage(os.environ)  # noqa: F405
if OBJECT_STORAGE:
    STORAGES["default"] = OBJECT_STORAGE  # noqa: F405
    WAGTAILDOCS_SERVE_METHOD = DOCUMENTS_SERVE_METHOD
    # Pages show images and recordings from the bucket's address (the policy, enforced or
    # report-only, is this one dictionary).
    for _directive in ("img-src", "media-src"):
        _CSP["DIRECTIVES"][_directive].append(files_origin(OBJECT_STORAGE))

# HTTP caches in front (Varnish, deploy/varnish/ecpr.vcl), told through Wagtail's frontend cache
# whenever published content changes (website/front_cache.py). Comma-separated addresses where
# each one accepts PURGE, e.g. http://127.0.0.1:6081.
FRONTEND_CACHE_PURGE_URLS = env_list("FRONTEND_CACHE_PURGE_URLS")  # noqa: F405
if FRONTEND_CACHE_PURGE_URLS:
    WAGTAILFRONTENDCACHE = {
        f"varnish-{number}": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
        for number, location in enumerate(FRONTEND_CACHE_PURGE_URLS)
    }
    # The cache in front answers repeated reads itself. What it asks for after a purge must be
    # the new page, so every worker reads the content version afresh for each request rather
    # than trusting one read a moment ago (website/models/content_version.py).
    CONTENT_VERSION_SECONDS = 0

# Errors go to the log (the journal under systemd) and, for server errors, by email to ADMINS;
# a database outage's 503s are logged, not mailed (website/settings/error_reporting.py).
LOGGING = error_reporting.LOGGING

# Error reporting to Sentry (or a compatible service) when SENTRY_DSN is set.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")  # noqa: F405
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),  # noqa: F405
        send_default_pii=False,
    )
