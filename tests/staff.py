"""Staff accounts in each editorial role, as an administrator would set them up."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from editorial.roles import EDITORS, GROUPS, MODERATORS, SPANISH_REVIEWERS, TRANSLATORS

ROLE_GROUPS = {
    "editor": EDITORS,
    "moderator": MODERATORS,
    "translator": TRANSLATORS,
    "reviewer": SPANISH_REVIEWERS,
}
ROLES = (*ROLE_GROUPS, "admin")
PASSWORD = "a-long-test-password"


def make_staff(role, username=None):
    """A user in role's group ("admin" is a superuser), with an email address for notifications."""
    User = get_user_model()
    username = username or role
    email = f"{username}@example.org"
    if role == "admin":
        return User.objects.create_superuser(username, email, PASSWORD)
    user = User.objects.create_user(username, email, PASSWORD, first_name=username.title())
    user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
    return user


# What each group may do in each language's tree, as editorial/roles.py assigns it.


def page_permissions(group, page):
    return set(
        GroupPagePermission.objects.filter(group__name=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


EXPECTED_TREES = {
    "en": {
        EDITORS: {"add_page", "change_page"},
        MODERATORS: {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
        TRANSLATORS: set(),
        SPANISH_REVIEWERS: set(),
    },
    "es": {
        EDITORS: set(),
        MODERATORS: set(),
        TRANSLATORS: {"add_page", "change_page"},
        SPANISH_REVIEWERS: {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
    },
}


def assert_trees_assigned(home_en, home_es):
    for home, language in ((home_en, "en"), (home_es, "es")):
        for group, expected in EXPECTED_TREES[language].items():
            assert page_permissions(group, home) == expected, (language, group)
    assert home_en.get_workflow().name == "Editorial review"
    assert home_es.get_workflow().name == "Spanish review"
    # Nothing on the root: Wagtail's starting grants there covered both languages.
    root = Page.get_first_root_node()
    assert not GroupPagePermission.objects.filter(page=root, group__name__in=GROUPS).exists()
