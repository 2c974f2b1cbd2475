"""Cookie-free page-view counts: a same-origin beacon, one UPDATE a view, a report for staff."""

import pytest
from django.utils import timezone

from website.models import ContentVersion, PageViewCount


def views(page):
    row = PageViewCount.objects.filter(page=page, day=timezone.localdate()).first()
    return row.views if row else 0


@pytest.mark.django_db
def test_live_page_carries_the_counting_script(about, client):
    html = client.get(about.url).content.decode()
    assert f'data-count-url="/count/{about.pk}/"' in html
    assert "js/count.js" in html


@pytest.mark.django_db
def test_preview_is_not_counted(about):
    assert "data-count-url" not in about.make_preview_request().content.decode()


@pytest.mark.django_db
def test_each_beacon_adds_one_view_per_page_and_day(about, about_es, client):
    for _ in range(3):
        response = client.post(f"/count/{about.pk}/")
    client.post(f"/count/{about_es.pk}/")

    assert response.status_code == 204
    assert not response.cookies
    assert (views(about), views(about_es)) == (3, 1)


@pytest.mark.django_db
def test_one_address_adds_at_most_five_views_of_a_page_a_minute(about, about_es, client):
    for _ in range(8):
        response = client.post(f"/count/{about.pk}/")
    client.post(f"/count/{about_es.pk}/", REMOTE_ADDR="127.0.0.1")
    client.post(f"/count/{about.pk}/", REMOTE_ADDR="192.0.2.7")

    # The refused posts look like the others: nothing tells a script it was refused.
    assert response.status_code == 204
    assert (views(about), views(about_es)) == (6, 1)


@pytest.mark.django_db
def test_a_counted_view_is_one_update_and_leaves_the_page_cache_alone(
    about, client, django_assert_num_queries
):
    client.post(f"/count/{about.pk}/")
    version = ContentVersion.current()

    with django_assert_num_queries(1):
        client.post(f"/count/{about.pk}/")

    assert ContentVersion.current() == version


@pytest.mark.django_db
@pytest.mark.parametrize("header", [{"DNT": "1"}, {"Sec-GPC": "1"}])
def test_readers_who_ask_not_to_be_tracked_are_not_counted(about, client, header):
    client.post(f"/count/{about.pk}/", headers=header)
    assert views(about) == 0


@pytest.mark.django_db
def test_only_posts_count_and_unknown_pages_are_ignored(about, client):
    assert client.get(f"/count/{about.pk}/").status_code == 405
    assert client.post("/count/999999/").status_code == 204
    assert views(about) == 0
    assert not PageViewCount.objects.exists()


@pytest.mark.django_db
def test_staff_report_shows_a_chart_and_the_most_read_pages(about, about_es, client, admin_client):
    client.post(f"/count/{about.pk}/")
    client.post(f"/count/{about_es.pk}/")

    html = admin_client.get("/admin/reports/page-views/").content.decode()

    assert "<svg" in html and "<rect" in html
    assert "What is eCPR?" in html and "¿Qué es eCPR?" in html
    assert "<script" not in html.split('class="page-views-chart"')[1].split("</svg>")[0]


@pytest.mark.django_db
def test_editors_without_page_permissions_cannot_see_the_report(client, django_user_model):
    user = django_user_model.objects.create_user("visitor", password="x")
    client.force_login(user)
    assert client.get("/admin/reports/page-views/").status_code != 200
