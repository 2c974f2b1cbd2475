"""Finding the page a URL asks for in one query, rather than one query per level of the tree.

Wagtail walks down from the home page, loading each page on the way and asking it for its child
with the next slug. The pages on the way only matter when one of them answers paths of its own
(a listing's feeds); the page a URL names is the deepest one whose URL path starts the URL, so
that one is looked up directly and asked to route whatever is left of the path.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page

from website.shared_lookups import per_version


def _deepest_match(root, path_components):
    """(pk, content type id, depth) of the deepest page below root on this path, or None."""
    prefixes = [
        root.url_path + "".join(f"{slug}/" for slug in path_components[:length])
        for length in range(1, len(path_components) + 1)
    ]

    def compute():
        return (
            Page.objects.filter(url_path__in=prefixes, path__startswith=root.path)
            .order_by("-depth")
            .values_list("pk", "content_type_id", "depth")
            .first()
        )

    digest = hashlib.sha256("/".join(path_components).encode()).hexdigest()
    return per_version(f"route:{root.pk}:{digest}", compute)


def route_below(root, request, path_components):
    """What root.route(request, path_components) answers, with one query for the page."""
    match = _deepest_match(root, path_components)
    if match is None:
        raise Http404
    pk, content_type_id, depth = match
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    # A page type names the relations its page always shows (served_with), loaded with it.
    page = model.objects.select_related(*getattr(model, "served_with", ())).get(pk=pk)
    return page.route(request, path_components[depth - root.depth :])
