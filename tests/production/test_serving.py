"""What nginx and gunicorn serve together: pages, static files, images and documents, over
HTTPS, with plain HTTP sent there."""

import io
import re

import requests
from PIL import Image


def test_a_page_is_served_compressed_over_https(visitor):
    response = visitor.get("/en/", headers={"Accept-Encoding": "gzip"})

    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert "<html" in response.text
    assert response.headers["Strict-Transport-Security"]


def test_plain_http_is_sent_to_https(tier):
    response = requests.get(f"{tier.nginx.http_url}/en/", allow_redirects=False, timeout=10)

    assert response.status_code == 301
    assert response.headers["Location"] == f"{tier.nginx.url}/en/"


def test_the_site_knows_it_is_served_over_https(visitor):
    # nginx passes X-Forwarded-Proto: Django builds https addresses and does not redirect again.
    response = visitor.get("/en/", allow_redirects=False)

    assert response.status_code == 200
    assert f'href="{visitor.base_url}/es/"' in response.text or 'hreflang="es"' in response.text


def test_hashed_static_files_are_served_by_nginx_and_kept_for_a_year(visitor):
    page = visitor.get("/en/").text
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', page).group(1)

    response = visitor.get(stylesheet, headers={"Accept-Encoding": "gzip"})

    assert response.status_code == 200
    # Exactly one Cache-Control: requests would join two into one comma-separated value.
    assert response.raw.headers.getlist("Cache-Control") == ["public, max-age=31536000, immutable"]
    assert "Expires" not in response.headers
    assert response.headers["Content-Encoding"] == "gzip"


def test_static_files_without_a_hash_are_kept_an_hour_only(visitor):
    # collectstatic keeps each file under its own name too; that name may change meaning.
    response = visitor.get("/static/css/site.css")

    assert response.status_code == 200
    assert response.raw.headers.getlist("Cache-Control") == ["max-age=3600"]


def test_an_uploaded_image_and_its_admin_thumbnail_are_served(staff):
    picture = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 80, 40)).save(picture, "PNG")
    action, form = staff.open_form("/admin/images/add/")
    answers = {**form["fields"], "title": "Tier photo", "description": "An orange rectangle"}

    uploaded = staff.post(
        action,
        answers,
        files={"file": ("tier-photo.png", picture.getvalue(), "image/png")},
        allow_redirects=False,
    )
    thumbnails = re.findall(
        r'src="(/media/images/tier-photo[^"]*)"', staff.get("/admin/images/").text
    )

    assert uploaded.status_code == 302
    assert thumbnails, "the admin shows no thumbnail of the upload"
    response = staff.get(thumbnails[0])
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(response.content)).size[0] <= 165


def test_a_document_is_served(visitor, database):
    document_id, title = database.execute(
        "SELECT id, title FROM media_library_customdocument ORDER BY id LIMIT 1"
    ).fetchone()
    file = database.execute(
        "SELECT file FROM media_library_customdocument WHERE id = %s", [document_id]
    ).fetchone()[0]

    response = visitor.get(f"/documents/{document_id}/{file.rsplit('/', 1)[-1]}")

    assert response.status_code == 200, title
    assert len(response.content) > 0


def test_uploaded_documents_are_not_served_around_their_privacy(visitor, database):
    file = database.execute("SELECT file FROM media_library_customdocument LIMIT 1").fetchone()[0]

    assert visitor.get(f"/media/{file}").status_code == 404
