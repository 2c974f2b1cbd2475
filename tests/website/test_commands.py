"""The commands `make run` uses: an admin account whose printed login works."""

import io
import re

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run_ensure_admin():
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_printed_admin_login_works_and_is_printed_again(client, settings, tmp_path):
    settings.BASE_DIR = tmp_path

    first = run_ensure_admin()
    second = run_ensure_admin()

    username, password = re.search(r"user name (\S+), password (\S+)", first).groups()
    assert second == first
    response = client.post(
        "/admin/login/", {"username": username, "password": password}, follow=True
    )
    assert response.status_code == 200
    assert response.wsgi_request.user.is_superuser


def test_existing_admin_is_left_alone(django_user_model, settings, tmp_path):
    settings.BASE_DIR = tmp_path
    django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-password")

    output = run_ensure_admin()

    assert "already exists" in output
    assert django_user_model.objects.filter(is_superuser=True).count() == 1


def test_stale_saved_login_is_not_printed(django_user_model, settings, tmp_path):
    settings.BASE_DIR = tmp_path
    (tmp_path / ".admin-credentials").write_text("admin\nold-password\n")
    django_user_model.objects.create_superuser("admin", "admin@example.org", "a-newer-password")

    output = run_ensure_admin()

    assert "old-password" not in output
    assert "already exists" in output
