"""Item HTML with responsive pictures and labelled document links.

Pure: no Pelican, no parser. The input is the sanitiser's output (attributes always
in double quotes, no nested links, galleries as the figures extension writes them),
so a tag is found with a regular expression and rebuilt from the processed
picture; only the editor's alt text, title and class are carried over.
"""

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .images import MEDIA_TYPES, Variant
from .store import Picture

IMG = re.compile(r"<img\b[^>]*>")
LINK = re.compile(r"<a\b[^>]*>")
ATTRIBUTE = re.compile(r'([a-zA-Z][\w:-]*)(?:="([^"]*)")?')
KEPT_ATTRIBUTES = ("alt", "title", "class", "id", "lang", "dir")
# What `sizes` says about the theme (site.css): the content column is at most 46rem
# wide inside 1rem of padding on each side; a gallery has columns of at least 12rem
# and 1rem gaps, so one column below 27rem, two below 40rem, else three.
FIGURE_SIZES = "(max-width: 48rem) calc(100vw - 2rem), 46rem"
GALLERY_SIZES = (
    "(max-width: 27rem) calc(100vw - 2rem), (max-width: 40rem) calc(50vw - 1.5rem),"
    " (max-width: 48rem) calc(33vw - 1.4rem), 15rem"
)
GALLERY_START = '<div class="gallery">'


@dataclass(frozen=True)
class Pictures:
    """The processed pictures of a build, by the address content links them at."""

    by_address: Mapping[str, Picture]
    address_of: Callable[[Picture, Variant], str]  # a variant's root-relative URL
    default_width: int

    def srcset(self, picture: Picture, fmt: str) -> str:
        """`a.480.webp 480w, a.960.webp 960w` for one format."""
        return ", ".join(
            f"{self.address_of(picture, v)} {v.width}w" for v in picture.of_format(fmt)
        )


def attributes(tag: str) -> dict[str, str]:
    """The attributes of one sanitised tag, values unescaped."""
    inner = tag[tag.index(" ") + 1 : -1] if " " in tag else ""
    return {
        name.lower(): html.unescape(value or "")
        for name, value in ATTRIBUTE.findall(inner)
    }


def tag(name: str, values: Mapping[str, object]) -> str:
    """An HTML start tag with escaped attribute values."""
    parts = [name] + [
        f'{key}="{html.escape(str(value), quote=True)}"'
        for key, value in values.items()
    ]
    return "<" + " ".join(parts) + ">"


def picture_html(pictures: Pictures, picture: Picture, editor: dict, sizes: str) -> str:
    """<picture> with a <source> per modern format and the fallback <img>."""
    sources = [
        tag(
            "source",
            {
                "type": MEDIA_TYPES[fmt],
                "srcset": pictures.srcset(picture, fmt),
                "sizes": sizes,
            },
        )
        for fmt in ("avif", "webp")
        if picture.of_format(fmt)
    ]
    default = picture.default(pictures.default_width)
    image = {key: editor[key] for key in KEPT_ATTRIBUTES if key in editor}
    image.setdefault("alt", "")
    image |= {
        "src": pictures.address_of(picture, default),
        "srcset": pictures.srcset(picture, picture.fallback),
        "sizes": sizes,
        "width": default.width,
        "height": default.height,
        "loading": "lazy",
        "decoding": "async",
    }
    return "<picture>" + "".join(sources) + tag("img", image) + "</picture>"


def in_gallery(text: str, position: int) -> bool:
    """Tell whether a position lies inside a gallery <div> of the figures extension."""
    start = text.rfind(GALLERY_START, 0, position)
    return start != -1 and text.rfind("</div>", start, position) == -1


def responsive_images(text: str, pictures: Pictures) -> str:
    """Every <img> of a processed picture as a <picture>; a figure's picture links
    to its largest version, so readers can enlarge it without JavaScript."""

    def replace(found: re.Match) -> str:
        editor = attributes(found[0])
        picture = pictures.by_address.get(editor.get("src", ""))
        if picture is None:
            return found[0]
        gallery = in_gallery(text, found.start())
        markup = picture_html(
            pictures, picture, editor, GALLERY_SIZES if gallery else FIGURE_SIZES
        )
        if not text.endswith("<figure>", 0, found.start()):
            return markup
        largest = pictures.address_of(picture, picture.largest)
        return tag("a", {"href": largest, "class": "enlarge"}) + markup + "</a>"

    return IMG.sub(replace, text)


def linked_originals(text: str, pictures: Pictures) -> str:
    """Links to an editor's picture file point at its largest published version."""

    def replace(found: re.Match) -> str:
        values = attributes(found[0])
        picture = pictures.by_address.get(values.get("href", ""))
        if picture is None:
            return found[0]
        values["href"] = pictures.address_of(picture, picture.largest)
        return tag("a", values)

    return LINK.sub(replace, text)


def labelled_documents(text: str, labels: Mapping[str, str]) -> str:
    """Every link to a document ends with its label: "(PDF, 1.5 MB, 32 pages)"."""
    if not labels:
        return text
    pieces, position = [], 0
    for found in LINK.finditer(text):
        label = labels.get(attributes(found[0]).get("href", ""))
        end = text.find("</a>", found.end())
        if label is None or end == -1 or found.start() < position:
            continue
        pieces.append(text[position:end])
        pieces.append(f' <span class="document-label">({html.escape(label)})</span>')
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
