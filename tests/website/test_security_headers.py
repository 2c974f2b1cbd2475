"""Browser policies on every response: a Content-Security-Policy that lets public pages run no
inline script or style and be framed only by the site itself, the admin's additions, the
report-only mode, and a Permissions-Policy that turns off device features."""

import re

import pytest
from wagtail.models import Page

from home.models import FormPage
from home.models.forms import FormField

pytestmark = pytest.mark.django_db

DEVICE_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb", "display-capture")


def directives(header):
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.fixture
def form_page(home):
    page = FormPage(title="Contact", slug="contact", thank_you_text="<p>Thanks.</p>")
    page.form_fields = [FormField(label="Email", field_type="email")]
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_public_pages_allow_no_inline_code_and_only_same_site_framing(client, home):
    response = client.get(home.url)

    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_the_admin_gets_what_wagtail_needs_and_no_more(admin_client):
    response = admin_client.get("/admin/")

    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_every_response_turns_device_features_off(client, admin_client, home):
    for response in (client.get(home.url), admin_client.get("/admin/"), client.get("/nowhere/")):
        features = dict(
            item.strip().split("=") for item in response["Permissions-Policy"].split(",")
        )
        assert all(features[name] == "()" for name in DEVICE_FEATURES), features


def test_pages_served_from_the_page_cache_carry_the_policies(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get(home.url)
    cached = client.get(home.url)

    assert "frame-ancestors 'self'" in cached["Content-Security-Policy"]
    assert "camera=()" in cached["Permissions-Policy"]


def test_report_only_mode_reports_and_blocks_nothing(client, home, settings):
    # What CSP_REPORT_ONLY=1 sets (website/settings/base.py; docs/operators/security.md).
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = None

    response = client.get(home.url)

    assert "Content-Security-Policy" not in response
    assert "frame-ancestors 'self'" in response["Content-Security-Policy-Report-Only"]


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=|\son[a-z]+\s*=\s*[\"']", re.I)


def test_rendered_public_pages_hold_no_inline_script_or_style(
    client, one_of_each_type, form_page, site_pages
):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    urls = [page.url for page in pages] + ["/en/search/?q=crisis", "/en/nowhere/"]
    for url in urls:
        html = client.get(url).text
        assert not INLINE_SCRIPT.search(html), (url, INLINE_SCRIPT.search(html).group(0))
        assert not INLINE_STYLE.search(html), (url, INLINE_STYLE.search(html).group(0))
