"""Rotating SECRET_KEY as docs/operators/security.md says: with the old key among
SECRET_KEY_FALLBACKS, signed-in staff stay signed in (their next request moves the session to
the new key) and emailed reset links keep working; once it is dropped, old sessions and links
stop working."""

import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.test import Client

pytestmark = pytest.mark.django_db

OLD_KEY = "old-" + "k" * 60
NEW_KEY = "new-" + "n" * 60


@pytest.fixture
def editor(django_user_model, settings):
    settings.SECRET_KEY = OLD_KEY
    settings.SECRET_KEY_FALLBACKS = []
    return django_user_model.objects.create_superuser("casey", "casey@example.org", "a-pass-99")


def signed_in_client(user):
    client = Client()
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    return client


def test_sessions_survive_the_rotation_while_the_old_key_is_a_fallback(editor, settings):
    active, away = signed_in_client(editor), signed_in_client(editor)

    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_KEY, [OLD_KEY]
    # A request in the meantime moves the session over to the new key.
    assert active.get("/admin/").status_code == 200

    settings.SECRET_KEY_FALLBACKS = []
    assert active.get("/admin/").status_code == 200
    assert away.get("/admin/").status_code == 302  # back to the sign-in page


def test_reset_links_sent_before_the_rotation_still_work_until_the_old_key_goes(
    editor, settings, client
):
    client.post("/admin/password_reset/", {"email": "casey@example.org"})
    link = re.search(r"/admin/password_reset/confirm/[^/\s]+/[^/\s]+/", mail.outbox[0].body)
    token = link.group(0).rstrip("/").rsplit("/", 1)[-1]

    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_KEY, [OLD_KEY]
    assert default_token_generator.check_token(editor, token)

    settings.SECRET_KEY_FALLBACKS = []
    assert not default_token_generator.check_token(editor, token)
