"""Settings shared by every environment.

Everything that varies between machines is read from the environment here, in one place;
dev.py, test.py and production.py only choose defaults and harden.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _
from wagtail.embeds.oembed_providers import soundcloud, vimeo, youtube

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Earlier keys, still accepted for what they signed (sessions, password-reset links) while a new
# SECRET_KEY takes over; see docs/operators/security.md.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "media_library",
    "website",
    "translations",
    "editorial",
    "news",
    "research",
    "home",
    "demo_content",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtailmedia",
    "wagtail.contrib.forms",
    "wagtail_honeypot",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "editorial.users_app.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
]

MIDDLEWARE = [
    # First: what it keeps for a request is there for every middleware and view below.
    "website.shared_lookups.SharedLookupsMiddleware",
    # Next, so that a cached page is sent before any other middleware runs (website/page_cache.py).
    "website.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "website.security_headers.ContentSecurityPolicyMiddleware",
    "website.security_headers.PermissionsPolicyMiddleware",
    "website.malformed_input.MalformedInputMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "website.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lockout answer.
    "axes.middleware.AxesMiddleware",
]

# django-axes checks each sign-in before Django's own backend tries the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL names another.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, this process's memory otherwise. The cache is never needed
# for the site to work: with Redis unreachable, website/cache.py turns every use into a miss, and
# the short timeouts keep a hung server from holding requests.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "website.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail looks an image's renditions up in the cache named "renditions" when there is one,
# rather than asking the database for each picture of each card.
CACHES["renditions"] = {**CACHES["default"], "KEY_PREFIX": "renditions"}
# Sessions in the database, read through the cache: they survive a Redis restart or outage.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Anonymous readers get pages from the cache for up to this long, or until content changes
# (website/page_cache.py). The limit bounds how long a page that changes with the clock,
# such as a webinar that has just ended, can show its old state.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# Each process reads the content version from the database at most this often, so a cached
# page costs no query; another process's publication reaches readers within this time.
CONTENT_VERSION_SECONDS = float(os.environ.get("CONTENT_VERSION_SECONDS", "0.5"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English and Spanish, both always prefixed in the URL (/en/, /es/).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/New_York"
# Staff schedule pages for US Eastern readers: the admin shows and reads times in the site's
# time zone, and the schedule dialog names it (website/page_form.py).
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email: SMTP settings from the environment; dev.py and test.py replace the backend.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "eCPR website <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who gets an email for each server error: comma-separated addresses.
ADMINS = [(address, address) for address in env_list("ADMINS")]

# Wagtail
WAGTAIL_SITE_NAME = "Emotional CPR (eCPR)"
# No avatars fetched from gravatar.com: staff addresses stay private, and the admin's browser
# policy allows nothing from other sites.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does it ask releases.wagtail.org for new versions: upgrades follow the release notes.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Editorial workflow (editorial/roles.py): comments on pages, and review emails to the people
# in the reviewing group and to the submitter. Administrators get them only if they join a group.
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILIMAGES_IMAGE_MODEL = "media_library.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "media_library.CustomDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "media_library.forms.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "media_library.forms.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "pptx", "ppt", "docx", "doc", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 40 megapixels: more than any camera photo needs; a larger image costs too much memory to decode.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# The database backend, stemming each language with its own rules on PostgreSQL
# (see website/search/backend.py); objects without a language are indexed word for word.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "website.search.backend",
        "SEARCH_CONFIG": "simple",
        "LANGUAGE_CONFIGS": {"en": "english", "es": "spanish"},
    }
}
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Forms: a hidden field only bots fill in, and a post sooner than this many seconds after the
# form was shown, are dropped quietly (wagtail-honeypot).
HONEYPOT_ENABLED_DEFAULT = True
HONEYPOT_TIME_INTERVAL = 3
# Posts to forms are counted per address in the default cache (Redis in production, so every app
# server shares the count). Behind a proxy, name the header that carries the reader's address,
# e.g. HTTP_X_REAL_IP. django-ratelimit's app is not installed: its only job is a system check
# that knows neither Django's own Redis cache nor development's local-memory one.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY") or None
# With the cache unreachable, posts are let through (the honeypot still applies) rather than
# refused.
RATELIMIT_FAIL_OPEN = True
# A form posted without a valid CSRF token gets a page in the site's design, not Django's.
CSRF_FAILURE_VIEW = "website.views.csrf_failure"
# Requests for a password-reset email, per address (website/password_reset.py).
PASSWORD_RESET_RATE = "5/h"

# Browser policies (website/security_headers.py). Public pages run no inline script or style;
# embedded players come from the three sites editors may embed. CSP_REPORT_ONLY=1 sends the same
# policy as Content-Security-Policy-Report-Only, so browsers report what it would block and block
# nothing (CSP_REPORT_URI names where reports go); see docs/operators/security.md.
EMBED_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://w.soundcloud.com",
]
# Editors may embed only from those three sites: an address from any other is an error in the
# page editor, before anything is fetched, rather than a player the policy blocks on the page.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [youtube, vimeo, soundcloud],
    }
]
_CSP = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "media-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
if os.environ.get("CSP_REPORT_URI"):
    _CSP["DIRECTIVES"]["report-uri"] = [os.environ["CSP_REPORT_URI"]]
if os.environ.get("CSP_REPORT_ONLY", "") == "1":
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP
else:
    CONTENT_SECURITY_POLICY = _CSP
# What Wagtail's admin needs beyond the public policy (found by driving the admin in Chromium
# with the policy on; tests/browser/ fails on any violation).
# Wagtail 7.4's admin writes inline <script> and <style> in its own templates and scripts (the
# page editor, wagtail-localize's translation editor), and shows uploads being prepared as blob:
# images.
CSP_ADMIN_ADDITIONS = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["blob:"],
}
PERMISSIONS_POLICY_OFF = [
    "accelerometer",
    "autoplay",
    "bluetooth",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "serial",
    "usb",
    "xr-spatial-tracking",
]

# Sign-in throttling (django-axes): five failures for one user name from one address lock that
# pair out for fifteen minutes, even with the right password. Attempts are kept in the database,
# so the lockout holds with Redis down; a failure during the lockout does not extend it.
# Unlock with `manage.py axes_reset_username NAME` (and the other axes_reset commands) or in
# the admin under Settings › Sign-in lockouts.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "website.lockout.lockout_response"
# The same address the form rate limit counts: behind nginx, the header RATELIMIT_IP_META_KEY names.
AXES_CLIENT_IP_CALLABLE = "website.client_address.client_address"
# The Django admin is not installed as a site here; Wagtail's admin has its own view of lockouts.
AXES_ENABLE_ADMIN = False
# Log the user name and address of each failure and lockout, so operators can act on them.
AXES_SENSITIVE_PARAMETERS = []

# A translation starts as a draft: it goes live only through review.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation as a translator's first draft: DeepL, through wagtail-localize, when a key
# is set, with the translators' glossary sent along; without one the translation editor simply
# offers no machine translation. DEEPL_API_URL points at another address (e.g. a proxy).
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.deepl.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY, "API_URL": os.environ.get("DEEPL_API_URL", "")},
    }
