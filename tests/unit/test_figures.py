"""The figures Markdown extension, tested the Python-Markdown way: source → HTML."""

import markdown
import pytest

from plugins.figures.markdown_ext import FiguresExtension, pelican_link


def render(source: str) -> str:
    """Markdown as the site renders it (extra + figures)."""
    return markdown.markdown(
        source, extensions=["extra", FiguresExtension()], output_format="html5"
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            '![Alt](images/a.jpg "Caption")',
            '<figure><img alt="Alt" loading="lazy" src="{static}/images/a.jpg">'
            "<figcaption>Caption</figcaption></figure>",
        ),
        (
            "![Alt](images/a.jpg)",
            '<figure><img alt="Alt" loading="lazy" src="{static}/images/a.jpg">'
            "</figure>",
        ),
        (
            '![A](images/a.jpg) ![B](../images/b.jpg "Bee")',
            '<div class="gallery"><figure><img alt="A" loading="lazy" '
            'src="{static}/images/a.jpg"></figure><figure><img alt="B" loading="lazy" '
            'src="{static}../images/b.jpg"><figcaption>Bee</figcaption></figure></div>',
        ),
        (
            "![A](images/a.jpg)\n![B](images/b.jpg)",
            '<div class="gallery"><figure><img alt="A" loading="lazy" '
            'src="{static}/images/a.jpg"></figure><figure><img alt="B" loading="lazy" '
            'src="{static}/images/b.jpg"></figure></div>',
        ),
        (
            "Text ![inline](images/i.jpg) stays.",
            '<p>Text <img alt="inline" loading="lazy" src="{static}/images/i.jpg"> '
            "stays.</p>",
        ),
        (
            "[Report](news/report.en.md#results) and [site](https://e.org/x.md)",
            '<p><a href="{filename}/news/report.en.md#results">Report</a> and '
            '<a href="https://e.org/x.md">site</a></p>',
        ),
    ],
)
def test_renders(source, expected):
    assert render(source) == expected


@pytest.mark.parametrize(
    ("target", "marker", "expected"),
    [
        ("images/a.jpg", "static", "{static}/images/a.jpg"),
        ("./a.jpg", "static", "{static}./a.jpg"),
        ("../news/x.md", "filename", "{filename}../news/x.md"),
        ("/lv/news/", "static", "/lv/news/"),
        ("https://example.org/a.jpg", "static", "https://example.org/a.jpg"),
        ("mailto:info@example.org", "static", "mailto:info@example.org"),
        ("sms:+37167829674", "static", "sms:+37167829674"),
        ("skype:helpline?call", "static", "skype:helpline?call"),
        ("data:image/gif;base64,R0lG", "static", "data:image/gif;base64,R0lG"),
        ("C:\\Users\\anna\\a.jpg", "static", "C:\\Users\\anna\\a.jpg"),
        ("#section", "static", "#section"),
        ("{filename}/news/x.md", "filename", "{filename}/news/x.md"),
        ("", "static", ""),
    ],
)
def test_pelican_link(target, marker, expected):
    assert pelican_link(target, marker) == expected
