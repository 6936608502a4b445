"""A published file must not link to a draft: the link would be published broken."""

import pytest

from plugins.checks.core import check_texts
from plugins.checks.options import CheckOptions

FIX = 'Fix: publish that file (remove "Status: draft"), or remove the link.'


def item(title, extra="", body="Text."):
    return f"Title: {title}\nDate: 2020-01-01\nLang: en\n{extra}\n{body}\n"


def report(texts):
    options = CheckOptions(existing_files=frozenset(texts))
    return [problem.describe() for problem in check_texts(texts, options)]


def draft_link(line, url, target="news/b.en.md"):
    return (
        f'news/a.en.md:{line}: error: Link "{url}" points to {target}, a draft the'
        f" site does not publish. {FIX}"
    )


@pytest.mark.parametrize(
    ("body", "url"),
    [
        ("See [B](news/b.en.md).", "news/b.en.md"),
        ("See [B]({filename}/news/b.en.md).", "{filename}/news/b.en.md"),
        ("See [B](b.en.md).", "b.en.md"),
        ('See <a href="../news/b.en.md">B</a>.', "../news/b.en.md"),
        ("See [B][b].\n\n[b]: news/b.en.md", "news/b.en.md"),
    ],
)
def test_a_link_to_a_draft_is_an_error(body, url):
    texts = {
        "news/a.en.md": item("A", body=body),
        "news/b.en.md": item("B", "Status: Draft\n"),
    }
    line = 7 if "[b]:" in body else 5
    assert report(texts) == [draft_link(line, url)]


def test_a_link_to_a_draft_in_the_summary_is_an_error():
    texts = {
        "news/a.en.md": item("A", "Summary: Read [B](news/b.en.md).\n"),
        "news/b.en.md": item("B", "Status: draft\n"),
    }
    assert report(texts) == [draft_link(4, "news/b.en.md")]


@pytest.mark.parametrize(
    "texts",
    [
        {  # a draft may link to another draft: neither is published
            "news/a.en.md": item("A", "Status: draft\n", "[B](news/b.en.md)"),
            "news/b.en.md": item("B", "Status: draft\n"),
        },
        {  # hidden and published files are published
            "news/a.en.md": item("A", body="[B](news/b.en.md)"),
            "news/b.en.md": item("B", "Status: hidden\n"),
        },
        {  # in code, and addresses on other sites, are not links to the draft
            "news/a.en.md": item(
                "A", body="`[B](news/b.en.md)` [x](https://e.org/b.en.md)"
            ),
            "news/b.en.md": item("B", "Status: draft\n"),
        },
    ],
)
def test_links_that_are_fine(texts):
    assert report(texts) == []


def test_a_hidden_file_linking_to_a_draft_is_an_error():
    texts = {
        "news/a.en.md": item("A", "Status: hidden\n", "[B](news/b.en.md)"),
        "news/b.en.md": item("B", "Status: draft\n"),
    }
    assert report(texts) == [draft_link(6, "news/b.en.md")]  # after Status
