"""Where an image file's picture ends, by its format's own structure.

Bytes after that point are no part of the picture: they are how files that are both an image and
something else (a web page, an archive) are made, so uploads that carry them are refused.
Each function returns the offset just past the image's last byte, or None when the structure
cannot be followed (the image decoder then reports the damage).
"""

import struct

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_end(data):
    offset = len(PNG_SIGNATURE)
    while offset + 12 <= len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        offset += 12 + length
        if kind == b"IEND":
            return offset
    return None


# Markers that stand alone, with no length after them.
JPEG_STANDALONE = {0x01, *range(0xD0, 0xD8)}


def jpeg_end(data):
    if not data.startswith(b"\xff\xd8"):
        return None
    offset = 2
    while offset + 2 <= len(data):
        if data[offset] != 0xFF:
            return None
        marker = data[offset + 1]
        if marker == 0xFF:  # fill byte
            offset += 1
            continue
        if marker == 0xD9:  # end of image
            return offset + 2
        if marker in JPEG_STANDALONE:
            offset += 2
            continue
        if offset + 4 > len(data):
            return None
        (length,) = struct.unpack(">H", data[offset + 2 : offset + 4])
        offset += 2 + length
        if marker == 0xDA:  # start of scan: entropy-coded data follows, up to the next marker
            offset = _end_of_scan(data, offset)
    return None


def _end_of_scan(data, offset):
    while True:
        offset = data.find(b"\xff", offset)
        if offset < 0 or offset + 1 >= len(data):
            return len(data)
        following = data[offset + 1]
        # 0x00 is an escaped 0xFF byte and restart markers sit inside the scan.
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            offset += 2
            continue
        return offset


def gif_end(data):
    if not data.startswith((b"GIF87a", b"GIF89a")) or len(data) < 13:
        return None
    flags = data[10]
    offset = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    while offset < len(data):
        block = data[offset]
        if block == 0x3B:  # trailer
            return offset + 1
        if block == 0x21:  # extension: label, then data sub-blocks
            offset = _skip_sub_blocks(data, offset + 2)
        elif block == 0x2C:  # image: descriptor, optional colour table, LZW size, sub-blocks
            if offset + 10 > len(data):
                return None
            local = data[offset + 9]
            offset += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0)
            offset = _skip_sub_blocks(data, offset + 1)
        else:
            return None
        if offset is None:
            return None
    return None


def _skip_sub_blocks(data, offset):
    while offset < len(data):
        size = data[offset]
        offset += 1 + size
        if size == 0:
            return offset
    return None


def riff_end(data):
    """WebP: a RIFF file states its own length."""
    if len(data) < 12 or data[:4] != b"RIFF":
        return None
    (size,) = struct.unpack("<I", data[4:8])
    return 8 + size + (size & 1)


def box_end(data):
    """AVIF (and HEIF): a sequence of boxes, each stating its own size."""
    offset = 0
    while offset + 8 <= len(data):
        (size,) = struct.unpack(">I", data[offset : offset + 4])
        if size == 1 and offset + 16 <= len(data):
            (size,) = struct.unpack(">Q", data[offset + 8 : offset + 16])
        elif size == 0:  # the last box runs to the end of the file
            return len(data)
        if size < 8 or offset + size > len(data):
            break  # not a box: the image ended with the previous one
        offset += size
    return offset or None


END_FINDERS = {
    "png": png_end,
    "jpeg": jpeg_end,
    "gif": gif_end,
    "webp": riff_end,
    "avif": box_end,
    "heic": box_end,
}


def has_data_after_end(data, format_name):
    """True when bytes follow the image's end; formats not listed are not judged here."""
    finder = END_FINDERS.get(format_name)
    if finder is None:
        return False
    end = finder(data)
    return end is not None and end < len(data)
