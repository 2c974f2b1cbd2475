"""The admin names the program, and each editorial group says what its members may do."""

import pytest
from django.utils import translation

from editorial.roles import GROUPS

pytestmark = pytest.mark.django_db


def test_the_dashboard_and_title_name_the_program_not_the_host(login, staff, home):
    html = login(staff["editor"]).get("/admin/").content.decode()

    heading = html[html.index("<h1") : html.index("</h1>")]
    assert "Emotional CPR (eCPR)" in heading
    assert "localhost" not in heading
    assert "- Emotional CPR (eCPR)</title>" in html


def test_the_sign_in_page_names_the_program(client):
    assert "Sign in to Emotional CPR (eCPR)" in client.get("/admin/login/").content.decode()


def test_the_user_form_describes_every_editorial_group(login, staff):
    html = login(staff["admin"]).get(f"/admin/users/edit/{staff['editor'].pk}/").content.decode()

    assert "Editors: Write and change English pages, and submit them for review." in html
    assert "Spanish reviewers: Review and publish the Spanish pages." in html
    for name in GROUPS:
        assert f"{name}: " in html


def test_workflow_names_are_shown_in_spanish_and_stored_in_english(home):
    from wagtail.models import Workflow

    with translation.override("es"):
        workflow = Workflow.objects.get(name="Spanish review")
        assert workflow.name == "Revisión en español"
        workflow.save()
    assert Workflow.objects.filter(name="Spanish review").exists()
