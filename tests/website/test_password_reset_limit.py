"""The admin's password-reset form sends a limited number of emails, whoever asks."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

pytestmark = pytest.mark.django_db

LIMIT_TEXT = "Too many password reset requests"


@pytest.fixture(autouse=True)
def _empty_counts():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("casey", "casey@example.org", "a-password-9")


def ask(client, email, address="203.0.113.5", **headers):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address, **headers)


def test_five_requests_an_hour_then_a_clear_refusal(client, staff):
    answers = [ask(client, "casey@example.org") for _ in range(5)]
    assert [a.status_code for a in answers] == [302] * 5
    assert len(mail.outbox) == 5

    refused = ask(client, "casey@example.org")

    assert refused.status_code == 429
    assert LIMIT_TEXT in refused.text
    assert 'name="email"' in refused.text
    assert len(mail.outbox) == 5


def test_refusal_is_in_the_users_language(client, staff):
    for _ in range(5):
        ask(client, "casey@example.org")

    refused = ask(client, "casey@example.org", HTTP_ACCEPT_LANGUAGE="es")

    assert refused.status_code == 429
    assert "Demasiadas solicitudes" in refused.text


def test_one_inbox_cannot_be_flooded_from_many_addresses(staff):
    for n in range(5):
        ask(Client(), "casey@example.org", address=f"198.51.100.{n}")

    assert ask(Client(), "casey@example.org", address="198.51.100.99").status_code == 429
    assert len(mail.outbox) == 5


def test_the_limit_does_not_reveal_whether_an_address_has_an_account(staff):
    real = [ask(Client(), "casey@example.org", address="192.0.2.1").status_code for _ in range(6)]
    made_up = [
        ask(Client(), "nobody@example.org", address="192.0.2.2").status_code for _ in range(6)
    ]

    assert real == made_up == [302] * 5 + [429]
