"""JSON-LD for research summaries (schema.org ScholarlyArticle)."""

from website.dates import iso_date
from website.structured_data import page_data


def scholarly_article_data(page, request):
    data = page_data(page, request, "ScholarlyArticle")
    if page.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in page.authors]
    date = iso_date(page.publication_date, page.date_precision)
    if date:
        data["datePublished"] = date
    if page.publisher:
        data["publisher"] = {"@type": "Organization", "name": page.publisher}
    if page.doi:
        data["sameAs"] = f"https://doi.org/{page.doi}"
    if page.full_text_url:
        data["mainEntityOfPage"] = page.full_text_url
    return data
