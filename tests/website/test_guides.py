"""The staff guides: one per page type and task, readable inside the admin."""

import pytest
from django.urls import reverse

from tests.factories import StandardPageFactory
from website.guides import GUIDES, GUIDES_DIR, render
from website.panels import guide_panel


def guide_url(name):
    return reverse("guides:guide", args=[name])


def test_every_guide_the_editors_point_at_exists():
    missing = [name for name in GUIDES if not (GUIDES_DIR / f"{name}.md").is_file()]

    assert missing == []


def test_a_panel_for_a_guide_that_does_not_exist_is_refused():
    with pytest.raises(ValueError, match="no-such-guide"):
        guide_panel("no-such-guide")


@pytest.mark.django_db
def test_staff_read_a_guide_in_the_admin(login, staff):
    response = login(staff["editor"]).get(guide_url("news-item"))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<h2 class="editorial-guide__title">A news item</h2>' in html
    assert "<strong>Submit to Editorial review</strong>" in html
    assert f'<a href="{guide_url("writing")}">Writing and submitting a page</a>' in html


@pytest.mark.django_db
def test_the_guide_index_lists_every_guide(login, staff):
    response = login(staff["translator"]).get(reverse("guides:guides"))

    html = response.content.decode()
    for name in GUIDES:
        assert f'href="{guide_url(name)}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["no-such-guide", "README", "..%2F..%2Fsettings"])
def test_unknown_guides_are_not_found(name, login, staff):
    response = login(staff["editor"]).get(f"/admin/guides/{name}/", follow=True)

    assert response.status_code == 404


@pytest.mark.django_db
def test_the_guides_are_for_staff_only(client):
    response = client.get(guide_url("writing"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


@pytest.mark.django_db
def test_the_help_menu_links_to_the_guides(login, staff, home):
    response = login(staff["editor"]).get(reverse("wagtailadmin_home"))

    assert reverse("guides:guides") in response.content.decode()


@pytest.mark.django_db
def test_a_page_editor_shows_its_guide(login, staff, home):
    page = StandardPageFactory(parent=home)

    response = login(staff["editor"]).get(reverse("wagtailadmin_pages:edit", args=[page.id]))

    html = response.content.decode()
    assert "Staff guide" in html
    assert f"href='{guide_url('writing')}'" in html


def test_markdown_headings_paragraphs_and_lists():
    html = render(
        "## Before you start\n"
        "Sign in first,\nthen look around.\n\n"
        "- one\n- two, which goes\n  on here\n\n"
        "1. first\n2. second\n"
    )

    assert html == (
        "<h3>Before you start</h3>\n"
        "<p>Sign in first, then look around.</p>\n"
        "<ul><li>one</li><li>two, which goes on here</li></ul>\n"
        "<ol><li>first</li><li>second</li></ol>"
    )


def test_inline_marks_and_links():
    html = render(
        "Press **Save draft**, see `/admin/`, read [reviewing](reviewing.md), "
        "[Wagtail](https://wagtail.org) or [a file](../operators/scheduling.md)."
    )

    assert "<strong>Save draft</strong>" in html
    assert "<code>/admin/</code>" in html
    assert f'<a href="{guide_url("reviewing")}">reviewing</a>' in html
    assert '<a href="https://wagtail.org">Wagtail</a>' in html
    assert "or a file." in html


def test_html_in_a_guide_is_shown_not_run():
    html = render('<script>alert("x")</script> and [click](javascript:alert(1))')

    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "javascript:" not in html
