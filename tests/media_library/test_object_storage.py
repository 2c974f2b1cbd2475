"""Uploads in an S3-compatible bucket, with the storage production.py builds from the
environment, against moto's S3 server on this machine."""

import json
import socket
import subprocess
import sys
import time
from io import BytesIO

import pytest
import requests
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from media_library.models import CustomDocument, CustomImage
from tests.factories import pdf_bytes
from website.settings.object_storage import DOCUMENTS_SERVE_METHOD, files_origin, s3_storage

pytest.importorskip("moto.server")

pytestmark = pytest.mark.django_db
BUCKET = "ecpr-uploads"
# The bucket policy docs/operators/several-machines.md gives: everyone may read images and
# recordings; documents stay private.
PUBLIC_READ = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{BUCKET}/{prefix}/*"
                    for prefix in ("images", "media", "media_thumbnails")
                ],
            }
        ],
    }
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.put(f"{url}/{BUCKET}", timeout=2).raise_for_status()
                requests.put(f"{url}/{BUCKET}?policy", PUBLIC_READ, timeout=2).raise_for_status()
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def storage(endpoint, settings):
    config = s3_storage(
        {
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": endpoint,
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": "tier-key",
            "AWS_SECRET_ACCESS_KEY": "tier-secret",
        }
    )
    with override_settings(
        STORAGES={**settings.STORAGES, "default": config},
        WAGTAILDOCS_SERVE_METHOD=DOCUMENTS_SERVE_METHOD,
    ):
        yield config


def in_bucket(endpoint, name):
    return requests.get(f"{endpoint}/{BUCKET}/{name}", timeout=10)


def png_bytes():
    buffer = BytesIO()
    Image.new("RGB", (400, 300), (11, 95, 115)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_an_uploaded_document_is_kept_in_the_bucket_and_served_by_the_site(
    admin_client, client, storage, endpoint
):
    content = pdf_bytes(3)
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "Guide", "file": SimpleUploadedFile("guide.pdf", content), "language": "en"},
    )
    assert response.status_code == 302

    document = CustomDocument.objects.get()
    assert document.page_count == 3
    with document.file.open() as stored:
        assert stored.read() == content
    # Only the site reads it: the bucket refuses anyone else.
    assert in_bucket(endpoint, document.file.name).status_code == 403

    assert document.url == f"/documents/{document.pk}/guide.pdf"
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == content


def test_an_uploaded_image_and_its_sizes_come_from_the_bucket(admin_client, storage, endpoint):
    content = png_bytes()
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Circle",
            "file": SimpleUploadedFile("circle.png", content),
            "description": "People talking in a circle.",
        },
    )
    assert response.status_code == 302

    image = CustomImage.objects.get()
    with image.file.open() as stored:
        assert stored.read() == content
    rendition = image.get_rendition("width-100")
    # Browsers fetch it from the bucket, at the origin the browser policy allows.
    assert rendition.url.startswith(f"{files_origin(storage)}/{BUCKET}/images/")
    fetched = requests.get(rendition.url, timeout=10)
    assert Image.open(BytesIO(fetched.content)).size == (100, 75)


def test_two_uploads_with_the_same_name_are_both_kept(admin_client, storage, endpoint):
    for pages in (2, 5):
        admin_client.post(
            "/admin/documents/add/",
            {
                "title": "Report",
                "file": SimpleUploadedFile("report.pdf", pdf_bytes(pages)),
                "language": "en",
            },
        )

    first, second = CustomDocument.objects.order_by("pk")
    assert first.file.name != second.file.name
    for document, pages in ((first, 2), (second, 5)):
        with document.file.open() as stored:
            assert stored.read() == pdf_bytes(pages)
