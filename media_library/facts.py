"""What a document file is: its format and, where the format has pages, how many."""

import zipfile

from django.utils.translation import gettext_lazy as _

# The formats staff may upload, by extension: (name shown to readers, whether pages are slides).
FORMATS = {
    "pdf": ("PDF", False),
    "pptx": ("PowerPoint", True),
    "ppt": ("PowerPoint", True),
    "docx": ("Word", False),
    "doc": ("Word", False),
    "txt": (_("Text"), False),
}

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc/.ppt container


def count_pages(file, extension):
    """Pages of a PDF or slides of a PowerPoint file; None where the format has no such count."""
    file.seek(0)
    try:
        if extension == "pdf":
            from pypdf import PdfReader

            return len(PdfReader(file).pages)
        if extension == "pptx":
            from pptx import Presentation

            return len(Presentation(file).slides)
    except Exception:
        # A file that its library cannot read has no page count; the upload form refuses
        # such files, so this only happens to documents stored before the check existed.
        return None
    finally:
        file.seek(0)
    return None


def content_matches_extension(file, extension):
    """True when the file's bytes are what its extension says, so a renamed file is refused."""
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension in ("doc", "ppt"):
        return head == OLE_SIGNATURE
    if extension in ("docx", "pptx"):
        folder = "word/" if extension == "docx" else "ppt/"
        try:
            with zipfile.ZipFile(file) as archive:
                names = archive.namelist()
        except zipfile.BadZipFile:
            return False
        finally:
            file.seek(0)
        return "[Content_Types].xml" in names and any(n.startswith(folder) for n in names)
    if extension == "txt":
        data = file.read()
        file.seek(0)
        if b"\x00" in data:
            return False
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True
    return False
