"""Pictures and documents as editors upload them, made by the tests themselves (no
big binaries in the repository): a camera photo with GPS EXIF, a tilted phone photo,
PNG text chunks, a PDF with pages and an Author, a DOCX."""

import io
import random
import zipfile

from PIL import Image
from pypdf import PdfWriter

ORIENTATION = 0x0112
ARTIST = 0x013B
MAKE = 0x010F
EXIF_IFD = 0x8769
GPS_IFD = 0x8825
BODY_SERIAL = 0xA431
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/'
    b'1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/'
    b'elements/1.1/" dc:creator="Jana Secret"/></rdf:RDF></x:xmpmeta>'
)
# Words that must never reach the site from a picture's metadata.
SECRETS = (b"Jana Secret", b"SN-4471-SECRET", b"SecretCam", b"Shelter address")


def tiny_picture(pillow_format: str) -> bytes:
    """A real 4×3 picture: the checks decode pictures, first bytes are not enough."""
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), (10, 120, 200)).save(buffer, pillow_format)
    return buffer.getvalue()


def camera_exif(orientation: int = 6) -> Image.Exif:
    """EXIF as a phone writes it: GPS position, camera, serial, photographer."""
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[ARTIST] = "Jana Secret"
    exif[MAKE] = "SecretCam"
    exif.get_ifd(EXIF_IFD)[BODY_SERIAL] = "SN-4471-SECRET"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (50.0, 5.0, 12.5)
    gps[3] = "E"
    gps[4] = (14.0, 25.0, 3.25)
    return exif


def photo_pixels(width: int, height: int, seed: int = 7) -> Image.Image:
    """A photo-like picture: soft shapes and a little sensor noise, always the same
    bytes for the same seed (so the picture cache recognises it between runs)."""
    rng = random.Random(seed)
    coarse = Image.frombytes("RGB", (32, 24), rng.randbytes(32 * 24 * 3))
    smooth = coarse.resize((width, height), Image.Resampling.BICUBIC)
    grain = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    return Image.blend(smooth, Image.merge("RGB", (grain, grain, grain)), 0.04)


def camera_jpeg(width: int = 4000, height: int = 3000, orientation: int = 6) -> bytes:
    """A camera JPEG stored sideways (orientation 6: shown turned 90° clockwise)
    with GPS EXIF, XMP and a comment naming the place."""
    stored = photo_pixels(height, width) if orientation in (5, 6, 7, 8) else None
    stored = stored or photo_pixels(width, height)
    buffer = io.BytesIO()
    stored.save(
        buffer,
        "JPEG",
        quality=92,
        exif=camera_exif(orientation),
        xmp=XMP,
        comment=b"Shelter address: Secret street 5",
    )
    return buffer.getvalue()


def png_with_text(width: int = 120, height: int = 80) -> bytes:
    """A PNG chart with tEXt and iTXt chunks naming its author."""
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jana Secret")
    info.add_itxt("Comment", "Shelter address: Secret street 5")
    picture = Image.new("RGB", (width, height), (30, 90, 160))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def webp_with_exif(width: int = 200, height: int = 100) -> bytes:
    """A WebP photo with EXIF (orientation 3: upside down) and XMP."""
    buffer = io.BytesIO()
    photo_pixels(width, height).save(
        buffer, "WEBP", exif=camera_exif(3), xmp=XMP, quality=90
    )
    return buffer.getvalue()


def pdf_document(pages: int = 3, author: str = "Ministry of the Interior") -> bytes:
    """A PDF of blank A4 pages with an Author property."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    writer.add_metadata({"/Author": author, "/Title": "National strategy"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_document() -> bytes:
    """The smallest Word document Word opens: one paragraph."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
            'openxmlformats.org/package/2006/content-types"><Default Extension="rels"'
            ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override '
            'PartName="/word/document.xml" ContentType="application/vnd.openxml'
            'formats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
            'schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        package.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://'
            'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
            "<w:r><w:t>Application form</w:t></w:r></w:p></w:body></w:document>",
        )
    return buffer.getvalue()
