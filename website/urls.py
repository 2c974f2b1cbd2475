from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from website import admin_overrides, page_views, problem_reports, sitemap, views
from website.password_reset import RateLimitedPasswordResetView
from website.search import views as search_views

urlpatterns = [
    # Ahead of Wagtail's own, at the same address: the same form, rate-limited.
    path(
        "admin/password_reset/",
        RateLimitedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    # Ahead of Wagtail's own, at the same addresses: what apps check first (admin_overrides.py).
    path("admin/", include(admin_overrides.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap.section, name="sitemap-section"),
    # Outside the language prefixes: the page id already says which language was read.
    path("count/<int:page_id>/", page_views.count_view, name="count_view"),
    # Browsers and crawlers ask for /favicon.ico whatever the page's <link rel="icon"> says.
    path("favicon.ico", views.favicon, name="favicon"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under a language prefix: /en/... and /es/...
# The search page comes before Wagtail's catch-all; its address is translated (/es/buscar/).
urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path(
        _("report-a-problem/<int:page_id>/"),
        problem_reports.report_problem,
        name="report_problem",
    ),
    path("", include(wagtail_urls)),
)

handler400 = "website.views.bad_request"
handler404 = "website.views.page_not_found"
handler500 = "website.views.server_error"
