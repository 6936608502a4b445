"""Old addresses: redirect pages, request paths and the nginx redirect map."""

import pytest
from bs4 import BeautifulSoup

from plugins.aliases.core import (
    AliasError,
    nginx_map,
    nginx_string,
    redirect_page,
    redirect_to,
    split_aliases,
)
from plugins.base.aliases import matching_key

TARGET = {
    "link": "/lv/news/network-meeting/",
    "address": "https://network.example.org/lv/news/network-meeting/",
    "title": "Tīkla sanāksme & partneri",
    "lang": "lv",
}


def redirect(alias, **changes):
    return redirect_to(alias, **{**TARGET, **changes})


@pytest.mark.parametrize(
    ("values", "aliases"),
    [
        (("/a.html, /b/",), ["/a.html", "/b/"]),
        (("/a.html,/b/ /c.php",), ["/a.html", "/b/", "/c.php"]),
        (("/a.html", " , /b/ ,"), ["/a.html", "/b/"]),
        ((), []),
    ],
)
def test_split_aliases(values, aliases):
    assert split_aliases(values) == aliases


@pytest.mark.parametrize(
    ("alias", "output_path", "request_paths"),
    [
        ("/lv/vecs/raksts.html", "lv/vecs/raksts.html", ("/lv/vecs/raksts.html",)),
        ("/index.php", "index.php", ("/index.php",)),
        (
            "/lv/news/old-slug/",
            "lv/news/old-slug/index.html",
            ("/lv/news/old-slug/", "/lv/news/old-slug", "/lv/news/old-slug/index.html"),
        ),
        (
            "/lv/news/old-slug",
            "lv/news/old-slug/index.html",
            ("/lv/news/old-slug/", "/lv/news/old-slug", "/lv/news/old-slug/index.html"),
        ),
        ("/arhivs/sanāksme%202015.html", "arhivs/sanāksme 2015.html", None),
        ("old/./page.html", "old/page.html", ("/old/page.html",)),
    ],
)
def test_where_an_alias_is_written_and_asked_for(alias, output_path, request_paths):
    made = redirect(alias)
    assert made.output_path == output_path
    assert made.request_paths == (request_paths or ("/" + output_path,))


@pytest.mark.parametrize(
    ("link", "target"),
    [
        ("/lv/news/network-meeting/", "/lv/news/network-meeting/"),
        (
            "/sr/news/радна-група/",
            "/sr/news/%D1%80%D0%B0%D0%B4%D0%BD%D0%B0-%D0%B3%D1%80%D1%83%D0%BF%D0%B0/",
        ),
        ("/site/lv/a$b/", "/site/lv/a%24b/"),
    ],
)
def test_targets_are_percent_encoded_for_location_headers(link, target):
    assert redirect("/old.html", link=link).target == target


@pytest.mark.parametrize(
    ("alias", "message"),
    [
        ("https://old.example.org/x.html", "is not a path on this site."),
        ("/index.php?id=42", "has a query or fragment"),
        ("/../../etc/passwd", "points outside the site."),
        ("/old%0A.html", "contains a control or invisible character."),
        ("/old\\\\x.html", "contains a backslash; folders in an address are"),
    ],
)
def test_aliases_that_cannot_be_redirected_are_refused(alias, message):
    with pytest.raises(AliasError, match=message.replace("?", r"\?")):
        redirect(alias)


def test_redirect_page_leads_to_the_item_without_javascript():
    soup = BeautifulSoup(redirect_page(redirect("/old.html")), "lxml")
    assert soup.html["lang"] == "lv"
    assert soup.title.get_text() == "Tīkla sanāksme & partneri"
    assert soup.find("link", rel="canonical")["href"] == TARGET["address"]
    refresh = soup.find("meta", attrs={"http-equiv": "refresh"})
    assert refresh["content"] == "0; url=/lv/news/network-meeting/"
    link = soup.body.find("a")
    assert (link["href"], link.get_text()) == (TARGET["link"], TARGET["title"])
    assert soup.find("script") is None
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_redirect_page_starts_with_a_doctype_and_escapes_the_title():
    page = redirect_page(redirect("/old.html", title='<b>"Q&A"</b>')).decode()
    assert page.startswith('<!doctype html>\n<html lang="lv">')
    assert '<title>&lt;b&gt;"Q&amp;A"&lt;/b&gt;</title>' in page


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("/a b.html", '"/a b.html"'),
        ('/say "hi".html', '"/say \\"hi\\".html"'),
        ("/back\\slash", '"/back\\\\slash"'),
    ],
)
def test_nginx_string(text, quoted):
    assert nginx_string(text) == quoted


def test_nginx_map_lists_every_request_path_sorted():
    text = nginx_map(
        [redirect("/zz.html"), redirect("/lv/old/", link="/lv/news/x/")]
    ).decode()
    entries = [line for line in text.splitlines() if not line.startswith("#")]
    assert entries == [
        '"/lv/old" "/lv/news/x/";',
        '"/lv/old/" "/lv/news/x/";',
        '"/lv/old/index.html" "/lv/news/x/";',
        '"/zz.html" "/lv/news/network-meeting/";',
    ]
    assert text.startswith("# Old addresses")


def test_nginx_map_is_empty_but_valid_without_aliases():
    assert [
        line for line in nginx_map([]).decode().splitlines() if not line.startswith("#")
    ] == []


@pytest.mark.parametrize("other", ["/Old.html", "/old.html"])
def test_nginx_map_refuses_one_address_for_two_pages(other):
    # nginx compares map keys without ASCII case and refuses to start on duplicates.
    with pytest.raises(AliasError, match="repeats the old address"):
        nginx_map([redirect("/old.html"), redirect(other, link="/en/news/y/")])


def test_the_same_address_twice_for_one_page_is_one_entry():
    text = nginx_map([redirect("/old/"), redirect("/old/index.html")]).decode()
    assert text.count('"/old/index.html"') == 1


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("Old/Page.HTML", "old/page.html"),
        ("sr/Вести/Стара.html", "sr/Вести/Стара.html"),  # only ASCII letters fold
        ("bg/ÁRCHIVE/index.html", "bg/Árchive/index.html"),
    ],
)
def test_paths_match_as_web_servers_compare_them(path, key):
    assert matching_key(path) == key
