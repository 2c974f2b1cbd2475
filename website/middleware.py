from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

# Routes that live outside the /en/ and /es/ prefixes (website/urls.py).
UNPREFIXED = ("/admin/", "/documents/", "/static/", "/media/", "/sitemap", "/robots.txt")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 outside the language-prefixed site stays a plain 404.

    Wagtail serves any path under /en/, so Django would take every missing admin or document
    address for one that lacks its language prefix and redirect it to /en/admin/... first.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
