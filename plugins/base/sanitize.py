"""A second wall behind the content checker: keep only allow-listed HTML in
rendered content, so content can never run script whatever an editor typed."""

import functools
import html
import re

import lxml.html
import nh3
from lxml import etree

ALLOWED_ELEMENTS = frozenset({
    "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
    "a", "em", "strong", "b", "i", "u", "s", "q", "cite", "blockquote",
    "figure", "figcaption", "img",
    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
    "code", "pre", "kbd", "samp", "var", "br", "hr", "abbr", "dfn",
    "span", "div", "sup", "sub", "small", "mark", "time", "del", "ins",
    "bdi", "bdo", "address", "details", "summary",
})  # fmt: skip
# Removed with everything inside: they run code, embed other documents, or are
# parsed as raw text by browsers (so their content could turn into markup).
# Other elements outside the allow-list are unwrapped: their text stays. (That
# includes <embed>: libxml2 does not know it is empty and nests what follows.)
DROPPED_WITH_CONTENT = (
    "script", "style", "iframe", "frame", "frameset", "object", "applet",
    "form", "input", "button", "select", "option", "textarea", "noscript",
    "noembed", "noframes", "template", "svg", "math", "title", "xmp", "plaintext",
    "head", "meta", "link", "base", "param", "canvas", "dialog", "portal",
)  # fmt: skip
ALLOWED_ATTRIBUTES = frozenset({
    "href", "src", "srcset", "sizes", "alt", "title", "lang", "dir", "id", "class",
    "role", "colspan", "rowspan", "headers", "scope", "span", "width", "height",
    "loading", "decoding", "datetime", "cite", "start", "reversed", "type", "value",
    "hreflang", "rel",
})  # fmt: skip
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Browsers skip these characters inside URLs: "java\tscript:" is still javascript.
IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f-\x9f]+")
URL_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# Characters lxml refuses (XML 1.0 illegal) and lone surrogates.
UNPARSABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A fragment has no document around it; these tags only confuse the parser.
DOCUMENT_TAGS = re.compile(r"</?(?:html|head|body)\b[^>]*>", re.IGNORECASE)
WRAPPER = "div"
# Attributes that make a browser or feed reader fetch a resource: only from the site.
FETCHED_ATTRIBUTES = frozenset({"src", "srcset", "poster"})


def url_scheme(url: str) -> str:
    """Return the URL's scheme in lower case as a browser reads it, or '' if none."""
    scheme = URL_SCHEME.match(IGNORED_IN_URLS.sub("", url))
    return scheme[1].lower() if scheme else ""


def is_safe_url(url: str) -> bool:
    """Tell whether a URL is relative or uses http(s), mailto or tel."""
    scheme = url_scheme(url)
    return not scheme or scheme in SAFE_SCHEMES


def _is_safe_srcset(srcset: str) -> bool:
    """Tell whether every image candidate in a srcset has a safe URL."""
    return all(
        is_safe_url(candidate.split()[0])
        for candidate in srcset.split(",")
        if candidate.strip()
    )


def _is_allowed_attribute(name: str, value: str) -> bool:
    if name.startswith("aria-"):
        return True
    if name not in ALLOWED_ATTRIBUTES:
        return False
    if name in URL_ATTRIBUTES:
        return is_safe_url(value)
    if name == "srcset":
        return _is_safe_srcset(value)
    return True


def _clean_element(element: lxml.html.HtmlElement) -> None:
    """Unwrap an element that is not allowed, or strip its unsafe attributes."""
    if not isinstance(element.tag, str):  # an entity or other non-element node
        element.drop_tree()
        return
    if element.tag == "h1":
        element.tag = "h2"  # the page title is the only h1
    if element.tag not in ALLOWED_ELEMENTS:
        element.drop_tag()
        return
    for name, value in list(element.attrib.items()):
        if not _is_allowed_attribute(name.lower(), value):
            del element.attrib[name]


def _parse_fragment(fragment: str) -> lxml.html.HtmlElement | None:
    """Parse a fragment inside a wrapper element, or return None if lxml cannot."""
    try:
        return lxml.html.fragment_fromstring(fragment, create_parent=WRAPPER)
    except (AssertionError, etree.ParserError, ValueError):
        return None


# Pure, and a running devserver sanitises the same bodies on every save: results
# of unchanged text are kept (bounded: the oldest go first).
@functools.lru_cache(maxsize=16384)
def sanitize_html(fragment: str) -> str:
    """Return an HTML fragment with only allow-listed elements, attributes, URLs."""
    fragment = DOCUMENT_TAGS.sub("", UNPARSABLE.sub("", fragment))
    if not fragment.strip():
        return fragment
    root = _parse_fragment(fragment)
    if root is None:  # never seen in practice; escaping everything is always safe
        return html.escape(fragment)
    dangerous = root.iter(
        etree.Comment, etree.ProcessingInstruction, *DROPPED_WITH_CONTENT
    )
    for element in list(dangerous):
        element.drop_tree()
    for element in list(root.iterdescendants()):
        _clean_element(element)
    cleaned = lxml.html.tostring(root, encoding="unicode")
    return cleaned[len(f"<{WRAPPER}>") : -len(f"</{WRAPPER}>")]


def is_same_origin(url: str) -> bool:
    """Tell whether a resource URL stays on the site: no scheme, no `//host`."""
    bare = IGNORED_IN_URLS.sub("", url).replace("\\", "/")
    return not bare.startswith("//") and not url_scheme(bare)


def _same_origin_resources(_tag: str, attribute: str, value: str) -> str | None:
    """nh3's attribute filter: drop src, srcset and poster that fetch elsewhere."""
    if attribute not in FETCHED_ATTRIBUTES:
        return value
    candidates = value.split(",") if attribute == "srcset" else [value]
    for candidate in candidates:
        words = candidate.split()
        if words and not is_same_origin(words[0]):
            return None
    return value


# The second wall: ammonia (Rust, via nh3) with the same allow-lists. The sanitiser
# above stays first: the checks give editors their messages from its rules.
SECOND_WALL = nh3.Cleaner(
    tags=set(ALLOWED_ELEMENTS),
    clean_content_tags=set(DROPPED_WITH_CONTENT),
    attributes={"*": set(ALLOWED_ATTRIBUTES)},
    generic_attribute_prefixes={"aria-"},
    attribute_filter=_same_origin_resources,
    url_schemes=set(SAFE_SCHEMES),
    link_rel=None,  # rel is an allowed attribute: nothing is added to links
    strip_comments=True,
)


@functools.lru_cache(maxsize=16384)
def clean_content(fragment: str) -> str:
    """A rendered content fragment through both walls: lxml's rules, then nh3."""
    return SECOND_WALL.clean(sanitize_html(fragment))
