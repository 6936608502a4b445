"""The strict Content-Security-Policy of deploy/nginx.conf, and a site that passes it.

No nginx needed: the policy is read from the configuration, the pages from the build.
"""

import re

import lxml.etree
import lxml.html
import pytest

from .conftest import DEPLOY

DATA_SCRIPT_TYPES = {"application/ld+json"}


def policy() -> dict[str, set[str]]:
    """The directives of the Content-Security-Policy header in deploy/nginx.conf."""
    text = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    found = re.findall(r'add_header Content-Security-Policy "([^"]+)" always;', text)
    assert len(found) == 1, "one Content-Security-Policy header, on every answer"
    directives = (part.split() for part in found[0].split(";") if part.strip())
    return {name: set(values) for name, *values in directives}


@pytest.mark.parametrize(
    ("directive", "sources"),
    [
        ("default-src", {"'self'"}),
        # Pagefind (the search) compiles WebAssembly; nothing else is allowed.
        ("script-src", {"'self'", "'wasm-unsafe-eval'"}),
        ("style-src", {"'self'"}),
        ("img-src", {"'self'"}),
        ("object-src", {"'none'"}),
        ("base-uri", {"'none'"}),
        ("frame-ancestors", {"'none'"}),
    ],
)
def test_the_policy_is_strict(directive, sources):
    assert policy()[directive] == sources


def html_pages(site):
    return sorted(site.rglob("*.html"))


def same_origin(url: str) -> bool:
    """A root-relative or relative address of this site (no scheme, no host)."""
    return not re.match(r"^([a-z][a-z0-9+.-]*:|//)", url, re.IGNORECASE)


def policy_breaches(page) -> list[str]:
    """What a page (an lxml tree) does that the policy blocks."""
    breaches = [f"<{tag.tag}>" for tag in page.xpath("//style|//iframe|//base")]
    breaches += [f"<{tag.tag}>" for tag in page.xpath("//object|//embed")]
    for attribute in page.xpath("//@style|//@*[starts-with(name(), 'on')]"):
        breaches.append(f"{attribute.getparent().tag}[{attribute.attrname}]")
    for script in page.xpath("//script"):
        if script.get("type") in DATA_SCRIPT_TYPES:
            continue
        if not script.get("src") or not same_origin(script.get("src")):
            breaches.append(f"script {script.get('src') or 'inline'}")
    for url in page.xpath("//img/@src|//link[contains(@rel, 'stylesheet')]/@href"):
        if not same_origin(url):
            breaches.append(f"{url.getparent().tag} {url}")
    for url in page.xpath("//@href"):
        if url.strip().lower().startswith("javascript:"):
            breaches.append(f"javascript: link in <{url.getparent().tag}>")
    return breaches


def parse(html: bytes):
    return lxml.html.document_fromstring(html)


def test_every_page_passes_the_policy(built_site):
    pages = html_pages(built_site)
    assert len(pages) > 300
    problems = {}
    for file in pages:
        breaches = policy_breaches(parse(file.read_bytes()))
        if breaches:
            problems[file.relative_to(built_site).as_posix()] = breaches
    assert problems == {}


@pytest.mark.parametrize("feed", ["lv/feeds/all.rss.xml", "sr/feeds/news.atom.xml"])
def test_a_feed_shown_with_its_stylesheet_passes_the_policy(built_site, feed):
    # script-src 'self' lets the browser run a same-origin XSLT stylesheet; what it
    # makes of the feed must pass the policy like any page.
    document = lxml.etree.parse(str(built_site / feed))
    (instruction,) = [
        node for node in document.xpath("/processing-instruction('xml-stylesheet')")
    ]
    href = instruction.get("href")
    assert same_origin(href) and "'self'" in policy()["script-src"]
    stylesheet = lxml.etree.XSLT(lxml.etree.parse(str(built_site / href.lstrip("/"))))
    page = parse(lxml.etree.tostring(stylesheet(document), method="html"))
    assert page.xpath("//main//li//a/@href")
    assert policy_breaches(page) == []


def test_json_ld_is_data_the_policy_lets_through(built_site):
    # Data blocks are never run, so script-src does not apply to them.
    page = parse((built_site / "en/events/belgrade-conference/index.html").read_bytes())
    assert page.xpath("//script[@type='application/ld+json']")
    assert policy_breaches(page) == []


@pytest.mark.parametrize(
    ("html", "breach"),
    [
        ("<script>alert(1)</script>", "script inline"),
        (
            '<script src="https://cdn.example/x.js"></script>',
            "script https://cdn.example/x.js",
        ),
        ("<style>p{}</style>", "<style>"),
        ('<p style="color:red">x</p>', "p[style]"),
        ('<a href="#" onclick="x()">x</a>', "a[onclick]"),
        (
            '<img src="https://example.org/a.png" alt="">',
            "img https://example.org/a.png",
        ),
        ('<a href="javascript:x()">x</a>', "javascript: link in <a>"),
    ],
)
def test_the_page_audit_can_fail(html, breach):
    assert breach in policy_breaches(
        parse(f"<html><body>{html}</body></html>".encode())
    )


def meta_policy(page) -> dict[str, set[str]]:
    """The directives of a page's <meta http-equiv="Content-Security-Policy">."""
    found = page.xpath('//head/meta[@http-equiv="Content-Security-Policy"]')
    assert len(found) == 1, "one policy in <head>"
    directives = (part.split() for part in found[0].get("content").split(";"))
    return {name: set(values) for name, *values in directives}


def test_every_page_carries_the_policy_where_no_server_sends_it(built_site):
    """S3 or a file share sends no header: the page itself holds the policy, the
    header's but for frame-ancestors (ignored in a <meta>). Redirect pages of old
    addresses have no resources at all and are left out."""
    expected = {k: v for k, v in policy().items() if k != "frame-ancestors"}
    pages = [
        p
        for p in html_pages(built_site)
        if b'http-equiv="refresh"' not in p.read_bytes()
    ]
    assert len(pages) > 100
    for path in pages:
        page = lxml.html.fromstring(path.read_bytes())
        assert meta_policy(page) == expected, path
        first = page.xpath("//head/*")[:2]
        assert first[1].get("http-equiv") == "Content-Security-Policy", path
