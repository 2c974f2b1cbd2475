"""Errors reach someone: with the production logging configuration, a fault in the site is
mailed to ADMINS once, and a database outage's 503 is not mailed at all."""

import copy
import logging.config

import pytest
from django.core import mail
from django.db import OperationalError
from django.test import Client
from django.urls import path
from django.utils.log import configure_logging

from website.settings.error_reporting import LOGGING
from website.urls import urlpatterns as site_urlpatterns

pytestmark = pytest.mark.django_db


def broken(request):
    raise ValueError("a fault in the site")


def database_gone(request):
    raise OperationalError("connection refused")


# This module is the site's URLconf during these tests: the site's addresses, its error
# handlers, and two views that fail the two ways a request can.
urlpatterns = [
    path("broken/", broken),
    path("database-gone/", database_gone),
    *site_urlpatterns,
]
handler500 = "website.views.server_error"


@pytest.fixture
def production_logging(settings, site_pages):
    settings.ROOT_URLCONF = __name__
    settings.ADMINS = [("ops@example.org", "ops@example.org")]
    logging.config.dictConfig(copy.deepcopy(LOGGING))
    yield
    configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)


@pytest.fixture
def reader():
    # As a browser would: the error page, not the exception.
    return Client(raise_request_exception=False)


def test_a_fault_in_the_site_is_mailed_to_the_admins_once(production_logging, reader):
    response = reader.get("/broken/")

    assert response.status_code == 500
    [message] = mail.outbox
    assert message.to == ["ops@example.org"]
    assert "Internal Server Error: /broken/" in message.subject
    assert "a fault in the site" in message.body


def test_a_database_outage_is_a_503_and_is_not_mailed(production_logging, reader):
    response = reader.get("/database-gone/")

    assert response.status_code == 503
    assert mail.outbox == []
