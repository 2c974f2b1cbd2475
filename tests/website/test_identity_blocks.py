"""The site's drawn pieces: C-P-R as illustrated steps, and initials where a person has no photo."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from website.blocks import StepsBlock
from website.models import Person

STEPS = {
    "steps": [
        {"icon": "connect", "title": "C = Connecting", "text": "Listen, be present."},
        {"icon": "empower", "title": "P = emPowering", "text": "Find hope together."},
        {"icon": "revitalize", "title": "R = Revitalizing", "text": "Return to life."},
    ]
}


def test_steps_render_as_an_ordered_list_with_inline_drawings():
    block = StepsBlock()
    html = block.render(block.to_python(STEPS))
    soup = BeautifulSoup(html, "html.parser")

    steps = soup.select("ol.steps > li.step")
    assert [step.h3.get_text() for step in steps] == [s["title"] for s in STEPS["steps"]]
    drawings = soup.select("li.step > svg.step__icon")
    assert len(drawings) == 3
    # Decoration only: screen readers skip them, and no icon font is involved.
    assert all(svg["aria-hidden"] == "true" for svg in drawings)
    assert len({str(svg) for svg in drawings}) == 3, "each step has its own drawing"


def test_an_unknown_drawing_is_refused():
    block = StepsBlock()
    bad = {"steps": [{"icon": "rocket", "title": "Go", "text": "Now."}]}

    with pytest.raises(ValidationError):
        block.clean(block.to_python(bad))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "initials"),
    [("Daniel B. Fisher", "DF"), ("Shira Collings", "SC"), ("Mateusz", "M"), ("", "")],
)
def test_initials_stand_in_for_a_missing_photo(name, initials):
    assert Person(name=name).initials == initials
