from django.apps import AppConfig


class ResearchConfig(AppConfig):
    name = "research"

    def ready(self):
        from website.search.registry import register_search_types

        from .models import ResearchSummaryPage

        register_search_types(ResearchSummaryPage)
