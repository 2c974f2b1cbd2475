"""Pages that change with the clock: once a webinar starts, its page stops offering "Register"
even though nothing was published, because no cached copy outlives that moment."""

import time


def test_a_webinar_stops_offering_registration_when_it_starts(tier, new_visitor):
    out = tier.shell(
        """
import datetime
from django.utils import timezone
from news.models import NewsIndexPage, WebinarPage
newsroom = NewsIndexPage.objects.get(locale__language_code="en")
starts = timezone.now() + datetime.timedelta(seconds=20)
webinar = newsroom.add_child(instance=WebinarPage(
    title="A webinar about to start", slug=f"starting-{int(time.time())}",
    start_time=starts, end_time=starts + datetime.timedelta(hours=1),
    registration_url="https://example.org/register",
))
webinar.save_revision().publish()
print(webinar.url)
print(starts.timestamp())
"""
    ).splitlines()
    path, starts = out[-2], float(out[-1])
    before = [new_visitor().get(path) for _ in range(4)]  # cached by both workers
    assert time.time() < starts, "the machine was too slow to load the page before the start"
    assert all("Register" in response.text for response in before)

    time.sleep(max(0.0, starts - time.time()) + 1.5)
    after = [new_visitor().get(path) for _ in range(4)]

    assert not any("Register" in response.text for response in after)
    assert all("This webinar is under way." in response.text for response in after)
