"""Addresses of the text-only and print versions, and e-mail share links."""

from urllib.parse import quote

TEXT_PREFIX = "text/"
PRINT_SUFFIX = "print/"
CRLF = "\r\n"


def is_page_path(path: str) -> bool:
    """True for paths of HTML pages written as a folder's index.html."""
    return path.endswith("/")


def text_path(path: str) -> str:
    """The text-only version of a page: `lv/news/x/` → `text/lv/news/x/`."""
    return TEXT_PREFIX + path


def text_link_target(path: str) -> str:
    """Where a link inside a text page leads: pages to their text versions."""
    if is_page_path(path) and not path.startswith(TEXT_PREFIX):
        return text_path(path)
    return path


def print_path(path: str) -> str:
    """The print version of an item: `lv/news/x/` → `lv/news/x/print/`."""
    return path + PRINT_SUFFIX


def mailto_href(subject: str, body_lines) -> str:
    """An RFC 6068 mailto: UTF-8, %20 for spaces, CRLF line breaks, no recipient."""
    body = CRLF.join(body_lines)
    return f"mailto:?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
