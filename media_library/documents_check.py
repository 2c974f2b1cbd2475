"""What a document file really holds: a PDF that parses and runs nothing, an Office file that
unpacks to a sane size and carries no macros, ActiveX controls or embedded objects.

Each check raises one ValidationError that tells staff what is wrong and what to do.
"""

import re
import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

# Office files are zips: these bound what unpacking one may cost.
OFFICE_MAX_UNPACKED_BYTES = 100 * 1024 * 1024
OFFICE_MAX_ENTRIES = 2000

# Keys whose presence anywhere in a PDF means it can run code or start other programs.
PDF_ACTIVE_KEYS = {"/JS", "/JavaScript", "/Launch", "/RichMedia", "/XFA"}
# Markup that a browser would run if it were ever tricked into reading the file as a web page.
HTML_MARKERS = re.compile(
    rb"<\s*(?:!doctype\s+html|html|head|body|script|iframe|object|embed|svg|img|meta)\b"
    rb"|javascript\s*:",
    re.IGNORECASE,
)

# Compressed stream data is left out of the search: random bytes would match now and then.
STREAM_DATA = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)

MACRO_PART = re.compile(r"(^|/)vba[^/]*\.bin$|(^|/)vbaData\.xml$", re.IGNORECASE)
# ActiveX controls and embedded OLE objects are binary parts that Office loads or opens on a
# click; an OLE "package" can carry any program.
EMBEDDED_OBJECT_PART = re.compile(r"(^|/)(activeX|oleObject)[^/]*\.bin$", re.IGNORECASE)
MACRO_CONTENT_TYPE = re.compile(rb"macroEnabled|vnd\.ms-office\.vbaProject", re.IGNORECASE)
# The name of the storage that holds macros inside a legacy .doc or .ppt, as stored (UTF-16).
OLE_MACRO_STORAGES = ("_VBA_PROJECT".encode("utf-16-le"), "Macros".encode("utf-16-le"))
EXTERNAL_TEMPLATE = re.compile(
    rb'Type="[^"]*/attachedTemplate"[^>]*TargetMode="External"'
    rb'|TargetMode="External"[^>]*Type="[^"]*/attachedTemplate"',
    re.IGNORECASE,
)


def _refuse_scripts():
    return ValidationError(
        _(
            "This PDF contains scripts or web page code, which the site does not accept. "
            "Print it to a new PDF (File › Print › Save as PDF) and upload that copy."
        ),
        code="pdf_active_content",
    )


def check_pdf(file):
    data = file.read()
    file.seek(0)
    # Browsers that guess a file's type read its first bytes, so those are searched whole.
    if HTML_MARKERS.search(data[:1024]) or HTML_MARKERS.search(STREAM_DATA.sub(b"", data)):
        raise _refuse_scripts()
    try:
        reader = PdfReader(file, strict=False)
        len(reader.pages)
        active = _has_active_content(reader.trailer)
    except Exception as error:  # pypdf reports damage through many exception types
        raise ValidationError(
            _(
                "This PDF could not be read: it is damaged or not a real PDF. "
                "Save it again as a PDF and upload the new copy."
            ),
            code="pdf_unreadable",
        ) from error
    finally:
        file.seek(0)
    if active:
        raise _refuse_scripts()


def _has_active_content(trailer):
    """Walk every object reachable from the trailer, compressed object streams included."""
    seen = set()
    stack = [trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if PDF_ACTIVE_KEYS.intersection(item.keys()) or item.get("/S") in PDF_ACTIVE_KEYS:
                return True
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return False


def check_office_file(file, extension):
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
            _check_unpacked_size(entries)
            names = [entry.filename for entry in entries]
            content_types = archive.read("[Content_Types].xml")
            relations = b"".join(archive.read(n) for n in names if n.endswith(".rels"))
    except (zipfile.BadZipFile, KeyError, OSError) as error:
        raise ValidationError(
            _("This file is not a real .%(extension)s file. Save it again in that format.")
            % {"extension": extension},
            code="content_mismatch",
        ) from error
    finally:
        file.seek(0)
    if any(MACRO_PART.search(name) for name in names) or MACRO_CONTENT_TYPE.search(content_types):
        raise _refuse_macros(extension)
    if any(EMBEDDED_OBJECT_PART.search(name) for name in names):
        raise ValidationError(
            _(
                "This file contains embedded objects or controls, which can carry programs and "
                "which the site does not accept. Remove them (or paste them in as pictures), "
                "save it again as a .%(extension)s file and upload that copy."
            )
            % {"extension": extension},
            code="office_embedded_objects",
        )
    if EXTERNAL_TEMPLATE.search(relations):
        raise ValidationError(
            _(
                "This file loads a template from another site when it is opened, which the site "
                "does not accept. Save it again as a new .%(extension)s file from a blank "
                "document."
            )
            % {"extension": extension},
            code="office_external_template",
        )


def _check_unpacked_size(entries):
    # zipfile never unpacks more than an entry declares, so the declared sizes bound the cost.
    if len(entries) > OFFICE_MAX_ENTRIES:
        raise ValidationError(
            _("This file holds more than %(count)d parts, more than any real document has.")
            % {"count": OFFICE_MAX_ENTRIES},
            code="office_too_many_parts",
        )
    if sum(entry.file_size for entry in entries) > OFFICE_MAX_UNPACKED_BYTES:
        raise ValidationError(
            _(
                "This file unpacks to more than %(size)s. Make it smaller (for example, "
                "compress its pictures) and upload it again."
            )
            % {"size": filesizeformat(OFFICE_MAX_UNPACKED_BYTES)},
            code="office_too_large_unpacked",
        )


def check_legacy_office_file(file, extension):
    data = file.read()
    file.seek(0)
    if any(storage in data for storage in OLE_MACRO_STORAGES):
        raise _refuse_macros(extension)


def _refuse_macros(extension):
    modern = {"doc": "docx", "ppt": "pptx"}.get(extension, extension)
    return ValidationError(
        _(
            "This file contains macros, which the site does not accept. Save it as a .%(modern)s "
            "file without macros and upload that copy."
        )
        % {"modern": modern},
        code="office_macros",
    )
