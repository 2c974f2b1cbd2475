"""Pages that change with the clock: once a webinar ends, its page stops offering "Register"
even though nothing was published, because no cached copy outlives that moment."""

import time


def test_a_webinar_stops_offering_registration_when_it_ends(tier, new_visitor):
    out = tier.shell(
        """
import datetime
from django.utils import timezone
from news.models import NewsIndexPage, WebinarPage
newsroom = NewsIndexPage.objects.get(locale__language_code="en")
ends = timezone.now() + datetime.timedelta(seconds=20)
webinar = newsroom.add_child(instance=WebinarPage(
    title="A webinar about to end", slug=f"ending-{int(time.time())}",
    start_time=ends - datetime.timedelta(hours=1), end_time=ends,
    registration_url="https://example.org/register",
))
webinar.save_revision().publish()
print(webinar.url)
print(ends.timestamp())
"""
    ).splitlines()
    path, ends = out[-2], float(out[-1])
    before = [new_visitor().get(path) for _ in range(4)]  # cached by both workers
    assert time.time() < ends, "the machine was too slow to load the page before the end"
    assert all("Register" in response.text for response in before)

    time.sleep(max(0.0, ends - time.time()) + 1.5)
    after = [new_visitor().get(path) for _ in range(4)]

    assert not any("Register" in response.text for response in after)
