"""Re-encoding one picture for the web: metadata gone, orientation applied, colour in
sRGB, a few widths in AVIF, WebP and a JPEG or PNG fallback.

Pure: Pillow only, no Pelican. The editor's file is read, never published; every
published byte comes out of a fresh encoder fed with pixels alone, so EXIF (GPS,
camera serial, names), XMP, IPTC, comments and PNG text chunks cannot survive.
"""

import io
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# Formats a browser shows, as Pillow names them (the checks refuse the rest).
READABLE_FORMATS = frozenset({"JPEG", "PNG", "GIF", "WEBP", "AVIF", "MPO"})
# Fallback format of sources drawn with few colours (charts, maps, logos): PNG keeps
# their edges sharp; photographs fall back to JPEG.
DRAWN_FORMATS = frozenset({"PNG", "GIF"})
ENCODERS = {
    "avif": ("AVIF", {"quality": 60, "speed": 8, "max_threads": 1}),
    "webp": ("WEBP", {"quality": 80, "method": 4}),
    "jpeg": ("JPEG", {"quality": 82, "optimize": True, "progressive": True}),
    "png": ("PNG", {"optimize": True}),
}
EXTENSIONS = {"avif": "avif", "webp": "webp", "jpeg": "jpg", "png": "png"}
MEDIA_TYPES = {
    "avif": "image/avif",
    "webp": "image/webp",
    "jpeg": "image/jpeg",
    "png": "image/png",
}
SRGB = ImageCms.createProfile("sRGB")


class ImageError(ValueError):
    """A picture Pillow cannot read or re-encode; the message says why."""


@dataclass(frozen=True)
class Variant:
    """One published file of a picture: its size, format and file name."""

    width: int
    height: int
    format: str  # avif | webp | jpeg | png
    name: str  # file name only: meeting.3f9a1c.960.webp


def planned_widths(width: int, widths: tuple[int, ...], cap: int) -> list[int]:
    """The widths to publish: the settings' below the original, and the original
    itself up to the cap. Never larger than the original."""
    largest = min(width, cap)
    return sorted({w for w in widths if w < largest} | {largest})


def fallback_format(source_format: str, has_alpha: bool) -> str:
    """JPEG for photographs; PNG for drawn pictures and see-through ones."""
    return "png" if has_alpha or source_format in DRAWN_FORMATS else "jpeg"


def variant_name(stem: str, digest: str, width: int, fmt: str) -> str:
    """The content-hashed file name: `meeting.3f9a1c.960.webp`."""
    return f"{stem}.{digest}.{width}.{EXTENSIONS[fmt]}"


def open_picture(data: bytes) -> Image.Image:
    """The picture in bytes, fully decoded; ImageError when it is no picture."""
    try:
        picture = Image.open(io.BytesIO(data))
        picture.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ImageError(f"not a picture Pillow can read ({error})") from error
    if picture.format not in READABLE_FORMATS:
        raise ImageError(f"{picture.format} pictures are not published")
    return picture


def has_transparency(picture: Image.Image) -> bool:
    """Tell whether a picture has see-through pixels (alpha or a transparent index)."""
    if picture.mode in ("RGBA", "LA", "PA"):
        return picture.getextrema()[-1][0] < 255
    return "transparency" in picture.info


def in_srgb(picture: Image.Image, alpha: bool) -> Image.Image:
    """The picture in RGB(A), its ICC colour profile applied (converted to sRGB)."""
    mode = "RGBA" if alpha else "RGB"
    profile = picture.info.get("icc_profile")
    if profile and picture.mode in ("RGB", "RGBA", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            converted = ImageCms.profileToProfile(
                picture, source, SRGB, outputMode=mode if picture.mode != "L" else "RGB"
            )
            if converted is not None:
                return converted.convert(mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: the pixels as they are, like browsers do
    return picture.convert(mode)


def clean_picture(picture: Image.Image) -> tuple[Image.Image, bool]:
    """Pixels only: orientation applied, colour in sRGB, no metadata; and whether
    the picture has see-through pixels."""
    upright = ImageOps.exif_transpose(picture) or picture
    alpha = has_transparency(upright)
    pixels = in_srgb(upright, alpha)
    clean = Image.frombytes(pixels.mode, pixels.size, pixels.tobytes())
    return clean, alpha


def encode(picture: Image.Image, fmt: str) -> bytes:
    """The picture in one format, written by a fresh encoder (no metadata)."""
    pillow_format, options = ENCODERS[fmt]
    if fmt == "jpeg" and picture.mode != "RGB":
        picture = picture.convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, pillow_format, **options)
    return buffer.getvalue()


def resized(picture: Image.Image, width: int) -> Image.Image:
    """The picture scaled to a width, its proportions kept."""
    if width == picture.width:
        return picture
    height = max(1, round(picture.height * width / picture.width))
    return picture.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)


@dataclass(frozen=True)
class Plan:
    """What to make of every picture: widths, cap and modern formats."""

    widths: tuple[int, ...]
    max_width: int
    formats: tuple[str, ...]  # modern formats besides the fallback: avif, webp

    def fingerprint(self) -> str:
        """Everything that changes the output bytes, for cache keys and names."""
        encoders = {fmt: ENCODERS[fmt] for fmt in ENCODERS}
        return repr((self, encoders, Image.__version__))


def render_picture(
    data: bytes, stem: str, digest: str, plan: Plan
) -> tuple[list[Variant], dict[str, bytes], tuple[int, int]]:
    """Every variant of one picture: descriptions, their bytes by name, and the
    upright picture's size."""
    picture = open_picture(data)
    source_format = picture.format
    clean, alpha = clean_picture(picture)
    formats = (*plan.formats, fallback_format(source_format, alpha))
    variants, files = [], {}
    for width in planned_widths(clean.width, plan.widths, plan.max_width):
        scaled = resized(clean, width)
        for fmt in formats:
            name = variant_name(stem, digest, width, fmt)
            files[name] = encode(scaled, fmt)
            variants.append(Variant(width, scaled.height, fmt, name))
    return variants, files, clean.size
