"""The floor: a one-file Django app that answers every request with the same HTML through
Django's default middleware (as `startproject` sets it up). Nothing a Django site does costs
less; the site's cached pages are measured against it.

    gunicorn bench.floor:application
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

HTML = "<!DOCTYPE html><html lang=en><title>Floor</title><p>" + "A page of text. " * 400

settings.configure(
    DEBUG=False,
    SECRET_KEY="floor-app-only-for-measuring-" + "x" * 40,
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
    ],
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
    DATABASES={},
    SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies",
)


def page(request):
    return HttpResponse(HTML)


urlpatterns = [path("", page), path("<path:rest>", page)]
application = get_wsgi_application()
