"""Documents measure their own facts; uploads refuse what readers could not open."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.utils import translation
from pptx import Presentation

from media_library.models import CustomDocument
from media_library.templatetags.document_tags import document_label, document_link, size_text
from tests.factories import make_document, pdf_bytes

pytestmark = pytest.mark.django_db


def pptx_bytes(slides):
    presentation = Presentation()
    for _ in range(slides):
        presentation.slides.add_slide(presentation.slide_layouts[6])
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def upload(admin_client, name, content, **fields):
    return admin_client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "language": "en", **fields},
    )


def test_pdf_page_count_is_measured_on_upload(admin_client):
    response = upload(admin_client, "article.pdf", pdf_bytes(10))

    assert response.status_code == 302
    document = CustomDocument.objects.get()
    assert (document.file_format, document.page_count) == ("pdf", 10)
    assert document.file_size == len(pdf_bytes(10))


def test_slides_are_counted_in_a_presentation(admin_client):
    upload(admin_client, "slides.pptx", pptx_bytes(24))

    document = CustomDocument.objects.get()
    assert (document.file_format, document.page_count) == ("pptx", 24)
    assert document_label(document).startswith("(PowerPoint, 24 slides, ")


def test_replacing_the_file_measures_again(admin_client):
    document = make_document(pages=3)

    response = admin_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": document.title,
            "language": "en",
            "file": SimpleUploadedFile("new.pdf", pdf_bytes(8)),
            "collection": document.collection_id,
        },
    )

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.page_count == 8


def test_plain_text_has_no_page_count(admin_client):
    upload(admin_client, "notes.txt", "Hola, ¿qué tal?".encode())

    document = CustomDocument.objects.get()
    assert (document.file_format, document.page_count) == ("txt", None)
    assert document_label(document).startswith("(Text, 17")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "must be PDF, PowerPoint, Word or plain text"),
        ("fake.pdf", b"<html>not a pdf</html>", "is not a real .pdf file"),
        ("fake.pptx", b"%PDF-1.4 pretending", "is not a real .pptx file"),
        ("fake.docx", pptx_bytes(1), "is not a real .docx file"),
        ("binary.txt", b"abc\x00def", "is not a real .txt file"),
    ],
)
def test_wrong_type_uploads_are_refused_with_a_clear_error(admin_client, name, content, message):
    response = upload(admin_client, name, content)

    assert response.status_code == 200
    assert message in response.text
    assert not CustomDocument.objects.exists()


def test_oversized_upload_is_refused_and_states_the_limit(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload(admin_client, "big.pdf", pdf_bytes(40))

    assert response.status_code == 200
    assert "Maximum filesize 1.0\xa0KB" in response.text
    assert not CustomDocument.objects.exists()


@pytest.mark.parametrize(
    ("size", "english", "spanish"),
    [
        (477 * 1024, "477 KB", "477 KB"),
        (int(3.3 * 1024 * 1024), "3.3 MB", "3,3 MB"),
        (int(1.48 * 1024 * 1024), "1.48 MB", "1,48 MB"),
    ],
)
def test_sizes_read_like_the_inventory_in_both_languages(size, english, spanish):
    assert size_text(size) == english
    with translation.override("es"):
        assert size_text(size) == spanish


def test_label_in_spanish_and_other_language_note():
    english_doc = make_document("Article", pages=10)
    spanish_doc = make_document("Folleto", pages=2, language="es")

    with translation.override("es"):
        assert document_label(english_doc).startswith("(PDF, 10 páginas, ")
        link = document_link(english_doc)
        assert link["other_language"] and link["label"].endswith(", en inglés)")
    with translation.override("en"):
        link = document_link(spanish_doc)
        assert link["other_language"]
        assert link["label"].endswith(", in Spanish)")
        assert not document_link(english_doc)["other_language"]
        assert "in English" not in document_link(english_doc)["label"]


def test_only_the_documents_own_title_carries_its_language():
    slides = make_document("Youth eCPR slides", pages=24)

    with translation.override("es"):
        labelled = render_to_string(
            "media_library/document_link.html", document_link(slides, "Diapositivas")
        )
        titled = render_to_string("media_library/document_link.html", document_link(slides))

    assert "<span>Diapositivas</span>" in labelled
    assert 'hreflang="en"' in labelled
    assert 'lang="en"' not in labelled.replace('hreflang="en"', "")
    assert '<span lang="en">Youth eCPR slides</span>' in titled


def test_a_spanish_reader_gets_the_spanish_version_where_there_is_one():
    guide = make_document("Training guide", pages=12)
    guide.spanish_version = make_document("Guía de la capacitación", pages=14, language="es")
    guide.save()

    with translation.override("es"):
        spanish = render_to_string("media_library/document_link.html", document_link(guide))
    with translation.override("en"):
        english = render_to_string("media_library/document_link.html", document_link(guide))

    assert guide.spanish_version.url in spanish and "Guía de la capacitación" in spanish
    assert "hreflang" not in spanish and "inglés" not in spanish
    assert guide.url in english and "Training guide" in english
