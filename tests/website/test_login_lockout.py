"""Sign-in throttling: five failures for one user name from one address lock that pair out for
fifteen minutes, even with the right password; administrators unlock it; nothing tells an
attacker whether a user name exists."""

import datetime
import io
import logging
import re

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-password-42"
WRONG = "not-the-password"
LOCKOUT_TEXT = "Too many failed sign-in attempts"
# Masked afresh each time it is written, so it differs even between two places on one page.
CSRF_TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value="|"CSRF_TOKEN": ")[A-Za-z0-9]+')


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("casey", "casey@example.org", PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def sign_in(client, username, password, address="203.0.113.5", **headers):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def fail(client, username, times, **kwargs):
    return [sign_in(client, username, WRONG, **kwargs) for _ in range(times)]


def signed_in(response):
    return response.status_code == 302 and "_auth_user_id" in response.wsgi_request.session


def test_four_failures_still_let_the_right_password_in(client, editor):
    fail(client, "casey", 4)

    assert signed_in(sign_in(client, "casey", PASSWORD))


def test_five_failures_lock_out_even_the_right_password(client, editor):
    responses = fail(client, "casey", 5)
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 429]

    response = sign_in(client, "casey", PASSWORD)

    assert response.status_code == 429
    assert not signed_in(response)
    assert LOCKOUT_TEXT in response.text
    assert "15 minutes" in response.text
    # One message, in place of "Please enter a correct username and password".
    assert "correct username and password" not in response.text
    # The sign-in form is still there, so the person knows where they are.
    assert 'name="username"' in response.text


def test_the_lockout_lasts_fifteen_minutes(client, editor):
    fail(client, "casey", 5)
    # Move the recorded attempts back in time, as fifteen minutes passing would.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=14))
    assert sign_in(client, "casey", PASSWORD).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert signed_in(sign_in(client, "casey", PASSWORD))


def test_lockout_is_per_user_name_and_address(client, editor, django_user_model):
    django_user_model.objects.create_superuser("robin", "robin@example.org", PASSWORD)
    fail(client, "casey", 5)

    # Another user name from the same address, and the same user name from another address.
    assert signed_in(sign_in(Client(), "robin", PASSWORD))
    assert signed_in(sign_in(Client(), "casey", PASSWORD, address="198.51.100.7"))


def test_lockout_message_is_in_the_users_language(client, editor):
    fail(client, "casey", 5)

    response = sign_in(client, "casey", PASSWORD, HTTP_ACCEPT_LANGUAGE="es")

    assert response.status_code == 429
    assert "Demasiados intentos fallidos" in response.text
    assert "15 minutos" in response.text


def test_lockout_is_logged(client, editor, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        fail(client, "casey", 5)

    locked = [r.getMessage() for r in caplog.records if "Locking out" in r.getMessage()]
    # Operators see who and from where; the password is never logged.
    assert len(locked) == 1 and '"casey"' in locked[0] and "203.0.113.5" in locked[0]
    assert not any(WRONG in r.getMessage() for r in caplog.records)


def page_as_seen_by(response, username):
    """The whole answer, less what differs on every request (the CSRF token, in the form and
    in the admin's script settings) and the user name the form shows back to whoever typed it."""
    text, tokens = CSRF_TOKEN.subn(r"\1CSRF-TOKEN", response.text)
    assert tokens == 2, "the page no longer shows its CSRF token where this test looks for it"
    return response.status_code, text.replace(username, "USERNAME")


def test_responses_do_not_reveal_whether_a_user_name_exists(editor):
    # Four failures, the fifth that locks out, and one more during the lockout.
    real = [sign_in(Client(), "casey", WRONG) for _ in range(6)]
    made_up = [sign_in(Client(), "nobody-here", WRONG) for _ in range(6)]

    assert [page_as_seen_by(r, "casey") for r in real] == [
        page_as_seen_by(r, "nobody-here") for r in made_up
    ]
    assert [r.status_code for r in real] == [200, 200, 200, 200, 429, 429]
    assert "and password didn" in real[0].text  # "Your username and password didn't match"
    assert LOCKOUT_TEXT in real[-1].text


def test_behind_a_proxy_each_reader_is_counted_by_the_forwarded_address(client, editor, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    # Every request arrives from the proxy's own address, carrying the reader's in X-Real-IP.
    fail(client, "casey", 5, address="127.0.0.1", HTTP_X_REAL_IP="203.0.113.9")

    assert AccessAttempt.objects.get().ip_address == "203.0.113.9"
    other_reader = sign_in(Client(), "casey", PASSWORD, "127.0.0.1", HTTP_X_REAL_IP="192.0.2.44")
    assert signed_in(other_reader)


def test_forwarded_for_counts_the_address_the_proxy_added(client, editor, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    # A client may send its own X-Forwarded-For; nginx appends the address it saw.
    for forged in ("1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4", "5.5.5.5"):
        sign_in(client, "casey", WRONG, "127.0.0.1", HTTP_X_FORWARDED_FOR=f"{forged}, 203.0.113.9")

    assert (
        sign_in(
            client, "casey", PASSWORD, "127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9"
        ).status_code
        == 429
    )


def test_lockout_holds_with_the_cache_unreachable(client, editor, settings):
    # Attempts live in the database: a cache that cannot be reached changes nothing.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    fail(client, "casey", 5)

    assert sign_in(client, "casey", PASSWORD).status_code == 429


def test_management_command_unlocks(client, editor):
    fail(client, "casey", 5)

    call_command("axes_reset_username", "casey", stdout=io.StringIO())

    assert signed_in(sign_in(client, "casey", PASSWORD))


def test_administrator_unlocks_from_the_admin(client, editor, django_user_model):
    fail(client, "casey", 5)
    admin = django_user_model.objects.create_superuser("robin", "robin@example.org", PASSWORD)
    admin_client = Client()
    admin_client.force_login(admin)

    dashboard = admin_client.get("/admin/")
    listing = admin_client.get("/admin/lockouts/")
    assert "/admin/lockouts/" in dashboard.text  # Settings › Sign-in lockouts
    assert "casey" in listing.text and "203.0.113.5" in listing.text
    assert "Blocked until" in listing.text

    attempt = AccessAttempt.objects.get()
    response = admin_client.post(f"/admin/lockouts/{attempt.pk}/unlock/", follow=True)

    assert "casey can sign in again from 203.0.113.5." in response.text
    assert "Nobody is blocked from signing in." in response.text
    assert signed_in(sign_in(client, "casey", PASSWORD))


def test_only_administrators_see_or_lift_lockouts(client, editor):
    fail(Client(), "casey", 5)
    attempt = AccessAttempt.objects.get()
    AccessAttempt.objects.update(failures_since_start=5)
    client.force_login(editor)

    assert "/admin/lockouts/" not in client.get("/admin/").text
    assert client.get("/admin/lockouts/").status_code in (302, 403)
    assert client.post(f"/admin/lockouts/{attempt.pk}/unlock/").status_code in (302, 403)
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()
