"""The fixture site's pages by type and language, and what every visit must respect.

The addresses come from tests/site/content: like a real site, not every language
has every kind of item (no Czech event, no Bulgarian news item).
"""

from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts" / "screenshots"  # git-ignored
LOOPBACK = "127.0.0.1"
PREFIXES = ("cs", "lv", "sr", "sr-latn", "bg", "en")

# Pages every language has, under its prefix.
LANGUAGE_PAGES = {
    "home": "",
    "news list": "news/",
    "events list": "events/",
    "calendar index": "calendar/",
    "calendar year": "calendar/2027/",
    "calendar month": "calendar/2027/01/",
    "empty calendar month": "calendar/2018/12/",
    "tag index": "tags/",
    "tag": "tags/hofbsr/",
    "search": "search/",
    "site map": "sitemap/",
    "feeds": "feeds/",
    "accessibility statement": "accessibility/",
    "not found": "404.html",
}
SERBIAN_ITEMS = {
    "article": "news/annual-report/",
    "event": "events/hotline-volunteer-training/",
    "institutional page": "who-we-are/",
}
ITEMS = {
    "cs": {"article": "news/working-group/", "institutional page": "who-we-are/"},
    "lv": {
        "article": "news/annual-report/",
        "event": "events/forced-labour-webinar/",
        "institutional page": "network-meeting/",
    },
    "sr": SERBIAN_ITEMS,
    "sr-latn": SERBIAN_ITEMS,
    "bg": {
        "event": "events/belgrade-conference/",
        "institutional page": "contacts/",
    },
    "en": {
        "article": "news/annual-report/",
        "event": "events/belgrade-conference/",
        "institutional page": "who-we-are/",
    },
}
CHOOSER = {"language chooser": ""}
# A word each language's search finds: the search page with results.
SEARCH_WORDS = {
    "cs": "skupina",
    "lv": "tirdzniec",
    "sr": "извештај",
    "sr-latn": "izveštaj",
    "bg": "конференция",
    "en": "network",
}


def page_types(prefix: str) -> dict[str, str]:
    """Every page type of one language, by name: site-relative addresses."""
    items = ITEMS[prefix]
    item = items.get("article") or items["event"]
    pages = {name: f"{prefix}/{path}" for name, path in LANGUAGE_PAGES.items()}
    pages |= {name: f"{prefix}/{path}" for name, path in items.items()}
    pages["text view"] = f"text/{prefix}/{item}"
    pages["text view of a list"] = f"text/{prefix}/news/"
    pages["print view"] = f"{prefix}/{item}print/"
    # Where the switcher leads from an item the language has no version of.
    missing = "fair-recruiters" if prefix == "lv" else "riga-seminar"
    pages["not-translated notice"] = f"{prefix}/not-translated/news/{missing}/"
    return pages


def offsite(requests: list[str]) -> list[str]:
    """The requests that left the site's origin, the loopback server."""
    return [
        url
        for url in requests
        if urlsplit(url).scheme not in ("data", "blob")
        and urlsplit(url).hostname != LOOPBACK
    ]


def screenshot(page, name: str) -> Path:
    """Save the whole page as tests/artifacts/screenshots/<name>.png for people."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
