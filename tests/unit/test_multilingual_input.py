"""The build reads content as the checks do: continuation lines, folders, text."""

from datetime import datetime
from types import SimpleNamespace

import pytest
from pelican.contents import Article, Page, Static
from pelican.settings import DEFAULT_CONFIG

from plugins.multilingual.from_pelican import (
    drop_unwritten_tags,
    first_image,
    join_continued_lines,
    kind_of,
    printable,
    written_by_the_registry,
)


def test_continuation_lines_are_joined_with_a_space_as_the_checks_do():
    tags = [object()]
    metadata = {"title": ["Conf", "continued"], "location": "Rīga", "tags": tags}
    join_continued_lines(None, metadata=metadata)
    assert metadata == {"title": "Conf continued", "location": "Rīga", "tags": tags}


@pytest.mark.parametrize(
    ("path", "category", "kind"),
    [
        ("events/webinar.lv.md", None, "events"),  # no Category line: still an event
        ("events/2027/webinar.lv.md", "news", "events"),
        ("news/report.en.md", "events", "news"),
        ("news/report.en.md", None, "news"),
        ("other/report.en.md", "events", "events"),
    ],
)
def test_the_folder_decides_the_kind(path, category, kind):
    content = SimpleNamespace(
        relative_source_path=path,
        category=SimpleNamespace(slug=category) if category else None,
    )
    assert kind_of(content, is_page=False) == kind


def test_pages_are_pages_wherever_they_are():
    content = SimpleNamespace(relative_source_path="events/x.md", category=None)
    assert kind_of(content, is_page=True) == "page"


def test_printable_drops_what_feeds_cannot_hold():
    assert printable("A\x0cB\x00C\x0bD\u202eE\tF") == "ABCDE\tF"


SRCSET = "/b/images/a.1.480.jpg 480w, /b/images/a.1.960.jpg 960w"
PICTURE = (
    '<p>x</p><picture><source type="image/avif" srcset="/b/images/a.1.480.avif 480w">'
    '<img alt="A" src="/b/images/a.1.960.jpg" srcset="/b/images/a.1.480.jpg 480w, '
    '/b/images/a.1.960.jpg 960w" sizes="46rem" width="960" height="720"></picture>'
    '<img src="/b/images/second.png">'
)


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        (
            PICTURE,
            {
                "image": "images/a.1.960.jpg",
                "image_srcset": SRCSET,
                "image_width": 960,
                "image_height": 720,
            },
        ),
        (
            '<img alt="" src="/b/images/plain.png">',
            {
                "image": "images/plain.png",
                "image_srcset": "",
                "image_width": 0,
                "image_height": 0,
            },
        ),
        (
            '<img src="https://example.org/x.png" width="10" height="auto">',
            {
                "image": "https://example.org/x.png",
                "image_srcset": "",
                "image_width": 0,
                "image_height": 0,
            },
        ),
        ("<p>No picture</p>", {}),
        ('<img alt="no address">', {}),
    ],
)
def test_the_first_image_gives_its_address_widths_and_size(body, fields):
    assert first_image(body, "/b") == fields


@pytest.mark.parametrize(
    ("settings", "kept"),
    [
        ({"TAG_SAVE_AS": "", "TAG_FEED_ATOM": None, "TAG_FEED_RSS": None}, False),
        ({}, False),
        ({"TAG_SAVE_AS": "tag/{slug}.html"}, True),
        ({"TAG_SAVE_AS": "", "TAG_FEED_ATOM": "feeds/{slug}.atom.xml"}, True),
        ({"TAG_SAVE_AS": "", "TAG_FEED_RSS": "feeds/{slug}.rss.xml"}, True),
    ],
)
def test_pelicans_own_tags_are_dropped_only_when_it_writes_nothing_of_them(
    settings, kept
):
    tags = {"support": ["an article"]}
    generator = SimpleNamespace(settings=settings, tags=tags)
    drop_unwritten_tags(generator)
    assert generator.tags == (tags if kept else {})


@pytest.mark.parametrize("kind", [Article, Page])
def test_pelican_formats_no_file_name_for_what_the_registry_writes(kind):
    settings = {**DEFAULT_CONFIG, "ARTICLE_SAVE_AS": "{slug}.html"}
    content = kind(
        "<p>x</p>",
        {"title": "A", "slug": "a", "date": datetime(2026, 1, 2)},
        settings=settings,
    )
    # Made as Pelican makes it before the receiver (other tests may have
    # connected it to content_object_init already).
    vars(content).pop("override_save_as", None)
    assert content.save_as  # Pelican's own name
    written_by_the_registry(content)
    assert content.save_as == ""
    assert content.is_valid()


def test_static_files_keep_the_name_pelican_copies_them_under():
    settings = {**DEFAULT_CONFIG, "STATIC_SAVE_AS": "{path}"}
    static = Static("", {}, settings=settings, source_path="/c/images/a.png")
    named = static.save_as
    written_by_the_registry(static)
    assert static.save_as == named != ""
