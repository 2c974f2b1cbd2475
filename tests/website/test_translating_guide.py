"""The translators' guide opens inside the admin and covers each part of the job."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_translating_guide_opens_in_the_admin(admin_client):
    response = admin_client.get("/admin/guides/translating/")

    assert response.status_code == 200
    for heading in (
        "Start a translation",
        "Update an out-of-date translation",
        "Submit for review",
        "Work with an outside translator (PO files)",
    ):
        assert f">{heading}</h3>" in response.text
    assert 'href="/admin/guides/reviewing/"' in response.text
