"""The "Reviews due" report, its CSV, the owner's dashboard panel, and handing pages on."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests.factories import NewsPageFactory
from tests.staff import make_staff
from website.models import ProblemReport

TODAY = timezone.localdate()


def due_in(page, days, owner):
    type(page).objects.filter(pk=page.pk).update(
        next_review_due=TODAY + datetime.timedelta(days=days), owner=owner
    )


@pytest.fixture
def reviews(home, about, about_es, newsroom):
    marta = make_staff("moderator", "marta")
    lucia = make_staff("reviewer", "lucia")
    later = NewsPageFactory(parent=newsroom, title="Spring training dates")
    due_in(about, 12, marta)
    due_in(about_es, -4, lucia)
    due_in(later, 200, marta)
    return {"marta": marta, "lucia": lucia, "later": later}


@pytest.mark.django_db
def test_report_lists_reviews_by_language_and_owner(reviews, admin_client):
    html = admin_client.get("/admin/reviews/").content.decode()

    assert "What is eCPR?" in html and "¿Qué es eCPR?" in html
    assert "Overdue" in html and "Due soon" in html
    assert "Marta" in html and "Lucia" in html

    overdue = admin_client.get("/admin/reviews/?when=overdue").content.decode()
    assert "¿Qué es eCPR?" in overdue and "What is eCPR?" not in overdue
    english = admin_client.get("/admin/reviews/?locale=en").content.decode()
    assert "What is eCPR?" in english and "¿Qué es eCPR?" not in english
    mine = admin_client.get(f"/admin/reviews/?owner={reviews['marta'].pk}").content.decode()
    assert "Spring training dates" in mine and "¿Qué es eCPR?" not in mine


@pytest.mark.django_db
def test_report_exports_csv(reviews, admin_client):
    response = admin_client.get("/admin/reviews/?export=csv")

    assert response["Content-Type"].startswith("text/csv")
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert rows[0].startswith("Page,Language,Owner,Next review due")
    assert any(row.startswith("¿Qué es eCPR?,Spanish,Lucia,") for row in rows)
    assert len(rows) == 4


@pytest.mark.django_db
def test_report_lists_open_problem_reports_only(reviews, about, english, admin_client):
    ProblemReport.objects.create(page=about, locale=english, message="The phone number is old")
    ProblemReport.objects.create(
        page=about, locale=english, message="A typo, now fixed", resolved=True
    )

    html = admin_client.get("/admin/reviews/").content.decode()

    assert "The phone number is old" in html
    assert "A typo, now fixed" not in html


@pytest.mark.django_db
def test_dashboard_shows_each_owner_their_own_reviews(reviews, login):
    marta = login(reviews["marta"]).get("/admin/").content.decode()
    assert "Your pages to review" in marta
    assert "What is eCPR?" in marta and "Spring training dates" not in marta  # not yet due

    lucia = login(reviews["lucia"]).get("/admin/").content.decode()
    assert "¿Qué es eCPR?" in lucia and "What is eCPR?" not in lucia


@pytest.mark.django_db
def test_administrator_reassigns_a_leavers_pages(reviews, admin_client):
    marta, lucia = reviews["marta"], reviews["lucia"]

    response = admin_client.post(
        "/admin/reviews/reassign/", {"from_user": marta.pk, "to_user": lucia.pk}
    )

    assert response.status_code == 302
    assert not Page.objects.filter(owner=marta).exists()
    assert Page.objects.filter(owner=lucia).count() == 3


@pytest.mark.django_db
def test_only_administrators_reassign(reviews, login):
    client = login(reviews["marta"])
    client.post(
        "/admin/reviews/reassign/",
        {"from_user": reviews["marta"].pk, "to_user": reviews["lucia"].pk},
    )
    assert Page.objects.filter(owner=reviews["marta"]).count() == 2
