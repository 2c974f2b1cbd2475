"""Where the site's errors go in production: the log (the journal under systemd) and, for
server errors, an email to ADMINS.

production.py uses it; kept apart from production.py so that the tests load this very
configuration into a site with test settings and see who is mailed.
"""


def _not_unavailable(record):
    # A database outage answers every request with a 503 (website/views.py): one email per
    # request would bury the inbox, so it is logged only.
    return getattr(record, "status_code", None) != 503


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "not_unavailable": {
            "()": "django.utils.log.CallbackFilter",
            "callback": _not_unavailable,
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["not_unavailable"],
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.request": {
            "handlers": ["console", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
        },
    },
}
