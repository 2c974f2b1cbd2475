"""The page types a reader can narrow a search to.

website sits below the apps that define page types, so it does not name them: each app registers
its own types when it is ready, and they are offered in the order registered (INSTALLED_APPS).
"""

_SEARCH_TYPES = []


def register_search_types(*models):
    for model in models:
        if model not in _SEARCH_TYPES:
            _SEARCH_TYPES.append(model)


def search_types():
    """{value: model} for each type readers can filter by, in the order they are offered."""
    return {model._meta.label_lower: model for model in _SEARCH_TYPES}
