"""Text-only and print versions and share links: the pure pieces."""

from urllib.parse import unquote

import pytest

from plugins.views.core import mailto_href, print_path, text_link_target, text_path
from plugins.views.text_html import link_addresses, text_version_html


@pytest.mark.parametrize(
    ("path", "text", "target"),
    [
        ("lv/news/x/", "text/lv/news/x/", "text/lv/news/x/"),
        ("lv/", "text/lv/", "text/lv/"),
        ("text/lv/", "text/text/lv/", "text/lv/"),
        ("images/a.jpg", "text/images/a.jpg", "images/a.jpg"),
        (
            "lv/feeds/all.atom.xml",
            "text/lv/feeds/all.atom.xml",
            "lv/feeds/all.atom.xml",
        ),
    ],
)
def test_text_addresses(path, text, target):
    assert text_path(path) == text
    assert text_link_target(path) == target


def test_print_address():
    assert print_path("bg/events/conference/") == "bg/events/conference/print/"


@pytest.mark.parametrize(
    ("subject", "lines", "expected"),
    [
        (
            "Gada ziņojums & <plāns>",
            ["Skatiet:", "https://e.org/lv/news/x/"],
            "mailto:?subject=Gada%20zi%C5%86ojums%20%26%20%3Cpl%C4%81ns%3E"
            "&body=Skatiet%3A%0D%0Ahttps%3A%2F%2Fe.org%2Flv%2Fnews%2Fx%2F",
        ),
        ("a+b=c?", ["1", "2"], "mailto:?subject=a%2Bb%3Dc%3F&body=1%0D%0A2"),
    ],
)
def test_mailto_follows_rfc_6068(subject, lines, expected):
    href = mailto_href(subject, lines)
    assert href == expected
    assert "+" not in href
    query = href.removeprefix("mailto:?")
    fields = dict(part.split("=", 1) for part in query.split("&"))
    assert unquote(fields["subject"]) == subject
    assert unquote(fields["body"]).split("\r\n") == lines


def label(alt):
    return f"[Image: {alt}]"


def to_text(link):
    return "/text" + link if link.startswith("/lv/") else link


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        (
            '<figure><img alt="Map" src="/images/m.jpg"><figcaption>Cities</figcaption>'
            "</figure>",
            '<figure><span class="image-text">[Image: Map]</span>'
            "<figcaption>Cities</figcaption></figure>",
        ),
        (
            '<p>See <a href="/lv/news/x/">this</a> and <a href="https://e.org/">that</a>'
            "</p>",
            '<p>See <a href="/text/lv/news/x/">this</a> and '
            '<a href="https://e.org/">that</a></p>',
        ),
        (
            '<p>Text <img alt="" src="/a.png"> after</p><iframe src="x"></iframe>',
            '<p>Text <span class="image-text">[Image: ]</span> after</p>',
        ),
        (
            '<figure><a href="/images/m.1a2b3c.2400.jpg" class="enlarge"><picture>'
            '<source type="image/webp" srcset="/images/m.1a2b3c.960.webp 960w">'
            '<img alt="Map" src="/images/m.1a2b3c.960.jpg"></picture></a></figure>',
            '<figure><span class="image-text">[Image: Map]</span></figure>',
        ),
        ("", ""),
    ],
)
def test_text_version_html(fragment, expected):
    assert text_version_html(fragment, label, to_text) == expected


def test_link_addresses_are_absolute_and_listed_once():
    fragment = (
        '<p><a href="/lv/x/">One</a> <a href="#top">Top</a> '
        '<a href="https://e.org/">Two</a> <a href="/lv/x/">One again</a></p>'
    )
    found = link_addresses(
        fragment,
        lambda href: "https://site.org" + href if href.startswith("/") else href,
    )
    assert found == [("One", "https://site.org/lv/x/"), ("Two", "https://e.org/")]


def test_the_link_of_a_figure_to_its_largest_picture_is_not_listed():
    fragment = (
        '<figure><a href="/images/m.1a2b3c.2400.jpg" class="enlarge"><img alt="Map"'
        ' src="/images/m.1a2b3c.960.jpg"></a></figure><p><a href="/d/s.pdf">Plan'
        ' <span class="document-label">(PDF, 1 kB)</span></a></p>'
    )
    assert link_addresses(fragment, lambda href: href) == [
        ("Plan (PDF, 1 kB)", "/d/s.pdf")
    ]
