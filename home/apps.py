from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from news.models import NewsIndexPage
        from research.models import ResearchIndexPage
        from website.search.registry import register_search_types

        from .models import HomePage, ResourcePage, StandardPage

        register_search_types(ResourcePage, StandardPage)
        # The newsroom and research sit directly under each language's home page.
        for listing in (NewsIndexPage, ResearchIndexPage):
            listing.place_under(HomePage)
