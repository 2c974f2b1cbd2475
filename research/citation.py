"""The citation shown on a study's page, and its downloads: BibTeX and RIS, for reference
managers."""

from django.http import HttpResponse
from django.utils.html import format_html, format_html_join

from website.dates import date_parts, format_date

_CLOSING_MARKS = (".", "?", "!")


def _closed(text):
    """text as a sentence of the citation: one closing mark, never two (“Fisher, Daniel B.”)."""
    text = text.strip()
    return text if text.endswith(_CLOSING_MARKS) else f"{text}."


def citation_html(page):
    """Author-date style: “Authors. (Date). Title. Publisher, volume(issue), pages.”

    Without authors the title takes their place, so the citation never opens with its date.
    """
    closing = "" if page.title.endswith(_CLOSING_MARKS) else "."
    title = format_html("<cite>{}</cite>{}", page.title, closing)
    date = format_html("({}).", format_date(page.date, page.date_precision)) if page.date else ""
    parts = [_closed("; ".join(page.authors)), date, title] if page.authors else [title, date]
    if page.publisher:
        source = page.publisher
        if page.volume:
            source += f", {page.volume}" + (f"({page.issue})" if page.issue else "")
        if page.pages:
            source += f", {page.pages}"
        parts.append(_closed(source))
    return format_html_join(" ", "{}", ((part,) for part in parts if part))


def _cite_key(page):
    first_author = page.authors[0].split(",")[0].split()[-1] if page.authors else "ecpr"
    year = _parts(page)[0] if _parts(page) else ""
    return f"{first_author}{year}{page.pk}".lower()


def _parts(page):
    return date_parts(page.date, page.date_precision)


def _bibtex_escape(value):
    return "".join("\\" + ch if ch in "{}%&$#_" else ch for ch in str(value))


def bibtex(page, url):
    entry_type = "article" if page.publisher and page.volume else "misc"
    fields = {
        "title": page.title,
        "author": " and ".join(page.authors),
        "journal" if entry_type == "article" else "publisher": page.publisher,
        "year": _parts(page)[0] if _parts(page) else "",
        "month": int(_parts(page)[1]) if len(_parts(page)) > 1 else "",
        "volume": page.volume,
        "number": page.issue,
        "pages": page.pages,
        "doi": page.doi,
        "url": page.full_text_url or url,
    }
    lines = [f"  {name} = {{{_bibtex_escape(value)}}}," for name, value in fields.items() if value]
    return f"@{entry_type}{{{_cite_key(page)},\n" + "\n".join(lines) + "\n}\n"


def ris(page, url):
    entry_type = "JOUR" if page.publisher and page.volume else "GEN"
    lines = [("TY", entry_type), ("TI", page.title)]
    lines += [("AU", author) for author in page.authors]
    parts = _parts(page)
    if parts:
        # RIS dates always have three slots and a trailing slash: 2022/06//.
        lines += [("PY", parts[0]), ("DA", "/".join((*parts, "", "")[:3]) + "/")]
    for tag, value in (
        ("JO" if entry_type == "JOUR" else "PB", page.publisher),
        ("VL", page.volume),
        ("IS", page.issue),
        ("SP", page.pages),
        ("DO", page.doi),
        ("UR", page.full_text_url or url),
        ("LA", page.locale.language_code),
    ):
        if value:
            lines.append((tag, value))
    lines.append(("ER", ""))
    return "\r\n".join(f"{tag}  - {value}".rstrip() for tag, value in lines) + "\r\n"


def _download(text, content_type, filename):
    response = HttpResponse(text, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def bibtex_response(page, request):
    url = request.build_absolute_uri(page.get_url(request))
    return _download(bibtex(page, url), "application/x-bibtex", f"{page.slug}.bib")


def ris_response(page, request):
    url = request.build_absolute_uri(page.get_url(request))
    return _download(ris(page, url), "application/x-research-info-systems", f"{page.slug}.ris")
