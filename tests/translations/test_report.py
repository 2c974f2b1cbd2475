"""The translation status report: its rows, filters, exports and who may see it."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from tests.helpers import add_page, publish
from translations.models import LiveContent
from translations.status import Status

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-status/"


@pytest.fixture
def pages(about, about_es, home, translate_page):
    """One page in each of four states (in review has its own tests)."""
    publish(about, intro="Three steps, and a fourth.")
    add_page(home, "Youth eCPR", "youth-ecpr", "For young adults.")
    draft = add_page(home, "Resources", "resources", "Workbook and video.")
    translate_page(draft, publish=False)
    return about, about_es


def export_rows(client, **params):
    response = client.get(REPORT, {"export": "csv", **params})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def test_the_report_is_at_its_address_and_in_the_reports_menu(admin_client, pages):
    assert reverse("translations:report") == REPORT

    response = admin_client.get(REPORT)

    assert response.status_code == 200
    html = response.text
    for title in ("Emotional CPR", "What is eCPR?", "Youth eCPR", "Resources"):
        assert title in html
    assert 'href="/admin/reports/translation-status/"' in admin_client.get("/admin/").text


def test_each_row_offers_the_next_step(admin_client, pages):
    about, about_es = pages
    html = admin_client.get(REPORT).text

    # Out of date: update (a form that posts) and open the translation editor.
    assert f'action="/admin/translation-status/update/{about_es.pk}/"' in html
    assert f'href="/admin/pages/{about_es.pk}/edit/"' in html
    # Missing: start the translation through wagtail-localize.
    youth = about.get_parent().get_children().get(slug="youth-ecpr")
    assert f'href="/admin/localize/submit/page/{youth.pk}/"' in html


def test_the_csv_lists_every_english_page_with_its_status(admin_client, pages):
    header, *rows = export_rows(admin_client)

    assert header == ["Page", "Type", "Content changed", "Translation", "Translated title"]
    by_title = {row[0]: row for row in rows}
    assert set(by_title) == {"Emotional CPR", "What is eCPR?", "Youth eCPR", "Resources"}
    assert by_title["Emotional CPR"][1:2] == ["Home page"]
    assert by_title["Emotional CPR"][3:] == ["Up to date", "RCP Emocional"]
    assert by_title["What is eCPR?"][3:] == ["Out of date", "¿Qué es eCPR?"]
    assert by_title["Youth eCPR"][3:] == ["Missing", ""]
    assert by_title["Resources"][3] == "Draft"
    changed = timezone.localtime(LiveContent.objects.get(page=pages[0]).changed_at)
    assert by_title["What is eCPR?"][2] == changed.strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    ("status", "titles"),
    [
        (Status.OUT_OF_DATE, {"What is eCPR?"}),
        (Status.MISSING, {"Youth eCPR"}),
        (Status.DRAFT, {"Resources"}),
        (Status.UP_TO_DATE, {"Emotional CPR"}),
        (Status.IN_REVIEW, set()),
    ],
)
def test_the_status_filter(admin_client, pages, status, titles):
    _header, *rows = export_rows(admin_client, translation_status=status.value)

    assert {row[0] for row in rows} == titles


def test_the_page_type_filter(admin_client, pages):
    from django.contrib.contenttypes.models import ContentType

    from home.models import HomePage

    home_type = ContentType.objects.get_for_model(HomePage)
    _header, *rows = export_rows(admin_client, content_type=home_type.pk)

    assert [row[0] for row in rows] == ["Emotional CPR"]


def test_the_xlsx_export(admin_client, pages):
    response = admin_client.get(REPORT, {"export": "xlsx"})

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="translation-status-')
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Page", "Type", "Content changed", "Translation", "Translated title")
    by_title = {row[0]: row for row in rows[1:]}
    assert by_title["What is eCPR?"][1] == "Standard page"
    assert by_title["What is eCPR?"][3] == "Out of date"
    assert isinstance(by_title["What is eCPR?"][2], datetime.datetime)


@pytest.mark.parametrize(
    "query",
    [
        {"translation_status": "bogus"},
        {"content_type": "abc"},
        {"content_type": "999999"},
        {"ordering": "nonsense"},
        {"ordering": "-source_changed_at"},
        {"p": "abc"},
        {"p": "9999"},
        {"export": "pdf"},
    ],
)
def test_bad_query_strings_are_never_a_500(admin_client, pages, query):
    response = admin_client.get(REPORT, query)

    assert response.status_code == 200


def test_the_results_fragment_for_filtering_in_place(admin_client, pages):
    response = admin_client.get(REPORT + "results/", {"translation_status": Status.MISSING.value})

    assert response.status_code == 200
    assert "Youth eCPR" in response.text
    assert "Resources" not in response.text


def test_the_report_speaks_spanish_to_a_spanish_admin(admin_client, admin_user, pages):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "es"
    profile.save()

    html = admin_client.get(REPORT).text

    assert "Estado de las traducciones" in html
    assert "Desactualizada" in html
    assert "Actualizar la traducción" in html


def test_people_without_page_permissions_cannot_see_it(client, django_user_model, pages):
    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    assert client.get(REPORT).status_code in (302, 403)


def test_translators_can_see_it(client, django_user_model, pages, home_es):
    translators, _ = Group.objects.get_or_create(name="Report readers")
    translators.permissions.add(Permission.objects.get(codename="access_admin"))
    from wagtail.models import GroupPagePermission

    GroupPagePermission.objects.create(
        group=translators, page=home_es, permission=Permission.objects.get(codename="change_page")
    )
    user = django_user_model.objects.create_user("translator", password="pw")
    user.groups.add(translators)
    client.force_login(user)

    assert client.get(REPORT).status_code == 200


@pytest.mark.parametrize("query", [{}, {"export": "csv"}])
def test_the_report_makes_as_many_queries_for_many_pages_as_for_few(
    admin_client, pages, home, translate_page, query
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = admin_client.get(REPORT, query)
            if query:
                b"".join(response.streaming_content)
        return len(captured)

    queries()  # the first request fills Wagtail's per-process caches
    few = queries()
    for number in range(6):
        page = add_page(home, f"Page {number}", f"page-{number}", f"Text {number}.")
        if number % 2:
            translate_page(page, {f"Text {number}.": f"Texto {number}."})

    assert queries() == few


def test_the_dashboard_makes_as_many_queries_for_many_pages_as_for_few(
    admin_client, pages, home, translate_page
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            admin_client.get("/admin/")
        return len(captured)

    queries()
    few = queries()
    for number in range(6):
        page = add_page(home, f"Page {number}", f"page-{number}", f"Text {number}.")
        translate_page(page, {f"Text {number}.": f"Texto {number}."})
        publish(page, intro=f"Changed {number}.")

    assert queries() == few


def test_before_any_spanish_exists_everything_is_missing(admin_client, home):
    from wagtail.models import Locale

    Locale.objects.filter(language_code="es").delete()

    _header, *rows = export_rows(admin_client)

    assert rows == [["Emotional CPR", "Home page", rows[0][2], "Missing", ""]]
    assert admin_client.get("/admin/").status_code == 200
    assert not Locale.objects.filter(language_code="es").exists()
