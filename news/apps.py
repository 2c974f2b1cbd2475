from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"

    def ready(self):
        from website.page_cache import clear_on_save
        from website.search.registry import register_search_types

        from .models import MediaAppearancePage, NewsPage, Outlet, WebinarPage

        register_search_types(NewsPage, WebinarPage, MediaAppearancePage)
        # Pages show an appearance's outlet by name.
        clear_on_save(Outlet)
