from wagtail.users.apps import WagtailUsersAppConfig


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the user form that describes each editorial group."""

    user_viewset = "editorial.users.UserViewSet"
