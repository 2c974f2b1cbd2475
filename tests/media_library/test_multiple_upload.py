"""Documents › Add a document and Images › Add an image: the uploader the menus open.

Each test posts what the uploader's page posts: the file first, then the details the person
fills in and saves with Update.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import UploadedFile

from media_library.models import CustomDocument, CustomImage
from tests.factories import pdf_bytes
from tests.media_library.test_images import png_bytes

pytestmark = pytest.mark.django_db


def upload(client, kind, name, content):
    response = client.post(
        f"/admin/{kind}/multiple/add/", {"files[]": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    data = response.json()
    assert data["success"], data
    return data


def update_document(client, data, **fields):
    """The Update button: the form the uploader shows for the new document."""
    if "doc_id" in data:
        url, prefix = f"/admin/documents/multiple/{data['doc_id']}/", f"doc-{data['doc_id']}"
    else:
        upload_id = data["uploaded_file_id"]
        url = f"/admin/documents/multiple/create_from_uploaded_document/{upload_id}/"
        prefix = f"uploaded-document-{upload_id}"
    collection = CustomDocument.collection.field.related_model.get_first_root_node().pk
    posted = {f"{prefix}-{name}": value for name, value in fields.items()}
    response = client.post(url, {f"{prefix}-collection": collection, **posted})
    assert response.status_code == 200
    return response.json()


def test_a_document_added_from_the_documents_menu_is_saved_with_its_details(admin_client):
    data = upload(admin_client, "documents", "annual-report.pdf", pdf_bytes(4))
    result = update_document(admin_client, data, title="Annual report 2025", language="es")

    assert result["success"], result
    document = CustomDocument.objects.get()
    assert (document.title, document.language) == ("Annual report 2025", "es")
    assert (document.file_format, document.page_count) == ("pdf", 4)


def test_a_document_waiting_for_its_details_is_saved_with_its_file(admin_client):
    """A file whose name is too long for a title waits for one, then keeps its file."""
    name = "a" * 300 + ".pdf"
    data = upload(admin_client, "documents", name, pdf_bytes(2))
    assert "uploaded_file_id" in data

    result = update_document(admin_client, data, title="Brochure", language="en")

    assert result["success"], result
    document = CustomDocument.objects.get()
    assert document.title == "Brochure"
    assert document.page_count == 2
    assert not UploadedFile.objects.exists()


def update_image(client, data, **fields):
    upload_id = data["uploaded_file_id"]
    prefix = f"uploaded-image-{upload_id}"
    collection = CustomImage.collection.field.related_model.get_first_root_node().pk
    posted = {f"{prefix}-{name}": value for name, value in fields.items()}
    return client.post(
        f"/admin/images/multiple/create_from_uploaded_image/{upload_id}/",
        {f"{prefix}-collection": collection, **posted},
    ).json()


def test_an_image_added_from_the_images_menu_asks_for_alt_text_then_is_saved(admin_client):
    data = upload(admin_client, "images", "circle.png", png_bytes())
    assert "uploaded_file_id" in data, "the uploader must ask for alt text before saving"

    refused = update_image(admin_client, data, title="Circle", description="")
    assert not refused["success"]
    assert "This field is required" in refused["form"]

    saved = update_image(admin_client, data, title="Circle", description="Six people talking.")
    assert saved["success"], saved
    assert CustomImage.objects.get().default_alt_text == "Six people talking."
    assert not UploadedFile.objects.exists()


def test_an_image_left_without_alt_text_is_offered_again_when_the_uploader_opens(admin_client):
    """Someone who uploads, leaves without alt text and comes back finds the image waiting."""
    data = upload(admin_client, "images", "workshop.png", png_bytes())

    response = admin_client.get("/admin/images/multiple/add/")

    assert response.status_code == 200
    action = f"/admin/images/multiple/create_from_uploaded_image/{data['uploaded_file_id']}/"
    assert action in response.text
    assert "This image is waiting for alt text" in response.text
