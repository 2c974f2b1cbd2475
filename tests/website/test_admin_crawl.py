"""No admin address answers 500 to malformed input.

A superuser's crawl follows every admin link from the dashboard and its menus, and asks each
address (one of each shape) again with junk parameters, with NUL characters, with ids far
beyond any row, and with the ids bulk actions take: Unicode digits, numbers no database column
holds, and parents that name no page. NUL is refused with a 400 everywhere; nothing else may be
a server error. The suite runs this on SQLite and on PostgreSQL (.ci/run), which is the one
that refuses NUL.
"""

import io
import re
from collections import deque
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image
from wagtail.contrib.forms.models import FormSubmission
from wagtail.images import get_image_model

from home.models import FormPage
from home.models.forms import FormField
from tests.staff import make_staff

pytestmark = pytest.mark.django_db

LINK = re.compile(r'(?:href|action|data-[a-z-]*url[a-z-]*)="(/admin/[^"#]*)"')
# Addresses the crawl must not follow: signing out ends the crawl's session.
SKIP = re.compile(r"/logout/")
MAX_SHAPES = 500

JUNK = (
    "id=abc&p=abc&page=-1&ordering=%27%22&q="
    + "x" * 5000
    + "&search="
    + "%C3%A9" * 2000
    + "&locale=zz&collection_id=abc&tag=%FF&childOf=abc&next=//elsewhere.example&status=junk"
)
NUL = "q=%00&search=%00&id=%00"
HUGE_ID = "99999999999999999999"
# Ids a bulk action may be handed: a superscript two (a Unicode digit that int() refuses), one
# past SQLite's largest integer, and "every item below a parent" with each of those parents and
# one that names no page.
SUPERSCRIPT_TWO = "%C2%B2"
ID_VARIANTS = (
    f"id={SUPERSCRIPT_TWO}",
    f"id={HUGE_ID}",
    f"id=all&childOf={SUPERSCRIPT_TWO}",
    f"id=all&childOf={HUGE_ID}",
    "id=all&childOf=123456",
)
BULK_ACTIONS = (
    "/admin/bulk/wagtailcore/page/publish/",
    "/admin/bulk/wagtailcore/page/delete/",
    "/admin/bulk/auth/user/delete/",
    "/admin/bulk/media_library/customimage/delete/",
)


def reported_500s():
    return [
        "/admin/api/main/pages/?search=%00",
        "/admin/bulk/wagtailcore/page/publish/?id=abc",
        "/admin/bulk/wagtailcore/page/delete/?id=abc",
        "/admin/bulk/auth/user/delete/?id=abc",
    ]


def malformed_bulk_addresses():
    return [f"{action}?{query}" for action in BULK_ACTIONS for query in ID_VARIANTS]


def seeds(world):
    page = world["news"]
    return [
        "/admin/",
        f"/admin/bulk/wagtailcore/page/publish/?id={page.id}",
        f"/admin/bulk/wagtailcore/page/delete/?id={page.id}&childOf={page.get_parent().id}",
        "/admin/api/main/pages/?search=crisis",
        "/admin/api/main/pages/?child_of=root",
        *reported_500s(),
        *malformed_bulk_addresses(),
    ]


def shape(url):
    parts = urlsplit(url)
    keys = sorted({pair.split("=")[0] for pair in parts.query.split("&") if pair})
    return re.sub(r"\d+", "N", parts.path), tuple(keys)


def with_query(url, query):
    return f"{url}{'&' if '?' in url else '?'}{query}"


def crawl(client, start):
    """Every admin address reachable by GET from the start addresses, one per shape."""
    queue, seen, found = deque(start), set(), []
    while queue and len(found) < MAX_SHAPES:
        url = queue.popleft().replace("&amp;", "&")
        if SKIP.search(url) or shape(url) in seen:
            continue
        seen.add(shape(url))
        response = client.get(url)
        found.append((url, response.status_code))
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            queue.extend(LINK.findall(response.content.decode(errors="replace")))
    return found


@pytest.fixture
def world(one_of_each_type, site_pages, django_user_model):
    form_page = FormPage(title="Contact", slug="contact", thank_you_text="<p>Thanks.</p>")
    form_page.form_fields = [FormField(label="Email", field_type="email")]
    one_of_each_type["home"].add_child(instance=form_page)
    form_page.save_revision().publish()
    FormSubmission.objects.create(page=form_page, form_data={"email": "reader@example.org"})
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "teal").save(buffer, "PNG")
    get_image_model().objects.create(
        title="Square", description="A teal square.", file=ImageFile(buffer, name="square.png")
    )
    make_staff("editor")
    assert Group.objects.exists()
    return one_of_each_type


@pytest.fixture
def superuser_client(world):
    # Server errors are counted, not raised, so one crawl reports them all.
    client = Client(raise_request_exception=False)
    client.force_login(make_staff("admin", "crawler"))
    return client


def test_the_reported_addresses_answer_400(superuser_client):
    statuses = {url: superuser_client.get(url).status_code for url in reported_500s()}

    assert statuses == dict.fromkeys(reported_500s(), 400)


def expected_answer(url):
    """An id that cannot be a row's is a bad request; a parent that names nothing selects
    nothing, which is not found (users have no parent: Wagtail ignores it there)."""
    if not url.endswith("childOf=123456"):
        return 400
    return 200 if "/auth/user/" in url else 404


def test_bulk_actions_refuse_ids_that_name_no_row(roots):
    # One site for every address: the answers depend on the ids, not on what the site holds.
    client = Client(raise_request_exception=False)
    client.force_login(make_staff("admin", "crawler"))
    urls = malformed_bulk_addresses()

    assert {url: client.get(url).status_code for url in urls} == {
        url: expected_answer(url) for url in urls
    }


def test_an_editor_searching_pages_with_nul_gets_400(world, django_user_model):
    client = Client()
    client.force_login(django_user_model.objects.get(username="editor"))

    assert client.get("/admin/api/main/pages/?search=%00").status_code == 400


def test_nul_in_a_form_post_is_refused_with_a_clear_message(superuser_client):
    response = superuser_client.post("/admin/pages/search/", {"q": "crisis\x00"})

    assert response.status_code == 400
    assert "The form contains a character that is not allowed." in response.text


def test_nul_in_a_json_post_is_refused(superuser_client):
    response = superuser_client.post(
        "/admin/localize/api/", '{"value": "crisis\\u0000"}', content_type="application/json"
    )

    assert response.status_code == 400


def test_the_refusal_is_in_the_visitors_language(client, world):
    response = client.get("/admin/login/?next=%00", HTTP_ACCEPT_LANGUAGE="es")

    assert response.status_code == 400
    assert "La dirección contiene un carácter no permitido." in response.text


def test_no_admin_address_answers_500_to_malformed_input(superuser_client, world):
    reachable = crawl(superuser_client, seeds(world))
    assert len(reachable) > 100, f"the crawl reached only {len(reachable)} addresses"

    wrong = [f"{url}: {status}" for url, status in reachable if status >= 500]
    for url, status in reachable:
        if status >= 400:
            continue
        variants = [with_query(url, JUNK), re.sub(r"(?<=/)\d+(?=/)", HUGE_ID, url)]
        variants += [with_query(url, query) for query in ID_VARIANTS]
        for variant in variants:
            answer = superuser_client.get(variant).status_code
            if answer >= 500:
                wrong.append(f"{variant[:200]}: {answer}")
        nul_answer = superuser_client.get(with_query(url, NUL)).status_code
        if nul_answer != 400:
            wrong.append(f"{with_query(url, NUL)}: {nul_answer}, not 400")

    assert wrong == [], "\n".join(wrong)
