"""The link check: links and anchors of pages, resolved against the output's files."""

import pytest

from tools.linkcheck import (
    BrokenLink,
    PageScan,
    SiteLinks,
    check_folder,
    find_broken_links,
    format_report,
    main,
    scan_html,
)

SITE_URL = "https://network.example.org"
FILES = frozenset(
    {
        "index.html",
        "lv/index.html",
        "lv/news/index.html",
        "lv/news/a/index.html",
        "lv/feeds/all.rss.xml",
        "lv/calendar/events.ics",
        "images/chart.png",
        "arhivs/sanāksme 2015.html",
    }
)


def scan(body: str) -> PageScan:
    return scan_html(f"<!doctype html><html><body>{body}</body></html>".encode())


def test_scan_finds_links_with_lines_and_anchors():
    page = scan_html(
        b'<!doctype html>\n<html>\n<head><link rel="stylesheet" href="/s.css">\n'
        b'<script src="/a.js"></script></head>\n<body id="top-of-page">\n'
        b'<a href="/lv/#main" name="old-anchor">x</a>\n<img src="a&amp;b.png" alt="">\n'
        b'<h2 id="caf\xc3\xa9">\xc3\xa9</h2><meta name="description" content="">\n'
        b"</body></html>"
    )
    assert page.links == (
        ("/s.css", 3),
        ("/a.js", 4),
        ("/lv/#main", 6),
        ("a&b.png", 7),
    )
    assert page.anchors == {"top-of-page", "old-anchor", "café"}


@pytest.mark.parametrize(
    ("link", "page", "target"),
    [
        ("/lv/news/", "index.html", ("lv/news/", "")),
        ("../news/a/", "lv/news/index.html", ("lv/news/a/", "")),
        ("a/#part", "lv/news/index.html", ("lv/news/a/", "part")),
        ("#main", "lv/index.html", ("lv/index.html", "main")),
        ("", "lv/index.html", ("lv/index.html", "")),
        (
            "/arhivs/san%C4%81ksme%202015.html",
            "index.html",
            ("arhivs/sanāksme 2015.html", ""),
        ),
        ("/lv/?q=1#caf%C3%A9", "index.html", ("lv/", "café")),
        (f"{SITE_URL}/lv/", "index.html", ("lv/", "")),
        (
            "webcal://network.example.org/lv/calendar/events.ics",
            "index.html",
            ("lv/calendar/events.ics", ""),
        ),
        ("//network.example.org/lv/", "index.html", ("lv/", "")),
        ("https://example.org/lv/news/x/", "index.html", None),
        ("mailto:a@example.org", "index.html", None),
        ("tel:+3225550100", "index.html", None),
        ("data:image/png;base64,AAAA", "index.html", None),
    ],
)
def test_internal_targets(link, page, target):
    assert SiteLinks(FILES, SITE_URL).target(link, page) == target


def test_under_a_sub_path_links_outside_it_are_kept_absolute():
    site = SiteLinks(FILES, "https://example.org/network")
    assert site.target("/network/lv/", "index.html") == ("lv/", "")
    assert site.target("/other/", "index.html") == ("/other/", "")


@pytest.mark.parametrize(
    ("path", "file"),
    [
        ("", "index.html"),
        ("lv/", "lv/index.html"),
        ("lv", "lv/index.html"),
        ("lv/feeds/all.rss.xml", "lv/feeds/all.rss.xml"),
        ("lv/feeds/", None),
        ("lv/news/b/", None),
    ],
)
def test_file_for(path, file):
    assert SiteLinks(FILES).file_for(path) == file


def broken(pages, files=FILES, site_url=SITE_URL):
    return [b.describe() for b in find_broken_links(pages, files, site_url)]


def test_a_clean_site_has_no_broken_links():
    pages = {
        "lv/index.html": scan(
            '<main id="main"><a href="/lv/news/a/#intro">a</a>'
            '<a href="news/">n</a><a href="#main">m</a><a href="#top">t</a>'
            '<img src="/images/chart.png" alt="c">'
            '<a href="/lv/feeds/all.rss.xml">f</a>'
            '<a href="webcal://network.example.org/lv/calendar/events.ics">i</a>'
            f'<a href="{SITE_URL}/lv/news/">abs</a>'
            '<a href="https://elsewhere.example/x/">e</a>'
            '<a href="mailto:a@example.org">m</a></main>'
        ),
        "lv/news/a/index.html": scan('<p id="intro">Intro</p>'),
        "lv/news/index.html": scan(""),
        "index.html": scan(""),
    }
    assert broken(pages) == []


def test_broken_links_and_missing_anchors_are_reported_with_their_page():
    pages = {
        "lv/index.html": scan(
            '<a href="/lv/news/gone/">g</a>\n<a href="/lv/news/a/#nowhere">a</a>'
            '<a href="#missing">m</a><img src="/images/none.png" alt="x">'
            '<a href="/lv/feeds/news.atom.xml">f</a>'
            '<a href="/lv/calendar/missing.ics">c</a>'
        ),
        "lv/news/a/index.html": scan('<p id="intro">Intro</p>'),
    }
    assert broken(pages) == [
        "lv/index.html:1: /lv/news/gone/ leads to no file of the site"
        " (no lv/news/gone/index.html).",
        "lv/index.html:2: /lv/news/a/#nowhere points to #nowhere, but"
        ' lv/news/a/index.html has no id "nowhere".',
        "lv/index.html:2: #missing points to #missing, but lv/index.html has no id"
        ' "missing".',
        "lv/index.html:2: /images/none.png leads to no file of the site"
        " (no images/none.png).",
        "lv/index.html:2: /lv/feeds/news.atom.xml leads to no file of the site"
        " (no lv/feeds/news.atom.xml).",
        "lv/index.html:2: /lv/calendar/missing.ics leads to no file of the site"
        " (no lv/calendar/missing.ics).",
    ]


def test_a_link_outside_the_sub_path_is_broken():
    pages = {"index.html": scan('<a href="/elsewhere/">x</a>')}
    assert broken(pages, site_url="https://example.org/network") == [
        "index.html:1: /elsewhere/ is outside the site (its pages are under /network/)."
    ]


def test_without_a_site_url_absolute_links_are_external():
    pages = {"index.html": scan(f'<a href="{SITE_URL}/gone/">x</a>')}
    assert broken(pages, site_url="") == []


def write_site(root, pages):
    for path, html in pages.items():
        file = root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(html, encoding="utf-8")


def test_check_folder_and_report(tmp_path):
    write_site(
        tmp_path,
        {
            "index.html": '<a href="/lv/">lv</a><a href="/lv/#x">x</a>',
            "lv/index.html": "<p>Sveiki</p>",
            "theme/site.css": "body{}",
        },
    )
    report = check_folder(tmp_path, SITE_URL)
    assert (report.pages, report.links, report.files) == (2, 2, 3)
    assert report.broken == [
        BrokenLink(
            "index.html", 1, "/lv/#x", 'points to #x, but lv/index.html has no id "x".'
        )
    ]
    lines = format_report(report).splitlines()
    assert (
        lines[0]
        == 'index.html:1: /lv/#x points to #x, but lv/index.html has no id "x".'
    )
    assert lines[1].startswith(
        "Link check: 2 links in 2 pages (3 files), 1 broken link;"
    )


@pytest.mark.parametrize(
    ("pages", "status", "last_line"),
    [
        ({"index.html": '<a href="/">home</a>'}, 0, "no broken links"),
        ({"index.html": '<a href="/gone/">x</a>'}, 1, "1 broken link"),
    ],
)
def test_command_line_exit_status(tmp_path, capsys, pages, status, last_line):
    write_site(tmp_path, pages)
    assert main([str(tmp_path), "--site-url", SITE_URL]) == status
    assert last_line in capsys.readouterr().out.splitlines()[-1]


def test_command_line_without_a_built_site(tmp_path, capsys):
    assert main([str(tmp_path / "nope")]) == 1
    assert "is not a folder; build the site first." in capsys.readouterr().out


def test_fragments_of_pages_in_one_folder_are_their_own():
    pages = {
        "lv/index.html": scan('<main id="main"><a href="#main">m</a></main>'),
        "lv/404.html": scan('<a href="#main">m</a>'),
    }
    assert broken(pages, files=FILES | set(pages)) == [
        'lv/404.html:1: #main points to #main, but lv/404.html has no id "main".'
    ]
