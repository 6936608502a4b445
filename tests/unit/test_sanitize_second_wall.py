"""nh3 as the second HTML wall: script shapes and off-origin resources removed."""

import pytest

from plugins.base.sanitize import SECOND_WALL, clean_content, is_same_origin

SCRIPT_SHAPES = [
    '<img src="/a.png" onerror="alert(1)">',
    "<script>alert(1)</script>",
    "<svg><script>alert(1)</script></svg>",
    '<svg onload="alert(1)"></svg>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<div><template><script>alert(1)</script></template></div>",
    '<table><td background="javascript:alert(1)">x</td></table>',
    '<details open ontoggle="alert(1)">x</details>',
]
FORBIDDEN = ("alert", "script", "onerror", "onload", "ontoggle", "style=")


@pytest.mark.parametrize("fragment", SCRIPT_SHAPES)
def test_nh3_alone_removes_script_shapes(fragment):
    cleaned = SECOND_WALL.clean(fragment).lower()
    assert not any(word in cleaned for word in FORBIDDEN), cleaned


@pytest.mark.parametrize("fragment", SCRIPT_SHAPES)
def test_both_walls_remove_script_shapes(fragment):
    cleaned = clean_content(fragment).lower()
    assert not any(word in cleaned for word in FORBIDDEN), cleaned


@pytest.mark.parametrize(
    ("fragment", "cleaned"),
    [
        ('<img src="https://t.example/p.gif" alt="x">', '<img alt="x">'),
        ('<img src="http://t.example/p.gif" alt="x">', '<img alt="x">'),
        ('<img src="//t.example/p.gif" alt="x">', '<img alt="x">'),
        ('<img src=" //t.example/p.gif" alt="x">', '<img alt="x">'),
        ('<img src="/\\t.example/p.gif" alt="x">', '<img alt="x">'),
        (
            '<img src="/images/a.png" srcset="/a.png 1x, https://t.example/b.png 2x">',
            '<img src="/images/a.png">',
        ),
        ('<img src="/images/a.png" alt="x">', '<img src="/images/a.png" alt="x">'),
        ('<img src="../images/a.png">', '<img src="../images/a.png">'),
        (
            '<img src="/a.png" srcset="/a.png 1x, /b.png 2x">',
            '<img src="/a.png" srcset="/a.png 1x, /b.png 2x">',
        ),
    ],
)
def test_images_only_from_the_site(fragment, cleaned):
    assert SECOND_WALL.clean(fragment) == cleaned
    assert clean_content(fragment) == cleaned


def test_links_to_other_sites_stay_and_get_no_rel_added():
    fragment = '<p><a href="https://example.org/x" hreflang="en">x</a></p>'
    assert clean_content(fragment) == fragment


@pytest.mark.parametrize(
    ("url", "same"),
    [
        ("/images/a.png", True),
        ("a.png", True),
        ("https://x.example/a.png", False),
        ("//x.example/a.png", False),
        ("\\\\x.example/a.png", False),
        ("\t//x.example/a.png", False),
        ("data:image/png;base64,AAAA", False),
    ],
)
def test_is_same_origin(url, same):
    assert is_same_origin(url) is same
