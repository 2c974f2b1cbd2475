"""Small helpers the tests share: readers for what pages emit (JSON-LD), and the steps staff take
(publish, translate a string, approve, post an admin form)."""

import json
import re

from django.contrib.auth.models import Group
from django.test.client import MULTIPART_CONTENT, encode_multipart
from wagtail_localize.models import StringSegment

from home.models import StandardPage
from translations.status import Status, source_pages, with_translation_status

# The English "What is eCPR?" page's strings and their Spanish (the `about` fixtures).
ABOUT = {
    "What is eCPR?": "¿Qué es eCPR?",
    "what-is-ecpr": "que-es-ecpr",
    "Three steps: connecting, empowering, revitalizing.": (
        "Tres pasos: conectar, empoderar, revitalizar."
    ),
}

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html):
    """Every JSON-LD object in the page, parsed (fails the test if one does not parse)."""
    return [json.loads(block) for block in JSON_LD.findall(html)]


def submit_translation(client, page, locale):
    """Start a Spanish translation with wagtail-localize's "Translate this page" form."""
    response = client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]}, follow=False
    )
    assert response.status_code == 302, response.content[:500]
    return page.get_translation(locale)


def publish(page, **fields):
    """Change fields of page and publish the change, as an editor with publish rights does."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent, title, slug, intro=""):
    page = StandardPage(title=title, slug=slug, intro=intro)
    parent.add_child(instance=page)
    return publish(page)


def statuses(locale):
    """{English title: Status} for every English page."""
    rows = with_translation_status(source_pages(), locale).values_list(
        "title", "translation_status"
    )
    return {title: Status(status) for title, status in rows}


def edit_string(client, translation, english, spanish):
    """Translate one string in the translation editor, as its text box does."""
    segment = StringSegment.objects.get(source=translation.source, string__data=english)
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        data=encode_multipart("BoUnDaRy", {"value": spanish}),
        content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", "BoUnDaRy"),
    )
    assert response.status_code in (200, 201), response.content
    return response


def approve(page, user):
    """The reviewer approves the page's current workflow task."""
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve")
    page.refresh_from_db()
    return page


def member_of(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def post_form(client, html, action):
    """Submit the form whose action is `action` in html, with its own CSRF token, as a browser
    does (use a client that enforces CSRF checks)."""
    form = re.search(rf'<form[^>]*action="{re.escape(action)}".*?</form>', html, re.S)
    assert form, f"no form posting to {action}"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(0))
    assert token, f"the form posting to {action} has no CSRF token"
    return client.post(action, {"csrfmiddlewaretoken": token.group(1)})


def json_ld_item(html, *types):
    """The page's one JSON-LD object of one of these schema.org types."""
    (item,) = [data for data in json_ld(html) if data["@type"] in types]
    return item
