"""JSON-LD shared pieces: people, organisations, the page itself and where it sits."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from website.shared_lookups import locale_codes, per_version

# Characters that would let JSON break out of a <script> element.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def ld_json_script(data):
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def person_data(person):
    data = {"@type": "Person", "name": person.name}
    if person.credentials:
        data["honorificSuffix"] = person.credentials
    if person.role:
        data["jobTitle"] = person.role
    if person.affiliation:
        data["affiliation"] = {"@type": "Organization", "name": person.affiliation}
    return data


def people_data(stream):
    return [person_data(block.value["person"]) for block in stream if block.value["person"]]


def page_data(page, request, schema_type):
    """What every page's JSON-LD starts with."""
    data = {
        "@context": "https://schema.org",
        "@type": schema_type,
        "name": page.title,
        "headline": page.title[:110],
        "url": request.build_absolute_uri(page.get_url(request)),
        "inLanguage": locale_codes()[page.locale_id],
    }
    summary = page.get_listing_summary()
    if summary:
        data["description"] = summary
    return data


def _absolute_url(page, request):
    return request.build_absolute_uri(page.get_url(request))


def breadcrumb_data(page, request):
    """The trail from the language's home page down to page."""

    def compute():
        # Depth 1 is the tree's root, which no reader sees; each language's home page sits at 2.
        steps = page.get_ancestors(inclusive=True).filter(depth__gte=2)
        return [(step.title, step.get_url(request)) for step in steps]

    trail = per_version(f"trail:{page.pk}:{request.get_host()}", compute)
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": title,
                "item": request.build_absolute_uri(url),
            }
            for position, (title, url) in enumerate(trail, start=1)
        ],
    }


def web_page_data(page, request, site_name, language):
    """The page as a web page: a WebPage, or a CollectionPage for listings, with its trail."""
    data = {
        "@context": "https://schema.org",
        "@type": page.schema_type,
        "name": page.seo_title or page.title,
        "url": _absolute_url(page, request),
        "inLanguage": language,
        "isPartOf": {"@type": "WebSite", "name": site_name},
        "breadcrumb": breadcrumb_data(page, request),
    }
    description = page.search_description or page.get_listing_summary()
    if description:
        data["description"] = description
    return data


def organization_data(site_settings, url, logo_url):
    """The organisation behind the site, for the home page."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": site_settings.organisation_name,
        "url": url,
        "logo": logo_url,
        "brand": {"@type": "Brand", "name": site_settings.program_name},
    }
    if site_settings.phone:
        data["telephone"] = site_settings.phone
    if site_settings.email:
        data["email"] = site_settings.email
    if site_settings.facebook_url:
        data["sameAs"] = [site_settings.facebook_url]
    return data
