from .pages import HomePage, StandardPage
from .resources import ResourceIndexPage, ResourcePage

__all__ = ["HomePage", "ResourceIndexPage", "ResourcePage", "StandardPage"]
