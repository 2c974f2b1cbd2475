"""JSON-LD for the newsroom's pages (schema.org)."""

from website.dates import iso_date
from website.structured_data import page_data, people_data


def _dated(data, page, key):
    date = iso_date(page.display_date, page.date_precision)
    if date:
        data[key] = date
    return data


def news_article_data(page, request):
    data = _dated(page_data(page, request, "NewsArticle"), page, "datePublished")
    authors = people_data(page.people)
    if authors:
        data["author"] = authors
    return data


def event_data(page, request):
    data = page_data(page, request, "Event")
    data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
    data["location"] = {"@type": "VirtualLocation", "url": data["url"]}
    if page.start_time:
        data["startDate"] = page.start_time.isoformat()
    else:
        _dated(data, page, "startDate")
    if page.end_time:
        data["endDate"] = page.end_time.isoformat()
    performers = people_data(page.people)
    if performers:
        data["performer"] = performers
    if page.host_organisation:
        data["organizer"] = {"@type": "Organization", "name": page.host_organisation}
    return data


# A fitting schema.org type for each kind of outlet.
APPEARANCE_TYPES = {
    "tv": "VideoObject",
    "radio": "AudioObject",
    "podcast": "AudioObject",
    "print": "NewsArticle",
    "online": "NewsArticle",
    "conference": "Event",
}


def appearance_data(page, request):
    outlet = page.outlet.localized if page.outlet else None
    schema_type = APPEARANCE_TYPES.get(outlet.medium, "CreativeWork") if outlet else "CreativeWork"
    date_key = "startDate" if schema_type == "Event" else "datePublished"
    data = _dated(page_data(page, request, schema_type), page, date_key)
    if outlet:
        organisation = {"@type": "Organization", "name": outlet.name}
        data["organizer" if schema_type == "Event" else "publisher"] = organisation
    people = people_data(page.people)
    if people:
        data["performer" if schema_type == "Event" else "about"] = people
    if page.original_url:
        data["sameAs"] = page.original_url
    return data
