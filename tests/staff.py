"""Staff accounts in each editorial role, as an administrator would set them up."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.roles import EDITORS, MODERATORS, SPANISH_REVIEWERS, TRANSLATORS

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
