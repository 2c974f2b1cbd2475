"""Who may do what in the admin: every role against every action that matters.

Each row is one action, tried by each role in turn on the same site, every try rolled back
afterwards. An allowed cell must take effect; a refused cell must answer without a server error
and leave the database as it was.
"""

import io
from dataclasses import dataclass, field

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, TestCase
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    Locale,
    Page,
    Revision,
    Site,
    TaskState,
    Workflow,
    WorkflowState,
)
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import FormPage, StandardPage
from home.models.forms import FormField
from tests.admin_forms import standard_page_form
from tests.factories import StandardPageFactory, pdf_bytes
from tests.staff import make_staff
from website.models import SiteSettings

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "editor", "moderator", "translator", "reviewer", "admin")
ENGLISH_SIDE = {"editor", "moderator", "admin"}
SPANISH_SIDE = {"translator", "reviewer", "admin"}
STAFF = {"editor", "moderator", "translator", "reviewer", "admin"}


@dataclass
class World:
    """The site every cell starts from."""

    users: dict
    pages: dict = field(default_factory=dict)
    form_submission: object = None


def submit_for_review(page, user):
    page.save_revision(user=user)
    page.get_workflow().start(page, user)


@pytest.fixture
def world(site_pages, translate_page):
    home, home_es = site_pages
    users = {role: make_staff(role) for role in STAFF}
    users["moderator2"] = make_staff("moderator", "moderator2")
    users["reviewer2"] = make_staff("reviewer", "reviewer2")
    pages = {"home": home, "home_es": home_es}

    for side, parent in (("en", home), ("es", home_es)):
        live = StandardPageFactory(parent=parent, title=f"Live {side}", slug=f"live-{side}")
        live.title = f"Live {side}, second version"
        live.save_revision().publish()
        pages[f"{side}_live"] = live
        pages[f"{side}_section"] = StandardPageFactory(
            parent=parent, title=f"Section {side}", slug=f"section-{side}"
        )
        locked = StandardPageFactory(parent=parent, title=f"Locked {side}", slug=f"locked-{side}")
        locked.locked = True
        locked.locked_by = users["moderator2" if side == "en" else "reviewer2"]
        locked.save()
        pages[f"{side}_locked"] = locked
        review = StandardPageFactory(parent=parent, title=f"Review {side}", slug=f"review-{side}")
        review.title = f"Reviewed change {side}"
        submit_for_review(review, users["editor" if side == "en" else "translator"])
        pages[f"{side}_review"] = review

    section = StandardPage(title="Draft section", slug="draft-section", live=False)
    home.add_child(instance=section)
    section.save_revision()
    StandardPageFactory(parent=section, title="Live inside", slug="live-inside")
    pages["en_section_with_live"] = section
    pages["en_draft"] = StandardPage(title="Unannounced", slug="unannounced", live=False)
    home.add_child(instance=pages["en_draft"])
    pages["en_draft"].save_revision()
    pages["en_translated"] = StandardPageFactory(parent=home, title="Translated", slug="tr")
    pages["es_translation"] = translate_page(
        pages["en_translated"], {"Translated": "Traducida"}, publish=False
    )

    form_page = FormPage(title="Contact", slug="contact", thank_you_text="<p>Thanks.</p>")
    form_page.form_fields = [FormField(label="Email", field_type="email")]
    home.add_child(instance=form_page)
    form_page.save_revision().publish()
    pages["form"] = form_page
    submission = FormSubmission.objects.create(
        page=form_page, form_data={"name": "A reader", "email": "reader@example.org"}
    )
    return World(users=users, pages=pages, form_submission=submission)


def database_state():
    """Everything an action in the matrix could change."""
    return (
        list(
            Page.objects.order_by("pk").values_list(
                "pk",
                "path",
                "title",
                "draft_title",
                "slug",
                "live",
                "locked",
                "locked_by",
                "has_unpublished_changes",
                "latest_revision",
                "alias_of",
            )
        ),
        Revision.objects.count(),
        list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        list(TaskState.objects.order_by("pk").values_list("pk", "status")),
        TranslationSource.objects.count(),
        Translation.objects.count(),
        StringTranslation.objects.count(),
        get_image_model().objects.count(),
        get_document_model().objects.count(),
        FormSubmission.objects.count(),
        list(get_user_model().objects.order_by("pk").values_list("pk", "is_superuser")),
        list(Group.objects.order_by("pk").values_list("pk", "name", "permissions")),
        list(SiteSettings.objects.values_list("pk", "phone")),
        list(Workflow.objects.values_list("pk", "active")),
        Locale.objects.count(),
    )


def live_state():
    """What readers see; an editor who presses Publish gets a draft saved instead."""
    return list(Page.objects.order_by("pk").values_list("pk", "title", "live", "last_published_at"))


@dataclass(frozen=True)
class Action:
    name: str
    allowed: frozenset
    request: object  # (client, world) -> response
    took_effect: object  # (world, response) -> bool
    unchanged: object = database_state  # what a refusal must leave as it was


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def post_edit(client, page, **extra):
    return client.post(
        edit_url(page), {**standard_page_form(page, **extra.pop("fields", {})), **extra}
    )


def add_page(side):
    def request(client, world):
        parent = world.pages["home" if side == "en" else "home_es"]
        url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.id])
        return client.post(url, standard_page_form(title="Added page", slug="added-page"))

    def took_effect(world, response):
        parent = world.pages["home" if side == "en" else "home_es"]
        return parent.get_children().filter(slug="added-page").exists()

    return request, took_effect


def edit_page(side):
    def request(client, world):
        return post_edit(client, world.pages[f"{side}_live"], fields={"intro": "Changed here."})

    def took_effect(world, response):
        return fresh(world.pages[f"{side}_live"]).get_latest_revision_as_object().intro == (
            "Changed here."
        )

    return request, took_effect


def publish_page(side):
    def request(client, world):
        page = world.pages[f"{side}_live"]
        return post_edit(client, page, fields={"title": "Published now"}, **{"action-publish": "1"})

    def took_effect(world, response):
        page = fresh(world.pages[f"{side}_live"])
        return page.live and page.title == "Published now"

    return request, took_effect


def submit_page(side):
    def request(client, world):
        page = world.pages[f"{side}_live"]
        return post_edit(client, page, fields={"intro": "For review."}, **{"action-submit": "1"})

    def took_effect(world, response):
        return fresh(world.pages[f"{side}_live"]).workflow_in_progress

    return request, took_effect


def review_page(side, decision):
    def request(client, world):
        page = fresh(world.pages[f"{side}_review"])
        task_state = page.current_workflow_state.current_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.id, decision, task_state.id])
        return client.post(url, {"comment": "Checked."})

    def took_effect(world, response):
        page = fresh(world.pages[f"{side}_review"])
        if decision == "approve":
            return page.title == f"Reviewed change {side}" and not page.workflow_in_progress
        return page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    return request, took_effect


def page_post(url_name, key, data=None, *, expect):
    def request(client, world):
        page = world.pages[key]
        extra = data(world) if callable(data) else (data or {})
        return client.post(reverse(f"wagtailadmin_pages:{url_name}", args=[page.id]), extra)

    def took_effect(world, response):
        return expect(world)

    return request, took_effect


def unpublish_then_delete(side):
    """A reviewer's way to remove a live page: unpublish it, then delete the draft it became."""

    def request(client, world):
        page = world.pages[f"{side}_live"]
        client.post(reverse("wagtailadmin_pages:unpublish", args=[page.id]))
        return client.post(reverse("wagtailadmin_pages:delete", args=[page.id]))

    def took_effect(world, response):
        return not Page.objects.filter(pk=world.pages[f"{side}_live"].pk).exists()

    return request, took_effect


def bulk_delete(key):
    """The page explorer's bulk delete: tick a page, choose Delete, confirm."""

    def request(client, world):
        page = world.pages[key]
        return client.post(f"/admin/bulk/wagtailcore/page/delete/?id={page.id}")

    def took_effect(world, response):
        return not Page.objects.filter(pk=world.pages[key].pk).exists()

    return request, took_effect


def move_page(side):
    def request(client, world):
        page, section = world.pages[f"{side}_live"], world.pages[f"{side}_section"]
        url = reverse("wagtailadmin_pages:move_confirm", args=[page.id, section.id])
        return client.post(url)

    def took_effect(world, response):
        return (
            fresh(world.pages[f"{side}_live"]).get_parent().pk == world.pages[f"{side}_section"].pk
        )

    return request, took_effect


def copy_page(side):
    parent_key = "home" if side == "en" else "home_es"
    return page_post(
        "copy",
        f"{side}_live",
        lambda world: {
            "new_title": "Copied page",
            "new_slug": "copied-page",
            "new_parent_page": world.pages[parent_key].id,
        },
        expect=lambda world: (
            world.pages[parent_key].get_children().filter(slug="copied-page").exists()
        ),
    )


def page_get(url_name, key, args=lambda world, page: [page.id]):
    def request(client, world):
        page = world.pages[key]
        return client.get(reverse(f"wagtailadmin_pages:{url_name}", args=args(world, page)))

    return request, lambda world, response: response.status_code == 200


def compare_args(world, page):
    older, newer = page.revisions.order_by("pk")[:2]
    return [page.id, older.id, newer.id]


def translate(key):
    def request(client, world):
        page = world.pages[key]
        url = reverse("wagtail_localize:submit_page_translation", args=[page.id])
        return client.post(url, {"locales": [Locale.objects.get(language_code="es").id]})

    def took_effect(world, response):
        page = world.pages[key]
        return Page.objects.filter(
            translation_key=page.translation_key, locale__language_code="es"
        ).exists()

    return request, took_effect


def translation_of(page):
    return Translation.objects.get(source__object_id=page.translation_key, enabled=True)


def save_translation_draft():
    def request(client, world):
        translation = translation_of(world.pages["es_translation"])
        url = reverse("translations:review_translation", args=[translation.id])
        return client.post(url, {"action": "save"})

    def took_effect(world, response):
        page = world.pages["es_translation"]
        return fresh(page).latest_revision_id != page.latest_revision_id

    return request, took_effect


def publish_translation():
    def request(client, world):
        return client.post(edit_url(world.pages["es_translation"]), {"action": "publish"})

    return request, lambda world, response: fresh(world.pages["es_translation"]).live


def png():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (4, 4), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def upload(kind):
    def request(client, world):
        collection = Collection.get_first_root_node().id
        if kind == "image":
            data = {
                "title": "A teal square",
                "file": SimpleUploadedFile("square.png", png(), content_type="image/png"),
                "description": "A small teal square.",
                "collection": collection,
            }
            return client.post(reverse("wagtailimages:add"), data)
        data = {
            "title": "Brochure",
            "file": SimpleUploadedFile("brochure.pdf", pdf_bytes(1)),
            "language": "es",
            "collection": collection,
        }
        return client.post(reverse("wagtaildocs:add"), data)

    model = get_image_model() if kind == "image" else get_document_model()
    return request, lambda world, response: model.objects.exists()


def submissions(delete):
    def request(client, world):
        page = world.pages["form"]
        if delete:
            url = reverse("wagtailforms:delete_submissions", args=[page.id])
            return client.post(f"{url}?selected-submissions={world.form_submission.id}")
        return client.get(reverse("wagtailforms:list_submissions", args=[page.id]))

    def took_effect(world, response):
        if delete:
            return not FormSubmission.objects.exists()
        return response.status_code == 200 and "reader@example.org" in response.content.decode()

    return request, took_effect


def admin_get(url_name, args=lambda world: []):
    def request(client, world):
        return client.get(reverse(url_name, args=args(world)))

    return request, lambda world, response: response.status_code == 200


def add_user():
    def request(client, world):
        return client.post(
            reverse("wagtailusers_users:add"),
            {
                "username": "newcomer",
                "email": "newcomer@example.org",
                "first_name": "New",
                "last_name": "Comer",
                "password1": "a-long-enough-password-9",
                "password2": "a-long-enough-password-9",
            },
        )

    return (
        request,
        lambda world, response: get_user_model().objects.filter(username="newcomer").exists(),
    )


def dashboard():
    return (
        lambda client, world: client.get(reverse("wagtailadmin_home")),
        lambda world, response: response.status_code == 200,
    )


def row(name, allowed, pair, unchanged=database_state):
    return Action(name, frozenset(allowed), pair[0], pair[1], unchanged)


ENGLISH_REVIEWERS = {"moderator", "admin"}
SPANISH_REVIEWERS = {"reviewer", "admin"}

ACTIONS = [
    row("dashboard", STAFF, dashboard()),
    row("add a page, English", ENGLISH_SIDE, add_page("en")),
    row("add a page, Spanish", SPANISH_SIDE, add_page("es")),
    row("edit, English", ENGLISH_SIDE, edit_page("en")),
    row("edit, Spanish", SPANISH_SIDE, edit_page("es")),
    row("publish, English", ENGLISH_REVIEWERS, publish_page("en"), unchanged=live_state),
    row("publish, Spanish", SPANISH_REVIEWERS, publish_page("es"), unchanged=live_state),
    row("submit, English", ENGLISH_SIDE, submit_page("en")),
    row("submit, Spanish", SPANISH_SIDE, submit_page("es")),
    row("approve, English", ENGLISH_REVIEWERS, review_page("en", "approve")),
    row("approve, Spanish", SPANISH_REVIEWERS, review_page("es", "approve")),
    row("request changes, English", ENGLISH_REVIEWERS, review_page("en", "reject")),
    row("request changes, Spanish", SPANISH_REVIEWERS, review_page("es", "reject")),
    row(
        "unpublish, English",
        ENGLISH_REVIEWERS,
        page_post("unpublish", "en_live", expect=lambda w: not fresh(w.pages["en_live"]).live),
    ),
    row(
        "unpublish, Spanish",
        SPANISH_REVIEWERS,
        page_post("unpublish", "es_live", expect=lambda w: not fresh(w.pages["es_live"]).live),
    ),
    # Deletion follows review: only administrators delete what readers can see; reviewers
    # unpublish first (the rows above), and anyone who writes in a tree deletes its drafts.
    row(
        "delete a live page, English",
        {"admin"},
        page_post(
            "delete",
            "en_live",
            expect=lambda w: not Page.objects.filter(pk=w.pages["en_live"].pk).exists(),
        ),
    ),
    row(
        "delete a live page, Spanish",
        {"admin"},
        page_post(
            "delete",
            "es_live",
            expect=lambda w: not Page.objects.filter(pk=w.pages["es_live"].pk).exists(),
        ),
    ),
    row(
        "delete a section with a live page in it, English",
        {"admin"},
        page_post(
            "delete",
            "en_section_with_live",
            expect=lambda w: (
                not Page.objects.filter(pk=w.pages["en_section_with_live"].pk).exists()
            ),
        ),
    ),
    row(
        "delete a draft, English",
        ENGLISH_SIDE,
        page_post(
            "delete",
            "en_draft",
            expect=lambda w: not Page.objects.filter(pk=w.pages["en_draft"].pk).exists(),
        ),
    ),
    row(
        "delete a draft, Spanish",
        SPANISH_SIDE,
        page_post(
            "delete",
            "es_translation",
            expect=lambda w: not Page.objects.filter(pk=w.pages["es_translation"].pk).exists(),
        ),
    ),
    row("bulk-delete a live page, English", {"admin"}, bulk_delete("en_live")),
    row("bulk-delete a live page, Spanish", {"admin"}, bulk_delete("es_live")),
    row("unpublish, then delete, English", ENGLISH_REVIEWERS, unpublish_then_delete("en")),
    row("unpublish, then delete, Spanish", SPANISH_REVIEWERS, unpublish_then_delete("es")),
    row("move a live page, English", ENGLISH_REVIEWERS, move_page("en")),
    row("move a live page, Spanish", SPANISH_REVIEWERS, move_page("es")),
    row("copy, English", ENGLISH_SIDE, copy_page("en")),
    row("copy, Spanish", SPANISH_SIDE, copy_page("es")),
    row(
        "lock, English",
        ENGLISH_REVIEWERS,
        page_post("lock", "en_live", expect=lambda w: fresh(w.pages["en_live"]).locked),
    ),
    row(
        "lock, Spanish",
        SPANISH_REVIEWERS,
        page_post("lock", "es_live", expect=lambda w: fresh(w.pages["es_live"]).locked),
    ),
    row(
        "unlock another's lock, English",
        ENGLISH_REVIEWERS,
        page_post("unlock", "en_locked", expect=lambda w: not fresh(w.pages["en_locked"]).locked),
    ),
    row(
        "unlock another's lock, Spanish",
        SPANISH_REVIEWERS,
        page_post("unlock", "es_locked", expect=lambda w: not fresh(w.pages["es_locked"]).locked),
    ),
    row(
        "compare revisions, English",
        ENGLISH_SIDE,
        page_get("revisions_compare", "en_live", compare_args),
    ),
    row(
        "compare revisions, Spanish",
        SPANISH_SIDE,
        page_get("revisions_compare", "es_live", compare_args),
    ),
    row("page history, English", ENGLISH_SIDE, page_get("history", "en_live")),
    row("page history, Spanish", SPANISH_SIDE, page_get("history", "es_live")),
    row("preview, English", ENGLISH_SIDE, page_get("view_draft", "en_live")),
    row("preview, Spanish", SPANISH_SIDE, page_get("view_draft", "es_live")),
    row("start a translation of a live page", SPANISH_SIDE, translate("en_live")),
    row("start a translation of a draft", {"admin"}, translate("en_draft")),
    row("edit a translation (save a draft)", SPANISH_SIDE, save_translation_draft()),
    # Spanish reviewers put a translation live by approving it in its review
    # (tests/translations/test_side_by_side.py), never from the translation editor.
    row("publish from the translation editor", {"admin"}, publish_translation()),
    row("upload an image", STAFF, upload("image")),
    row("upload a document", STAFF, upload("document")),
    row("view form submissions", ENGLISH_REVIEWERS, submissions(delete=False)),
    row("delete form submissions", ENGLISH_REVIEWERS, submissions(delete=True)),
    row(
        "site settings",
        {"admin"},
        admin_get(
            "wagtailsettings:edit",
            lambda world: ["website", "sitesettings", Site.objects.get(is_default_site=True).pk],
        ),
    ),
    row("users", {"admin"}, admin_get("wagtailusers_users:index")),
    row("add a user", {"admin"}, add_user()),
    row("groups", {"admin"}, admin_get("wagtailusers_groups:index")),
    row("workflows", {"admin"}, admin_get("wagtailadmin_workflows:index")),
    row("locales", {"admin"}, admin_get("wagtaillocales:index")),
]


def try_cell(world, role, action):
    """What role's attempt did: "allowed" if it took effect, "refused" if it changed nothing,
    or what went wrong. Every attempt is rolled back."""
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    before = action.unchanged()
    with transaction.atomic():
        # wagtail-localize publishes on commit; run those callbacks as a real commit would.
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = action.request(client, world)
        if response.status_code >= 500:
            outcome = f"server error {response.status_code}"
        elif action.took_effect(world, response):
            outcome = "allowed"
        elif action.unchanged() != before:
            outcome = "refused, but changed the database"
        else:
            outcome = "refused"
        transaction.set_rollback(True)
    return outcome


def test_permission_matrix(world):
    # One site for the whole matrix (each attempt is rolled back), so it stays quick.
    wrong = [
        f"{action.name}: {role} was {outcome}"
        for action in ACTIONS
        for role in ROLES
        if (outcome := try_cell(world, role, action))
        != ("allowed" if role in action.allowed else "refused")
    ]

    assert wrong == [], "\n".join(wrong)
