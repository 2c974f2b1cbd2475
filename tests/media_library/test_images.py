"""Image uploads: alt text is required, and broken or oversized files are form errors."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from media_library.models import CustomImage

pytestmark = pytest.mark.django_db


def png_bytes(size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 95, 115)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload(admin_client, content, **fields):
    data = {"title": "Workshop", "file": SimpleUploadedFile("photo.png", content), **fields}
    return admin_client.post("/admin/images/add/", data)


def test_image_with_alt_text_is_stored(admin_client):
    response = upload(admin_client, png_bytes(), description="People talking in a circle.")

    assert response.status_code == 302
    image = CustomImage.objects.get()
    assert image.default_alt_text == "People talking in a circle."


def test_spanish_pages_read_the_spanish_alt_text(admin_client):
    response = upload(
        admin_client,
        png_bytes(),
        description="People talking in a circle.",
        description_es="Personas que conversan en círculo.",
    )
    assert response.status_code == 302
    image = CustomImage.objects.get()

    with translation.override("es"):
        assert image.default_alt_text == "Personas que conversan en círculo."
    with translation.override("en"):
        assert image.default_alt_text == "People talking in a circle."
    image.description_es = ""
    with translation.override("es"):
        assert image.default_alt_text == "People talking in a circle."


def test_alt_text_is_required(admin_client):
    response = upload(admin_client, png_bytes(), description="")

    assert response.status_code == 200
    assert "This field is required" in response.text
    assert not CustomImage.objects.exists()


@pytest.mark.parametrize(
    "content", [png_bytes()[:60], b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, b"not an image at all"]
)
def test_truncated_or_undecodable_image_is_a_form_error(admin_client, content):
    response = upload(admin_client, content, description="Alt text")

    assert response.status_code == 200
    assert "error-message" in response.text or "errorlist" in response.text
    assert not CustomImage.objects.exists()


def test_oversized_image_is_refused_with_the_limit(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    response = upload(admin_client, png_bytes((200, 200)), description="Alt text")

    assert response.status_code == 200
    assert "Maximum filesize" in response.text
    assert not CustomImage.objects.exists()
