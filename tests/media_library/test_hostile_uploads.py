"""Uploads are judged by what they hold, not what they are called: each hostile file below,
made here as an attacker would make it, is refused through the real admin form with one
accurate error, and leaves nothing behind; ordinary files of every format still upload."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from media_library.models import CustomDocument, CustomImage
from tests.factories import pdf_bytes
from tests.media_library import hostile_files as hostile

pytestmark = pytest.mark.django_db

SCRIPTS = "contains scripts or web page code"
UNREADABLE_PDF = "This PDF could not be read"
MACROS = "contains macros"
EMBEDDED = "contains embedded objects or controls"
HIDDEN_DATA = "extra data hidden after the picture"

HOSTILE_DOCUMENTS = [
    ("header-then-html.pdf", hostile.pdf_header_then_html, SCRIPTS),
    ("html-after-end.pdf", hostile.pdf_with_html_after_its_end, SCRIPTS),
    ("document-javascript.pdf", hostile.pdf_with_document_javascript, SCRIPTS),
    ("open-action.pdf", hostile.pdf_with_open_action_javascript, SCRIPTS),
    ("launch-action.pdf", hostile.pdf_with_launch_action_on_a_page, SCRIPTS),
    ("javascript-link.pdf", hostile.pdf_with_javascript_link, SCRIPTS),
    ("broken.pdf", hostile.pdf_that_does_not_parse, UNREADABLE_PDF),
    ("zip-bomb.pptx", hostile.pptx_with_zip_bomb, "unpacks to more than 100.0\xa0MB"),
    ("many-parts.docx", hostile.docx_with_thousands_of_parts, "more than 2000 parts"),
    ("macros.docx", hostile.docx_with_macros, MACROS),
    ("declared-docm.docx", hostile.docx_declared_macro_enabled, MACROS),
    ("macros.pptx", hostile.pptx_with_macros, MACROS),
    ("activex.docx", hostile.docx_with_activex_control, EMBEDDED),
    ("ole-object.docx", hostile.docx_with_embedded_ole_object, EMBEDDED),
    ("ole-object.pptx", hostile.pptx_with_embedded_ole_object, EMBEDDED),
    ("activex.pptx", hostile.pptx_with_activex_control, EMBEDDED),
    ("remote-template.docx", hostile.docx_with_remote_template, "loads a template"),
    ("macros.doc", hostile.doc_with_macros, MACROS),
]

HOSTILE_IMAGES = [
    ("html-after-iend.png", hostile.png_with_html_after_iend, HIDDEN_DATA),
    ("zip-after-eoi.jpg", hostile.jpeg_with_zip_after_eoi, HIDDEN_DATA),
    ("data-after-trailer.gif", hostile.gif_with_data_after_trailer, HIDDEN_DATA),
    ("data-after-end.webp", hostile.webp_with_data_after_its_end, HIDDEN_DATA),
    ("huge.png", hostile.png_of_119_megapixels, "Maximum pixels 40000000"),
    ("huger.png", hostile.png_of_225_megapixels, "at most 40 megapixels"),
    ("really-svg.png", hostile.svg_named_png, "does not match the file format (svg)"),
]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(root):
    return [os.path.join(folder, name) for folder, _, names in os.walk(root) for name in names]


def upload_document(client, name, content, **headers):
    data = {"title": "Upload", "file": SimpleUploadedFile(name, content), "language": "en"}
    return client.post("/admin/documents/add/", data, **headers)


def upload_image(client, name, content, **headers):
    data = {
        "title": "Upload",
        "file": SimpleUploadedFile(name, content),
        "description": "A picture.",
    }
    return client.post("/admin/images/add/", data, **headers)


def form_errors(response):
    form = response.context["form"]
    return [str(message) for messages in form.errors.values() for message in messages]


def assert_refused_once(response, message, media_root, model):
    assert response.status_code == 200
    errors = form_errors(response)
    assert len(errors) == 1, errors
    assert message in errors[0]
    assert message in response.text
    assert not model.objects.exists()
    assert stored_files(media_root) == []


@pytest.mark.parametrize(("name", "make", "message"), HOSTILE_DOCUMENTS, ids=lambda v: v)
def test_hostile_document_is_refused(admin_client, media_root, name, make, message):
    response = upload_document(admin_client, name, make())

    assert_refused_once(response, message, media_root, CustomDocument)


@pytest.mark.parametrize(("name", "make", "message"), HOSTILE_IMAGES, ids=lambda v: v)
def test_hostile_image_is_refused(admin_client, media_root, name, make, message):
    response = upload_image(admin_client, name, make())

    assert_refused_once(response, message, media_root, CustomImage)


def test_pillow_bomb_warning_is_a_refusal(admin_client, media_root, monkeypatch):
    # Below the site's pixel limit but past Pillow's bomb threshold: Pillow only warns.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)

    response = upload_image(admin_client, "bomb.png", hostile.image_bytes("PNG", (40, 40)))

    assert_refused_once(response, "at most 40 megapixels", media_root, CustomImage)


def test_a_refused_document_has_no_second_error_about_its_extension(admin_client, media_root):
    response = upload_document(admin_client, "fake.pdf", b"<html>not a pdf</html>")

    assert form_errors(response) == [
        "This file is not a real .pdf file. Save it again in that format."
    ]
    assert "File extension" not in response.text


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("macros.docx", hostile.docx_with_macros, "contiene macros"),
        ("activex.docx", hostile.docx_with_activex_control, "contiene objetos incrustados"),
    ],
)
def test_refusals_are_in_the_uploaders_language(admin_client, media_root, name, make, message):
    response = upload_document(admin_client, name, make(), HTTP_ACCEPT_LANGUAGE="es")

    assert_refused_once(response, message, media_root, CustomDocument)


@pytest.mark.parametrize(
    ("name", "make", "format_name"),
    [
        ("report.pdf", lambda: pdf_bytes(3), "pdf"),
        ("slides.pptx", lambda: hostile.pptx_bytes(4), "pptx"),
        ("letter.docx", hostile.docx_bytes, "docx"),
    ],
)
def test_ordinary_documents_still_upload(admin_client, media_root, name, make, format_name):
    response = upload_document(admin_client, name, make())

    assert response.status_code == 302, form_errors(response)
    assert CustomDocument.objects.get().file_format == format_name


@pytest.mark.parametrize(
    ("name", "format_name"),
    [("photo.jpg", "JPEG"), ("chart.png", "PNG"), ("banner.gif", "GIF"), ("card.webp", "WEBP")],
)
def test_ordinary_images_still_upload(admin_client, media_root, name, format_name):
    response = upload_image(admin_client, name, hostile.image_bytes(format_name, (800, 600)))

    assert response.status_code == 302, form_errors(response)
    assert CustomImage.objects.get().width == 800


def test_progressive_jpeg_with_a_thumbnail_uploads(admin_client, media_root):
    # A camera photo: progressive scans, and EXIF carrying a thumbnail with its own end marker.
    thumbnail = hostile.image_bytes("JPEG", (16, 12))
    exif = Image.Exif()
    exif[0x010F] = "Camera"
    picture = Image.new("RGB", (640, 480), "teal")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", progressive=True, exif=exif.tobytes() + thumbnail)
    response = upload_image(admin_client, "camera.jpg", buffer.getvalue())

    assert response.status_code == 302, form_errors(response)


@pytest.mark.parametrize(
    ("uploaded", "stored"),
    [
        ("../../etc/cron.d/report.pdf", "report.pdf"),
        ("Informe anual 2024 (versión final).PDF", "Informe-anual-2024-version-final.pdf"),
        ("<b>bold</b> & co.pdf", "b-co.pdf"),
        ("..\\..\\windows\\start.pdf", "start.pdf"),
        (".pdf", "document.pdf"),
    ],
)
def test_file_names_are_reduced_to_a_safe_base_name(admin_client, media_root, uploaded, stored):
    response = upload_document(admin_client, uploaded, pdf_bytes(1))

    assert response.status_code == 302, form_errors(response)
    document = CustomDocument.objects.get()
    assert os.path.basename(document.file.name) == stored
    assert stored_files(media_root) == [str(media_root / "documents" / stored)]


@pytest.mark.parametrize(
    ("uploaded", "stored"),
    [
        ("../../etc/cron.d/chart.png", "chart.png"),
        ("Gráfico anual 2024 (versión final).PNG", "Grafico-anual-2024-version-final.png"),
        ("<img src=x onerror=alert(1)>.png", "img-src-x-onerror-alert-1.png"),
        ("..\\..\\windows\\start.png", "start.png"),
        ("\U0001f642.png", "image.png"),
    ],
)
def test_image_file_names_are_reduced_to_a_safe_base_name(
    admin_client, media_root, uploaded, stored
):
    response = upload_image(admin_client, uploaded, hostile.image_bytes("PNG"))

    assert response.status_code == 302, form_errors(response)
    image = CustomImage.objects.get()
    assert os.path.basename(image.file.name) == stored
    assert stored_files(media_root) == [str(media_root / "original_images" / stored)]
