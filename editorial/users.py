"""Settings › Users: each editorial group is offered with a line on what its members may do."""

from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from . import roles
from .names import display_name

DESCRIPTIONS = {
    roles.EDITORS: _("Write and change English pages, and submit them for review."),
    roles.MODERATORS: _(
        "Review, publish, schedule and take down English pages; read form submissions."
    ),
    roles.TRANSLATORS: _("Translate English pages into Spanish and submit them for review."),
    roles.SPANISH_REVIEWERS: _("Review and publish the Spanish pages."),
}


def group_label(group):
    description = DESCRIPTIONS.get(group.name)
    name = display_name(group.name)
    return f"{name}: {description}" if description else name


class GroupDescriptionsMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "groups" in self.fields:
            self.fields["groups"].label_from_instance = group_label


class DescribedUserCreationForm(GroupDescriptionsMixin, UserCreationForm):
    pass


class DescribedUserEditForm(GroupDescriptionsMixin, UserEditForm):
    pass


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return DescribedUserEditForm if for_update else DescribedUserCreationForm
