"""Running Pagefind: the command, the checks around it and the bundle it leaves."""

import json
import stat

import pytest

from plugins.search.indexer import (
    IndexedPage,
    SearchIndexError,
    build_bundle,
    language_problems,
    pagefind_arguments,
    pagefind_binary,
    pages_without_body,
    read_bundle,
    run_pagefind,
    stage_pages,
)


def html(lang: str, title: str, body=True) -> bytes:
    """A small item page in a language, with or without Pagefind's body mark."""
    mark = " data-pagefind-body" if body else ""
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{title}</title></head>'
        f"<body><nav>Menu</nav><main{mark}><h1>{title}</h1>"
        f'<ul class="page-tools"><li>Print</li></ul><p>{title} text</p></main>'
        "</body></html>"
    ).encode()


def test_pagefind_arguments():
    assert pagefind_arguments("/bin/pf", "s", "b", [".a", "nav .b"]) == [
        "/bin/pf",
        "--site",
        "s",
        "--output-path",
        "b",
        "--silent",
        "--exclude-selectors",
        ".a",
        "--exclude-selectors",
        "nav .b",
    ]


def test_pages_without_body():
    pages = [
        IndexedPage("/lv/a/", "lv", html("lv", "A")),
        IndexedPage("/lv/b/", "lv", html("lv", "B", body=False)),
    ]
    assert pages_without_body(pages) == ["/lv/b/"]


@pytest.mark.parametrize(
    ("languages", "codes", "problems"),
    [
        ({"lv": 2, "sr-latn": 1}, ["lv", "lv", "sr-Latn"], []),
        (
            {"sr": 2},
            ["sr-Cyrl", "sr-Latn"],
            [
                "search: Pagefind indexed 2 pages in 'sr', expected 0; "
                "check the pages' <html lang>.",
                "search: Pagefind indexed 0 pages in 'sr-cyrl', expected 1; "
                "check the pages' <html lang>.",
                "search: Pagefind indexed 0 pages in 'sr-latn', expected 1; "
                "check the pages' <html lang>.",
            ],
        ),
    ],
)
def test_language_problems(languages, codes, problems):
    entry = {"languages": {code: {"page_count": n} for code, n in languages.items()}}
    pages = [IndexedPage(f"/{n}/", code, b"") for n, code in enumerate(codes)]
    assert language_problems(entry, pages) == problems


def test_pages_are_staged_at_their_links(tmp_path):
    stage_pages([IndexedPage("/network/lv/news/a/", "lv", b"<p>")], tmp_path)
    assert (tmp_path / "network/lv/news/a/index.html").read_bytes() == b"<p>"
    with pytest.raises(SearchIndexError, match="'/lv/a.html' is not a folder's page"):
        stage_pages([IndexedPage("/lv/a.html", "lv", b"")], tmp_path)


def test_read_bundle_leaves_out_pagefinds_own_interfaces(tmp_path):
    for name in ("pagefind.js", "pagefind-ui.js", "pagefind-highlight.js", "index/x"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(name.encode())
    assert read_bundle(tmp_path) == {
        "index/x": b"index/x",
        "pagefind.js": b"pagefind.js",
    }


def test_a_failing_indexer_fails_with_its_output(tmp_path):
    script = tmp_path / "pagefind"
    script.write_text("#!/bin/sh\necho 'Error: no space left' >&2\nexit 3\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    with pytest.raises(SearchIndexError) as raised:
        run_pagefind([str(script)], tmp_path)
    assert str(raised.value) == (
        "search: Pagefind failed (exit status 3):\nError: no space left"
    )


def test_a_missing_indexer_fails_clearly(tmp_path):
    with pytest.raises(SearchIndexError, match="^search: Pagefind did not run: "):
        run_pagefind([str(tmp_path / "missing")], tmp_path)


def test_pages_without_body_stop_the_index():
    pages = [IndexedPage("/lv/b/", "lv", html("lv", "B", body=False))]
    with pytest.raises(SearchIndexError) as raised:
        build_bundle(pages, [], "/never/run")
    assert str(raised.value).splitlines()[-1] == "/lv/b/"


def test_no_pages_no_bundle():
    assert build_bundle([], [], "/never/run") == {}


def test_serbian_scripts_get_separate_indexes():
    """Pagefind 1.5 keeps sr-Cyrl and sr-Latn apart (lower-cased), never as `sr`."""
    pages = [
        IndexedPage("/sr/a/", "sr-Cyrl", html("sr-Cyrl", "Трговина људима")),
        IndexedPage("/sr-latn/a/", "sr-Latn", html("sr-Latn", "Trgovina ljudima")),
        IndexedPage("/lv/a/", "lv", html("lv", "Cilvēku tirdzniecība")),
        IndexedPage("/lv/b/", "lv", html("lv", "Darba ekspluatācija")),
    ]
    files = build_bundle(pages, [".page-tools"], pagefind_binary())
    entry = json.loads(files["pagefind-entry.json"])
    counts = {code: info["page_count"] for code, info in entry["languages"].items()}
    assert counts == {"sr-cyrl": 1, "sr-latn": 1, "lv": 2}
    assert "pagefind.js" in files
    assert not any(name.startswith("pagefind-ui") for name in files)
