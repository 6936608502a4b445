"""Item revisions: equal items agree, any changed field changes the digest."""

import dataclasses
from datetime import UTC, datetime

import pytest

from plugins.base.items import Item, Tag

ITEM = Item(
    kind="news",
    lang="lv",
    slug="report",
    title="Ziņojums",
    path="lv/jaunumi/report/",
    source_path="news/report.lv.md",
    content="<p>Tīkls publicē</p>",
    date=datetime(2024, 5, 1, tzinfo=UTC),
    tags=(Tag("Atbalsts", "atbalsts"),),
)

CHANGES = [
    {"content": "<p>Tīkls šodien publicē</p>"},
    {"title": "Ziņojums 2"},
    {"date": datetime(2024, 5, 2, tzinfo=UTC)},
    {"tags": (Tag("Atbalsts", "atbalsts-2"),)},
    {"extra": {"link_addresses": ["a"]}},
    # the same characters moved from one field to the next must not collide
    {"title": "Ziņojums", "path": "lv/jaunumi/report/x", "source_path": "ews/report"},
]


def test_equal_items_have_equal_digests():
    assert ITEM.revision == dataclasses.replace(ITEM).revision


@pytest.mark.parametrize("changes", CHANGES)
def test_a_changed_field_changes_the_digest(changes):
    assert dataclasses.replace(ITEM, **changes).revision != ITEM.revision


def test_moving_text_between_fields_changes_the_digest():
    moved = dataclasses.replace(ITEM, title="Ziņojums" + "x", slug="eport")
    shifted = dataclasses.replace(ITEM, title="Ziņojum", slug="sreport")
    assert len({ITEM.revision, moved.revision, shifted.revision}) == 3
