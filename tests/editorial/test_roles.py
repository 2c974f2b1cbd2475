"""The groups, their permissions and the workflows: what a fresh install has, and what stays."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Workflow,
    WorkflowContentType,
)

from editorial.roles import (
    EDITORS,
    GROUPS,
    MODERATORS,
    SPANISH_REVIEWERS,
    TRANSLATORS,
    apply_roles,
)
from tests.staff import assert_trees_assigned

pytestmark = pytest.mark.django_db


def group_permissions(group):
    return {
        f"{app_label}.{codename}"
        for app_label, codename in Group.objects.get(name=group).permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def collection_permissions(group):
    return set(
        GroupCollectionPermission.objects.filter(group__name=group).values_list(
            "permission__codename", flat=True
        )
    )


def test_home_pages_made_directly_get_their_groups_too(site_pages):
    assert_trees_assigned(*site_pages)


def test_workflows_have_the_reviewing_groups_as_approvers():
    editorial = Workflow.objects.get(name="Editorial review")
    spanish = Workflow.objects.get(name="Spanish review")

    assert editorial.active and spanish.active
    [editorial_task] = editorial.tasks.all()
    [spanish_task] = spanish.tasks.all()
    assert [g.name for g in editorial_task.specific.groups.all()] == [MODERATORS]
    assert [g.name for g in spanish_task.specific.groups.all()] == [SPANISH_REVIEWERS]
    # Wagtail's starter workflow for the whole site is retired.
    assert not Workflow.objects.get(name="Moderators approval").active


def test_snippets_with_drafts_go_through_the_editorial_review():
    workflow = WorkflowContentType.objects.get(content_type__model="person").workflow

    assert workflow.name == "Editorial review"


def test_model_permissions_per_group():
    assert group_permissions(EDITORS) >= {
        "wagtailadmin.access_admin",
        "website.add_person",
        "website.change_person",
        "news.add_outlet",
    }
    # An outlet has no drafts: changing one would change live pages, so editors may only add.
    assert "news.change_outlet" not in group_permissions(EDITORS)
    assert "website.publish_person" not in group_permissions(EDITORS)
    assert "wagtail_localize.submit_translation" not in group_permissions(EDITORS)
    assert "wagtailforms.view_formsubmission" not in group_permissions(EDITORS)

    assert group_permissions(MODERATORS) >= {
        "wagtailadmin.access_admin",
        "wagtailforms.view_formsubmission",
        "wagtailforms.delete_formsubmission",
        "website.publish_person",
        "news.change_outlet",
        "news.delete_outlet",
    }
    assert group_permissions(TRANSLATORS) >= {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "website.change_person",
    }
    assert "website.publish_person" not in group_permissions(TRANSLATORS)
    assert group_permissions(SPANISH_REVIEWERS) >= {
        "wagtail_localize.submit_translation",
        "website.publish_person",
        "news.change_outlet",
    }


def test_media_permissions_per_group():
    assert collection_permissions(EDITORS) == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
        "add_media",
        "change_media",
    }
    assert {"delete_image", "delete_document", "delete_media"} <= collection_permissions(MODERATORS)
    assert collection_permissions(TRANSLATORS) == {
        "add_image",
        "choose_image",
        "add_document",
        "choose_document",
        "add_media",
    }


ADMINISTRATORS_ONLY = {
    ("auth", "user"),
    ("auth", "group"),
    ("auth", "permission"),
    ("wagtailcore", "workflow"),
    ("wagtailcore", "task"),
    ("wagtailcore", "groupapprovaltask"),
    ("wagtailcore", "locale"),
    ("wagtailcore", "site"),
    ("website", "sitesettings"),
}


def test_no_group_holds_a_permission_on_users_groups_workflows_locales_or_settings(site_pages):
    for group in Group.objects.all():
        held = set(group.permissions.values_list("content_type__app_label", "content_type__model"))
        assert not held & ADMINISTRATORS_ONLY, group.name
    assert not GroupSitePermission.objects.exists()


def test_applying_the_roles_again_restores_them(site_pages):
    home_en, home_es = site_pages
    editors = Group.objects.get(name=EDITORS)
    editors.permissions.add(Permission.objects.get(codename="change_user"))
    GroupPagePermission.objects.filter(group__name=MODERATORS).delete()
    GroupPagePermission.objects.create(
        group=editors, page=home_es, permission=Permission.objects.get(codename="publish_page")
    )

    call_command("apply_editorial_roles", stdout=io.StringIO())

    assert "auth.change_user" not in group_permissions(EDITORS)
    assert_trees_assigned(home_en, home_es)


def test_applying_the_roles_twice_changes_nothing(site_pages):
    def snapshot():
        return (
            sorted(GroupPagePermission.objects.values_list("group", "page", "permission")),
            sorted(GroupCollectionPermission.objects.values_list("group", "permission")),
            sorted(Workflow.objects.values_list("name", "active")),
            {name: group_permissions(name) for name in GROUPS},
        )

    before = snapshot()
    apply_roles()

    assert snapshot() == before


def test_an_administrators_choice_of_workflow_for_a_tree_is_kept(site_pages):
    home_en, _home_es = site_pages
    other = Workflow.objects.create(name="Legal check")
    home_en.workflowpage.workflow = other
    home_en.workflowpage.save()

    apply_roles()

    home_en.refresh_from_db()
    assert home_en.get_workflow() == other


@pytest.mark.django_db(transaction=True)
def test_an_emptied_database_gets_the_roles_back():
    # `flush` (run between transactional tests) removes what migrations made, then signals
    # post_migrate: the groups, their permissions and the workflows come back.
    call_command("flush", interactive=False, verbosity=0)

    assert "wagtail_localize.submit_translation" in group_permissions(TRANSLATORS)
    assert "wagtailadmin.access_admin" in group_permissions(EDITORS)
    assert set(Workflow.objects.filter(active=True).values_list("name", flat=True)) == {
        "Editorial review",
        "Spanish review",
    }
