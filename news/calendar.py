"""iCalendar (.ics) files for webinars, so readers can add them to their calendars."""

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event


def webinar_event(webinar, request):
    event = Event()
    # One UID per webinar, the same in both languages and on every download.
    event.add("uid", f"webinar-{webinar.translation_key}@{request.get_host().split(':')[0]}")
    event.add("dtstamp", webinar.last_published_at or timezone.now())
    event.add("dtstart", timezone.localtime(webinar.start_time))
    event.add("dtend", timezone.localtime(webinar.end_time or webinar.start_time))
    event.add("summary", webinar.title)
    if webinar.get_listing_summary():
        event.add("description", webinar.get_listing_summary())
    event.add("url", request.build_absolute_uri(webinar.get_url(request)))
    event.add("location", request.build_absolute_uri(webinar.get_url(request)))
    return event


def calendar_response(request, webinars, filename, *, name):
    calendar = Calendar()
    calendar.add("prodid", "-//National Empowerment Center//eCPR website//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for webinar in webinars:
        calendar.add_component(webinar_event(webinar, request))
    # VTIMEZONE definitions for the TZIDs used, so every calendar program reads the times alike.
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
