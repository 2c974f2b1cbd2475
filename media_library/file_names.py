"""Names that uploaded files are stored under."""

import re
import unicodedata

MAX_STEM_LENGTH = 80


def safe_file_name(name, fallback):
    """A plain base name: no folders, no control or shell characters, ASCII letters and digits
    with dashes, dots and underscores, the extension kept in lower case.

    "../../Informe 2024 (final)\\x00.PDF" becomes "Informe-2024-final.pdf".
    """
    base = re.split(r"[\\/]", name)[-1]
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    stem = _plain(stem)[:MAX_STEM_LENGTH].strip("-.") or _plain(fallback) or "file"
    extension = re.sub(r"[^a-z0-9]", "", extension.lower())
    return f"{stem}.{extension}" if extension else stem


def _plain(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9._]+", "-", ascii_text).strip("-.")
