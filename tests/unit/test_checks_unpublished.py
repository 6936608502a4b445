"""Drafts, scheduled items and TODO placeholders as the checks see them."""

from datetime import date

import pytest

from plugins.checks.core import check_file_text, check_texts
from plugins.checks.metadata import parse_content_file
from plugins.checks.options import CheckOptions
from plugins.checks.unpublished import unpublished_lines
from tools import check as check_command
from tools.editors.new_files import NewItem, new_item_text

TODAY = date(2027, 2, 15)
UNTIL_READY = 'or add "Status: draft" until the item is ready.'


def item(title="A", extra="", body="Text.", day="2027-01-10"):
    return f"Title: {title}\nDate: {day}\nLang: en\n{extra}\n{body}\n"


def messages(text, path="news/a.en.md"):
    return [problem.describe() for problem in check_file_text(path, text)]


# --- TODO placeholders ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            item(extra="Summary: TODO\n"),
            'news/a.en.md:4: error: Summary still holds the placeholder "TODO".'
            f" Fix: write the summary in its place, {UNTIL_READY}",
        ),
        (
            item(title="TODO: Annual report"),
            'news/a.en.md:1: error: Title still holds the placeholder "TODO: Annual'
            f' report". Fix: write the title in its place, {UNTIL_READY}',
        ),
        (
            item(body="First paragraph.\n\nThe meeting TODO was held."),
            'news/a.en.md:7: error: The text still holds the placeholder "TODO".'
            f" Fix: write the text in its place, {UNTIL_READY}",
        ),
    ],
)
def test_a_placeholder_in_a_published_item_is_an_error(text, expected):
    assert messages(text) == [expected]


def test_location_todo_in_an_event_is_an_error():
    text = (
        "Title: Forum\nDate: 2027-01-10\nLang: en\nEvent-start: 2027-03-20\n"
        "Location: TODO\n\nText.\n"
    )
    assert messages(text, "events/forum.en.md") == [
        'events/forum.en.md:5: error: Location still holds the placeholder "TODO".'
        f" Fix: write the place of the event in its place, {UNTIL_READY}"
    ]


@pytest.mark.parametrize(
    "text",
    [
        item(extra="Summary: TODO\nStatus: draft\n"),  # a draft may keep them
        item(extra="Summary: TODO\nStatus: Draft\n"),
        item(body="<!--\nReplace every TODO above.\n-->\nText."),  # a comment
        item(body="Write `TODO` in the file."),  # code
        item(extra="Summary: TODOS and todo lists\n"),  # not the placeholder
        item(body="Todo, todo and TODOs are words."),
    ],
)
def test_placeholders_in_drafts_comments_and_code_are_not_reported(text):
    assert messages(text) == []


def test_an_untouched_new_item_is_a_draft_and_passes():
    """What `make newpost` writes: Status: draft, so its TODOs wait for the editor."""
    text = new_item_text(
        NewItem("Forum", "en", "events", "forum", date(2027, 1, 10), "Europe/Riga")
    )
    assert "Status: draft\n" in text
    assert messages(text, "events/forum.en.md") == []
    published = text.replace("Status: draft\n", "")
    assert [
        line.split(": error: ")[1].split(" Fix:")[0]
        for line in messages(published, "events/forum.en.md")
    ] == [
        'Summary still holds the placeholder "TODO".',
        'Location still holds the placeholder "TODO".',
    ]


# --- links to scheduled items -----------------------------------------------------


def link_report(texts, today=TODAY):
    options = CheckOptions(existing_files=frozenset(texts), today=today)
    return [problem.describe() for problem in check_texts(texts, options)]


def scheduled_link(day="2027-03-01", source="news/a.en.md", line=5):
    return (
        f'{source}:{line}: error: Link "news/b.en.md" points to news/b.en.md,'
        f" scheduled for {day}: the site does not publish it before that day."
        f" Fix: remove the link until then, or give this file a Date on or after"
        f" {day}."
    )


def test_a_link_to_a_scheduled_item_is_an_error_with_its_date():
    texts = {
        "news/a.en.md": item(body="See [B](news/b.en.md)."),
        "news/b.en.md": item("B", day="2027-03-01 09:00"),
    }
    assert link_report(texts) == [scheduled_link()]


@pytest.mark.parametrize(
    ("a_day", "b_day", "today", "reported"),
    [
        ("2027-01-10", "2027-02-15", TODAY, False),  # published today: fine
        ("2027-01-10", "2027-03-01", date(2027, 3, 1), False),  # on its day
        ("2027-03-01", "2027-03-01", TODAY, False),  # both on the same day
        ("2027-03-05", "2027-03-01", TODAY, False),  # the link goes out later
        ("2027-02-20", "2027-03-01", TODAY, True),  # out before its target
    ],
)
def test_a_link_is_an_error_only_while_its_target_comes_out_later(
    a_day, b_day, today, reported
):
    texts = {
        "news/a.en.md": item(body="See [B](news/b.en.md).", day=a_day),
        "news/b.en.md": item("B", day=b_day),
    }
    expected = [scheduled_link(b_day)] if reported else []
    assert link_report(texts, today) == expected


def test_without_a_build_day_scheduled_links_are_not_judged():
    texts = {
        "news/a.en.md": item(body="See [B](news/b.en.md)."),
        "news/b.en.md": item("B", day="2027-03-01"),
    }
    assert link_report(texts, today=None) == []


# --- make check lists what is not published yet -----------------------------------


def test_unpublished_lines_name_drafts_and_scheduled_items_with_their_dates():
    files = [
        parse_content_file("news/b.en.md", item(day="2027-03-01 09:00")),
        parse_content_file("news/a.en.md", item(extra="Status: draft\n")),
        parse_content_file("news/c.en.md", item(day="2027-02-15")),
        parse_content_file("pages/d.en.md", "Title: D\nStatus: draft\n\nText.\n"),
    ]
    assert unpublished_lines(files, TODAY) == [
        "news/a.en.md: draft, not published, Date 2027-01-10.",
        "news/b.en.md: scheduled, published on 2027-03-01.",
        "pages/d.en.md: draft, not published.",
    ]


def test_make_check_lists_them_after_the_problems(tmp_path, capsys):
    content = tmp_path / "content"
    (content / "news").mkdir(parents=True)
    (content / "news/a.en.md").write_text(item(extra="Summary: TODO\n"))
    (content / "news/b.en.md").write_text(item("B", day="2027-03-01"))
    (content / "news/c.en.md").write_text(item("C", extra="Status: draft\n"))
    settings = tmp_path / "settings.py"
    settings.write_text(
        "PATH = 'content'\nTIMEZONE = 'Europe/Riga'\nMULTILINGUAL_LANGUAGES = ['en']\n"
        "DEFAULT_LANG = 'en'\nMULTILINGUAL_TODAY = '2027-02-15'\nCACHE_PATH = "
        f"{str(tmp_path / 'cache')!r}\n"
    )
    status = check_command.main(["--settings", str(settings), "--input", str(content)])
    assert status == 1
    assert capsys.readouterr().out.splitlines() == [
        'content/news/a.en.md:4: error: Summary still holds the placeholder "TODO".'
        f" Fix: write the summary in its place, {UNTIL_READY}",
        "1 error, 0 warnings in 1 file.",
        "Not published yet (drafts and scheduled items):",
        "content/news/b.en.md: scheduled, published on 2027-03-01.",
        "content/news/c.en.md: draft, not published, Date 2027-01-10.",
    ]
