from .forms import FormField, FormPage
from .pages import HomePage, StandardPage
from .resources import ResourceIndexPage, ResourcePage

__all__ = [
    "FormField",
    "FormPage",
    "HomePage",
    "ResourceIndexPage",
    "ResourcePage",
    "StandardPage",
]
