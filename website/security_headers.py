"""Browser policies sent with every response: the Content-Security-Policy (django-csp), with the
admin's additions on admin addresses, and a Permissions-Policy that turns off device features
the site never uses."""

from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware; admin addresses get CSP_ADMIN_ADDITIONS on top of the site's
    policy, because Wagtail's admin needs what the public pages never do."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIX):
            parts.update = {**settings.CSP_ADMIN_ADDITIONS, **(parts.update or {})}
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_OFF)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
