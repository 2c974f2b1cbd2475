"""Files made the way an attacker would make them, and ordinary ones to compare with."""

import io
import zipfile

from PIL import Image
from pptx import Presentation
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    TextStringObject,
)

from tests.factories import pdf_bytes

SCRIPT = b"<html><body><script>alert(document.cookie)</script></body></html>"


# Ordinary files -----------------------------------------------------------------------------


def pptx_bytes(slides=1):
    presentation = Presentation()
    for _ in range(slides):
        presentation.slides.add_slide(presentation.slide_layouts[6])
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    ),
    "word/document.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Emotional CPR</w:t></w:r></w:p></w:body></w:document>"
    ),
}


def docx_bytes(extra=None, replace=None):
    parts = {**DOCX_PARTS, **(replace or {})}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in {**parts, **(extra or {})}.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def image_bytes(format_name="PNG", size=(40, 30), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, "teal" if mode == "RGB" else 1).save(buffer, format=format_name)
    return buffer.getvalue()


# Hostile PDFs -------------------------------------------------------------------------------


def _pdf(build):
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    build(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_header_then_html():
    return b"%PDF-1.4\n" + SCRIPT


def pdf_with_html_after_its_end():
    return pdf_bytes(1) + b"\n" + SCRIPT


def pdf_with_document_javascript():
    """Document-level JavaScript in the catalogue's name tree, run when the file opens."""

    def build(writer):
        script = DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert('opened');"),
            }
        )
        tree = DictionaryObject(
            {NameObject("/Names"): ArrayObject([TextStringObject("x"), writer._add_object(script)])}
        )
        writer._root_object[NameObject("/Names")] = DictionaryObject(
            {NameObject("/JavaScript"): writer._add_object(tree)}
        )

    return _pdf(build)


def pdf_with_open_action_javascript():
    def build(writer):
        action = DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.launchURL('http://example.invalid');"),
            }
        )
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)

    return _pdf(build)


def pdf_with_launch_action_on_a_page():
    def build(writer):
        launch = DictionaryObject(
            {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("cmd")}
        )
        page = writer.pages[0]
        page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): writer._add_object(launch)})

    return _pdf(build)


def pdf_with_javascript_link():
    def build(writer):
        link = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (0, 0, 100, 100)]),
                NameObject("/A"): DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/JavaScript"),
                        NameObject("/JS"): TextStringObject("this.print();"),
                    }
                ),
            }
        )
        writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(link)])

    return _pdf(build)


def pdf_that_does_not_parse():
    return b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R" + bytes(range(256)) * 8


# Hostile Office files -----------------------------------------------------------------------


def pptx_with_zip_bomb():
    """A presentation carrying an entry that unpacks to 150 MB of zeros (about 150 KB packed)."""
    buffer = io.BytesIO(pptx_bytes())
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("ppt/media/padding.bin", "w", force_zip64=True) as entry,
    ):
        chunk = bytes(1024 * 1024)
        for _ in range(150):
            entry.write(chunk)
    return buffer.getvalue()


def docx_with_thousands_of_parts():
    return docx_bytes(extra={f"word/media/part{n}.xml": "<x/>" for n in range(2100)})


def docx_with_macros():
    return docx_bytes(extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 fake VBA project"})


def docx_declared_macro_enabled():
    types = DOCX_PARTS["[Content_Types].xml"].replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    return docx_bytes(replace={"[Content_Types].xml": types})


def pptx_with_macros():
    buffer = io.BytesIO(pptx_bytes())
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("ppt/vbaProject.bin", b"\xd0\xcf\x11\xe0 fake VBA project")
    return buffer.getvalue()


def docx_with_activex_control():
    """An ActiveX control: a binary part the viewer loads and runs."""
    return docx_bytes(extra={"word/activeX/activeX1.bin": b"\xd0\xcf\x11\xe0 fake control"})


def docx_with_embedded_ole_object():
    """An embedded OLE package, which can carry a program that runs when double-clicked."""
    return docx_bytes(extra={"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0 Package"})


def pptx_with_embedded_ole_object():
    buffer = io.BytesIO(pptx_bytes())
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("ppt/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0 Package")
    return buffer.getvalue()


def pptx_with_activex_control():
    buffer = io.BytesIO(pptx_bytes())
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("ppt/activeX/ActiveX2.bin", b"\xd0\xcf\x11\xe0 fake control")
    return buffer.getvalue()


def docx_with_remote_template():
    relations = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/attachedTemplate" Target="http://example.invalid/t.dotm" '
        'TargetMode="External"/></Relationships>'
    )
    return docx_bytes(extra={"word/_rels/settings.xml.rels": relations})


def doc_with_macros():
    """A legacy Word file whose container holds a VBA project storage."""
    signature = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    return signature + bytes(504) + "_VBA_PROJECT".encode("utf-16-le") + bytes(512)


# Hostile images -----------------------------------------------------------------------------


def png_with_html_after_iend():
    return image_bytes("PNG") + SCRIPT


def jpeg_with_zip_after_eoi():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("payload.html", SCRIPT)
    return image_bytes("JPEG") + archive.getvalue()


def gif_with_data_after_trailer():
    return image_bytes("GIF") + SCRIPT


def webp_with_data_after_its_end():
    return image_bytes("WEBP") + SCRIPT


def png_of_119_megapixels():
    """The 10900×10900 picture that took 12.6 s and 356 MB to decode; one bit per pixel keeps
    the file itself small."""
    return image_bytes("PNG", size=(10900, 10900), mode="1")


def png_of_225_megapixels():
    """Past Pillow's own limit, where it refuses to open the file at all."""
    return image_bytes("PNG", size=(15000, 15000), mode="1")


def svg_named_png():
    return b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
