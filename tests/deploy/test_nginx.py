"""deploy/nginx.conf in Debian's nginx: types, headers, languages, 404s, redirects."""

import json

import pytest

from .conftest import OLD_SLUG

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"
    " img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
    " frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
}
HTML = "text/html; charset=utf-8"
LONG_CACHE = "public, max-age=604800"
# Pictures are named by their content (plugins/media): kept for a year, never asked
# for again.
YEAR_CACHE = "public, max-age=31536000, immutable"


def first_file(root, pattern: str) -> str:
    """The first output file matching a pattern, site-relative; skipped when none."""
    found = sorted(root.glob(pattern))
    if not found:
        pytest.skip(f"the built site has no {pattern} yet")
    return found[0].relative_to(root).as_posix()


def assert_security_headers(headers: dict) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert headers.get(name) == value, name


@pytest.mark.parametrize(
    "path", ["/lv/", "/text/lv/", "/en/news/annual-report/print/", "/sr-latn/news/"]
)
def test_pages_are_utf8_html_with_security_headers(nginx, path):
    status, headers, body = nginx.get(path)
    assert status == 200
    assert headers["content-type"] == HTML
    assert headers["cache-control"] == "no-cache"
    assert_security_headers(headers)
    assert body == (nginx.root / path.lstrip("/") / "index.html").read_bytes()


@pytest.mark.parametrize(
    ("pattern", "content_type", "cache"),
    [
        ("*/feeds/*.rss.xml", "application/rss+xml; charset=utf-8", "no-cache"),
        ("*/feeds/*.atom.xml", "application/atom+xml; charset=utf-8", "no-cache"),
        ("*/feeds/feed.xsl", "text/xsl; charset=utf-8", "no-cache"),
        ("*/calendar/*.ics", "text/calendar; charset=utf-8", "no-cache"),
        ("*/events/*/*.ics", "text/calendar; charset=utf-8", "no-cache"),
        ("sitemap.xml", "application/xml; charset=utf-8", "no-cache"),
        ("site.webmanifest", "application/manifest+json; charset=utf-8", "no-cache"),
        ("theme/css/site.css", "text/css; charset=utf-8", LONG_CACHE),
        ("theme/js/print.js", "application/javascript; charset=utf-8", LONG_CACHE),
        ("images/chart.*.png", "image/png", YEAR_CACHE),
        ("images/chart.*.webp", "image/webp", YEAR_CACHE),
        ("images/chart.*.avif", "image/avif", YEAR_CACHE),
        ("documents/strategy.pdf", "application/pdf", "no-cache"),
        # No 404 in the log for the browser's own request, nor for crawlers'.
        ("favicon.ico", "image/x-icon", "no-cache"),
        ("robots.txt", "text/plain; charset=utf-8", "no-cache"),
    ],
)
def test_content_types_and_caching(nginx, pattern, content_type, cache):
    path = first_file(nginx.root, pattern)
    status, headers, body = nginx.get(f"/{path}")
    assert status == 200
    assert (headers["content-type"], headers["cache-control"]) == (content_type, cache)
    assert body == (nginx.root / path).read_bytes()
    assert_security_headers(headers)


@pytest.mark.parametrize(
    ("accept_language", "home"),
    [
        ("sr-Latn", "/sr-latn/"),
        ("sr-Latn-RS,sr;q=0.8", "/sr-latn/"),
        ("sr-latn-rs", "/sr-latn/"),
        ("sr-Latn-BA,bs;q=0.9", "/sr-latn/"),
        ("de-DE,sr-Latn-RS;q=0.9,sr;q=0.8", "/sr-latn/"),
        ("sr-Cyrl-RS,sr-Latn;q=0.5", "/sr/"),
        ("uk-UA,uk;q=0.9,ru;q=0.8", "/uk/"),
        ("sr-RS,sr;q=0.9,en;q=0.8", "/sr/"),
        ("sr-Cyrl", "/sr/"),
        ("cs-CZ,cs;q=0.9,en;q=0.8", "/cs/"),
        ("de-DE,de;q=0.9,lv;q=0.8,en;q=0.5", "/lv/"),
        ("BG", "/bg/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("es, en-US;q=0.5", "/en/"),
    ],
)
def test_the_root_follows_the_browser_language(nginx, accept_language, home):
    status, headers, _body = nginx.get("/", {"Accept-Language": accept_language})
    assert (status, headers["location"]) == (302, home)
    assert headers["vary"] == "Accept-Language"
    assert headers["cache-control"] == "no-cache"


@pytest.mark.parametrize("accept_language", [None, "de-DE,fr;q=0.5", "srb", "hr-HR"])
def test_the_root_is_the_chooser_without_a_site_language(nginx, accept_language):
    headers = {"Accept-Language": accept_language} if accept_language else {}
    status, found, body = nginx.get("/", headers)
    assert (status, found["content-type"]) == (200, HTML)
    assert found["vary"] == "Accept-Language"
    assert body == (nginx.root / "index.html").read_bytes()


@pytest.mark.parametrize(
    ("path", "prefix"),
    [
        ("/lv/nav-tadas-lapas/", "lv"),
        ("/lv/news/missing", "lv"),
        ("/sr-latn/nema/", "sr-latn"),
        ("/sr/нема/", "sr"),
        ("/text/bg/nyama/", "bg"),
        ("/cs/x.html", "cs"),
        ("/nothing-here/", "en"),
        ("/de/", "en"),
        ("/theme/missing.css", "en"),
    ],
)
def test_missing_pages_get_the_not_found_page_of_their_language(nginx, path, prefix):
    status, headers, body = nginx.get(path)
    assert (status, headers["content-type"]) == (404, HTML)
    assert body == (nginx.root / prefix / "404.html").read_bytes()
    assert headers["cache-control"] == "no-cache"
    assert_security_headers(headers)


def redirect_entries(root) -> list[tuple[str, str]]:
    """(old address, new address) pairs of the generated map in the served folder."""
    text = (root / "_redirects.map").read_text(encoding="utf-8")
    return [
        tuple(part.strip('"') for part in line.rstrip(";").split('" "'))
        for line in text.splitlines()
        if line and not line.startswith("#")
    ]


def test_the_fixture_has_old_addresses(nginx):
    assert len(redirect_entries(nginx.root)) >= 3 + len(OLD_SLUG.request_paths)


def test_every_old_address_answers_301(nginx):
    for old, new in redirect_entries(nginx.root):
        status, headers, _body = nginx.get(old)
        assert (status, headers.get("location")) == (301, new), old
        assert_security_headers(headers)


@pytest.mark.parametrize(
    "path",
    [
        "/LV/Vecs/Raksts.HTML",
        "/arhivs/san%C4%81ksme%202015.html",
        "/lv/news/old-slug",
        "/lv/news/old-slug/",
        "/lv/news/old-slug/index.html",
    ],
)
def test_old_addresses_as_browsers_ask_for_them(nginx, path):
    status, headers, _body = nginx.get(path)
    assert (status, headers["location"]) == (301, "/lv/network-meeting/")


def test_a_folder_without_its_slash_redirects_to_it(nginx):
    status, headers, _body = nginx.get("/lv/news")
    assert (status, headers["location"]) == (301, "/lv/news/")


def test_the_redirect_map_itself_is_not_served(nginx):
    status, _headers, body = nginx.get("/_redirects.map")
    assert status == 404
    assert body == (nginx.root / "en" / "404.html").read_bytes()


def test_build_bookkeeping_is_beside_the_site_not_in_it(built_site):
    assert [path.name for path in built_site.rglob(".*")] == []
    assert list(built_site.parent.glob(".output.state/fingerprints-*.json"))


def test_dot_files_are_not_served_even_if_one_were_uploaded(nginx):
    (nginx.root / ".fingerprints.json").write_text("{}", encoding="utf-8")
    status, _headers, _body = nginx.get("/.fingerprints.json")
    assert status == 404


def test_word_form_shards_are_served_as_stored(nginx):
    # The search page unzips them itself (DecompressionStream): nginx must send the
    # gzip'd bytes as they are, never with a Content-Encoding the browser would undo.
    path = first_file(nginx.root, "pagefind/words/lv/*.json.gz")
    status, headers, body = nginx.get(f"/{path}", {"Accept-Encoding": "gzip"})
    assert status == 200
    assert "content-encoding" not in headers
    assert headers["cache-control"] == "no-cache"  # the names do not change
    assert body == (nginx.root / path).read_bytes()
    status, headers, body = nginx.get("/pagefind/words/lv/shards.json")
    assert (status, headers["content-type"]) == (200, "application/json; charset=utf-8")
    assert path.rsplit("/", 1)[1] in json.loads(body)
