from .index import NewsIndexPage
from .items import MediaAppearancePage, NewsPage, NewsroomItem, WebinarPage
from .snippets import Outlet

__all__ = [
    "MediaAppearancePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsroomItem",
    "Outlet",
    "WebinarPage",
]
