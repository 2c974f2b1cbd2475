"""Who may do what: the four editorial groups, their permissions and their review workflows.

This module is the one definition of the roles. `apply_roles` makes the database match it: a data
migration runs it, and so does every `migrate` (after each app has made its permissions), so a
fresh install has the groups and an app that adds a snippet model has it covered. Administrators
are superusers and belong to no group. Changing a role means changing this file.
"""

from dataclasses import dataclass

from django.apps import apps as global_apps
from django.db.models import Q
from wagtail.models import DraftStateMixin, TranslatableMixin, WorkflowMixin
from wagtail.snippets.models import get_snippet_models

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
SPANISH_REVIEWERS = "Spanish reviewers"
GROUPS = (EDITORS, MODERATORS, TRANSLATORS, SPANISH_REVIEWERS)


@dataclass(frozen=True)
class Tree:
    """One language's page tree: who writes in it, who reviews it, and the workflow between."""

    language_code: str
    writers: str
    reviewers: str
    workflow: str
    task: str


TREES = {
    tree.language_code: tree
    for tree in (
        Tree("en", EDITORS, MODERATORS, "Editorial review", "Moderator approval"),
        Tree("es", TRANSLATORS, SPANISH_REVIEWERS, "Spanish review", "Spanish reviewer approval"),
    )
}
WRITER_PAGE_PERMISSIONS = ("add_page", "change_page")
REVIEWER_PAGE_PERMISSIONS = (*WRITER_PAGE_PERMISSIONS, "publish_page", "lock_page", "unlock_page")

# Permissions held everywhere, as "app_label.codename".
MODEL_PERMISSIONS = {
    EDITORS: ("wagtailadmin.access_admin",),
    MODERATORS: (
        "wagtailadmin.access_admin",
        "wagtailforms.view_formsubmission",
        "wagtailforms.delete_formsubmission",
    ),
    TRANSLATORS: ("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
    SPANISH_REVIEWERS: ("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
}

# Permissions an app makes in a migration rather than from a model: a database emptied by
# `flush` (as between tests) lacks them until they are made again here.
MIGRATION_MADE_PERMISSIONS = {
    "wagtail_localize.submit_translation": ("translation", "Can submit translations"),
}

# Images, documents and audio/video, on the root collection (so on every collection).
MEDIA_MODELS = (("wagtailimages", "image"), ("wagtaildocs", "document"), ("wagtailmedia", "media"))
COLLECTION_ACTIONS = {
    EDITORS: ("add", "change", "choose"),
    MODERATORS: ("add", "change", "choose", "delete"),
    TRANSLATORS: ("add", "choose"),
    SPANISH_REVIEWERS: ("add", "change", "choose"),
}

# Snippets. The Spanish-side groups only get models that can be translated. A writer may add any
# snippet (nobody sees it until a reviewed page uses it) but only change those that keep drafts:
# changing the others would change live pages at once.
SNIPPET_ACTIONS = {
    EDITORS: ("add", "change"),
    MODERATORS: ("add", "change", "delete", "publish", "lock", "unlock"),
    TRANSLATORS: ("add", "change"),
    SPANISH_REVIEWERS: ("add", "change", "publish", "lock", "unlock"),
}
WRITERS = {EDITORS, TRANSLATORS}
SPANISH_SIDE = {TRANSLATORS, SPANISH_REVIEWERS}


def apply_roles(apps=global_apps):
    """Make the groups, their permissions, the workflows and the trees match the definition."""
    Group = apps.get_model("auth", "Group")
    GroupSitePermission = apps.get_model("wagtailcore", "GroupSitePermission")

    _ensure_migration_made_permissions(apps)
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUPS}
    for name, group in groups.items():
        labels = [*MODEL_PERMISSIONS[name], *snippet_permissions(name)]
        group.permissions.set(_permissions(apps, labels))
    _apply_collection_permissions(apps, groups)
    # Site settings are for administrators only.
    GroupSitePermission.objects.filter(group__in=groups.values()).delete()

    for tree in TREES.values():
        _ensure_workflow(apps, tree, groups[tree.reviewers])
    _assign_snippet_workflows(apps)
    assign_trees(apps)


def snippet_permissions(group_name):
    for model in get_snippet_models():
        if getattr(model, "kept_by_translators", False):
            # Working lists of the Spanish side (the glossary): they change no page.
            if group_name in SPANISH_SIDE:
                yield from _model_permissions(model, ("add", "change", "delete"))
            continue
        if group_name in SPANISH_SIDE and not issubclass(model, TranslatableMixin):
            continue
        actions = SNIPPET_ACTIONS[group_name]
        if group_name in WRITERS and not issubclass(model, DraftStateMixin):
            actions = ("add",)
        yield from _model_permissions(model, actions)


def _model_permissions(model, actions):
    for action in actions:
        yield f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def assign_trees(apps=global_apps):
    """Give each language's home page (a page at depth 2) to its groups and workflow."""
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    # Wagtail's own grants on the root (the whole site, both languages) go.
    GroupPagePermission.objects.filter(group__name__in=GROUPS).exclude(page__depth=2).delete()
    for home in Page.objects.filter(depth=2).select_related("locale"):
        assign_tree(home, apps)


def assign_tree(home, apps=global_apps):
    """Page permissions and workflow for one home page, by its language; idempotent."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    tree = TREES.get(home.locale.language_code)
    grants = {}
    if tree is not None:
        grants = {tree.writers: WRITER_PAGE_PERMISSIONS, tree.reviewers: REVIEWER_PAGE_PERMISSIONS}
    for group in Group.objects.filter(name__in=GROUPS):
        wanted = _permissions(apps, [f"wagtailcore.{c}" for c in grants.get(group.name, ())])
        GroupPagePermission.objects.filter(group=group, page_id=home.pk).exclude(
            permission__in=wanted
        ).delete()
        for permission in wanted:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=home.pk, permission=permission
            )

    if tree is None:
        return
    workflow = Workflow.objects.filter(name=tree.workflow).first()
    if workflow is not None:
        # An administrator may have chosen another workflow for this tree: keep their choice.
        WorkflowPage.objects.get_or_create(page_id=home.pk, defaults={"workflow": workflow})


def _permissions(apps, labels):
    Permission = apps.get_model("auth", "Permission")
    query = Q(pk__in=[])
    for label in labels:
        app_label, codename = label.split(".")
        query |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(query))


def _ensure_migration_made_permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")

    for label, (model, name) in MIGRATION_MADE_PERMISSIONS.items():
        app_label, codename = label.split(".")
        content_type = ContentType.objects.get_or_create(app_label=app_label, model=model)[0]
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )


def _apply_collection_permissions(apps, groups):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    GroupCollectionPermission.objects.filter(group__in=groups.values()).delete()
    root = Collection.objects.filter(depth=1).first()
    if root is None:  # a database emptied between tests has no collections
        return
    for name, group in groups.items():
        labels = [
            f"{app_label}.{action}_{model}"
            for app_label, model in MEDIA_MODELS
            for action in COLLECTION_ACTIONS[name]
        ]
        GroupCollectionPermission.objects.bulk_create(
            GroupCollectionPermission(group=group, collection=root, permission=permission)
            for permission in _permissions(apps, labels)
        )


def _ensure_workflow(apps, tree, reviewers):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    task = GroupApprovalTask.objects.filter(name=tree.task).first()
    if task is None:
        content_type = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )[0]
        task = GroupApprovalTask.objects.create(name=tree.task, content_type=content_type)
    task.groups.set([reviewers])
    workflow = Workflow.objects.get_or_create(name=tree.workflow)[0]
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)


def _assign_snippet_workflows(apps):
    """Snippets with a workflow go through the editorial review, whatever their language."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    workflow = Workflow.objects.get(name=TREES["en"].workflow)
    for model in get_snippet_models():
        if issubclass(model, WorkflowMixin):
            content_type = ContentType.objects.get_or_create(
                app_label=model._meta.app_label, model=model._meta.model_name
            )[0]
            WorkflowContentType.objects.get_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )
