"""The address a request came from, as the login lockout counts it."""

from django.conf import settings


def client_address(request):
    """The header named by RATELIMIT_IP_META_KEY when the site runs behind a proxy, else the
    connecting address.

    Of a comma-separated X-Forwarded-For the last entry is taken: it is the one the site's own
    proxy added, where the earlier ones are whatever the client chose to send.
    """
    meta_key = settings.RATELIMIT_IP_META_KEY
    value = request.META.get(meta_key, "") if meta_key else ""
    address = value.rsplit(",", 1)[-1].strip()
    return address or request.META.get("REMOTE_ADDR", "")
