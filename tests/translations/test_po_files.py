"""An outside translator's round trip: download the page's PO file, translate it, upload it."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from tests.helpers import ABOUT, approve, publish, statuses
from translations.status import Status
from translations.translating import translation_for

pytestmark = pytest.mark.django_db

CHANGED = "Three steps, and a fourth."


def download(client, translation):
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith("-es.po")
    return polib.pofile(response.content.decode())


def upload(client, translation, content, next_url="/admin/"):
    return client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": SimpleUploadedFile("page.po", content), "next": next_url},
        follow=True,
    )


def test_a_page_round_trips_through_a_po_file(admin_client, admin_user, about, about_es, spanish):
    publish(about, intro=CHANGED)
    admin_client.post(f"/admin/translation-status/update/{about_es.pk}/")
    translation = translation_for(about_es)

    po = download(admin_client, translation)
    by_text = {entry.msgid: entry for entry in po if not entry.obsolete}
    # What was translated before comes back filled in; the new text waits, empty.
    assert by_text["What is eCPR?"].msgstr == ABOUT["What is eCPR?"]
    assert by_text[CHANGED].msgstr == ""
    by_text[CHANGED].msgstr = "Tres pasos, y un cuarto."

    response = upload(admin_client, translation, str(po).encode())

    assert "Successfully imported translations from PO File." in response.text
    again = {entry.msgid: entry.msgstr for entry in download(admin_client, translation)}
    assert again[CHANGED] == "Tres pasos, y un cuarto."
    assert again["What is eCPR?"] == ABOUT["What is eCPR?"]
    assert StringTranslation.objects.get(translation_of__data=CHANGED).translation_type == (
        StringTranslation.TRANSLATION_TYPE_MANUAL
    )
    # Imported text is work in progress: nothing public has changed.
    assert (
        Page.objects.get(pk=about_es.pk).specific.intro
        == "Tres pasos: conectar, empoderar, revitalizar."
    )

    admin_client.post(
        f"/admin/editorial/translations/{translation.pk}/review/", {"action": "submit"}
    )
    assert statuses(spanish)["What is eCPR?"] == Status.IN_REVIEW
    approve(about_es, admin_user)

    about_es.refresh_from_db()
    assert about_es.specific.intro == "Tres pasos, y un cuarto."
    assert statuses(spanish)["What is eCPR?"] == Status.UP_TO_DATE


def test_a_po_file_for_another_page_is_refused(admin_client, about, about_es, home_es):
    other = translation_for(home_es)
    po = download(admin_client, other)
    for entry in po:
        entry.msgstr = "cambiado"

    response = upload(admin_client, translation_for(about_es), str(po).encode())

    assert "Cannot import PO file that was created for a different translation." in response.text
    assert not StringTranslation.objects.filter(data="cambiado").exists()


def test_a_file_that_is_not_a_po_file_is_refused(admin_client, about_es):
    response = upload(admin_client, translation_for(about_es), b"\x00\xff not a PO file")

    assert response.status_code == 200
    assert "Please upload a valid PO file." in response.text
