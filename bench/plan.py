"""What the synthetic corpus holds: one plan per item, drawn from a seeded Random.

Every item exists in English; each other language has it with probability 0.6
(translations share the slug); a third of the items are events. An item's plan
depends only on the seed and its index, so item N (the one a benchmark adds) does not
change items 0 … N-1.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .words import ENGLISH, LANGUAGES, tag_pool

TRANSLATED_SHARE = 0.6
EVENT_SHARE = 1 / 3
FIRST_DAY = date(2015, 7, 1)  # dates cover ten years from here
DAYS = 3652
LAST_DAY = FIRST_DAY + timedelta(days=DAYS)  # the added item's day; after every other
SLUG_WORDS = [word for word in ENGLISH if word.isalpha() and word.islower()]


@dataclass(frozen=True)
class City:
    """An event's place: its name in each language and its time zone."""

    names: dict
    timezone: str


CITIES = tuple(
    City(dict(zip(LANGUAGES, names.split("|"), strict=True)), zone)
    for names, zone in (
        ("Prague|Praha|Prāga|Праг|Прага", "Europe/Prague"),
        ("Riga|Riga|Rīga|Рига|Рига", "Europe/Riga"),
        ("Belgrade|Bělehrad|Belgrada|Београд|Белград", "Europe/Belgrade"),
        ("Sofia|Sofie|Sofija|Софија|София", "Europe/Sofia"),
        ("Brussels|Brusel|Brisele|Брисел|Брюксел", "Europe/Brussels"),
        ("Novi Sad|Nový Sad|Novisada|Нови Сад|Нови Сад", "Europe/Belgrade"),
        ("Liepāja|Liepája|Liepāja|Лиепаја|Лиепая", "Europe/Riga"),
        ("Brno|Brno|Brno|Брно|Бърно", "Europe/Prague"),
        ("Varna|Varna|Varna|Варна|Варна", "Europe/Sofia"),
        ("Vienna|Vídeň|Vīne|Беч|Виена", "Europe/Vienna"),
    )
)


@dataclass(frozen=True)
class Event:
    """Event metadata as an editor writes it."""

    start: str
    end: str | None
    city: City
    timezone: str | None  # written only for some timed events


@dataclass(frozen=True)
class ItemPlan:
    """One item: the same slug, dates, tags and event in every language it has."""

    index: int
    slug: str
    kind: str  # news | events
    date: str
    modified: str | None
    tags: tuple[str, ...]
    languages: tuple[str, ...]  # "en" first
    event: Event | None
    has_summary: bool
    has_publisher: bool
    images: tuple[str, ...]  # content paths; two or more form a gallery
    links: tuple[int, ...]  # indices of linked items

    @property
    def folder(self) -> str:
        """The content folder: news/ or events/."""
        return self.kind

    def path(self, language: str) -> str:
        """The content file of one language: `news/<slug>.<lang>.md`."""
        return f"{self.folder}/{self.slug}.{language}.md"


def written_when(moment: datetime, timed: bool) -> str:
    """A date as editors write it: `2019-05-20` or `2019-05-20 09:30`."""
    return moment.strftime("%Y-%m-%d %H:%M" if timed else "%Y-%m-%d")


def plan_event(rng: random.Random, published: date) -> Event:
    """Timed (some with a Timezone), all-day, or multi-day events after publication."""
    day = datetime.combine(
        published + timedelta(days=rng.randint(3, 90)), datetime.min.time()
    )
    city = rng.choice(CITIES)
    shape = rng.random()
    if shape < 0.45:  # timed, sometimes into the next day
        start = day + timedelta(hours=rng.randint(8, 17), minutes=rng.choice((0, 30)))
        end = start + timedelta(hours=rng.randint(1, 8))
        zone = city.timezone if rng.random() < 0.5 else None
        return Event(written_when(start, True), written_when(end, True), city, zone)
    if shape < 0.75:  # all day
        return Event(written_when(day, False), None, city, None)
    end = day + timedelta(days=rng.randint(1, 4))  # several days
    return Event(written_when(day, False), written_when(end, False), city, None)


def plan_item(index: int, seed: int, existing: int, newest: bool = False) -> ItemPlan:
    """The plan of item `index`; links go to items 0 … existing-1."""
    rng = random.Random(f"{seed}:plan:{index}")
    day = LAST_DAY if newest else FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    timed = rng.random() < 0.3
    published = datetime.combine(day, datetime.min.time()) + timedelta(
        hours=rng.randint(7, 18), minutes=rng.choice((0, 15, 30, 45))
    )
    is_event = not newest and rng.random() < EVENT_SHARE
    others = [code for code in LANGUAGES[1:] if rng.random() < TRANSLATED_SHARE]
    modified = None
    if not newest and rng.random() < 0.15:
        modified = written_when(published + timedelta(days=rng.randint(1, 30)), False)
    images = ()
    if rng.random() < 0.25:
        count = 2 if rng.random() < 0.12 else 1
        images = tuple(f"images/bench-{rng.randint(1, 6)}.png" for _ in range(count))
    slug_words = "-".join(rng.sample(SLUG_WORDS, 3))
    return ItemPlan(
        index=index,
        slug=f"{slug_words}-{index:05d}",
        kind="events" if is_event else "news",
        date=written_when(published, timed),
        modified=modified,
        tags=tuple(dict.fromkeys(rng.choices(tag_pool(), k=rng.randint(1, 4)))),
        languages=("en", *(() if newest else others)),
        event=plan_event(rng, day) if is_event else None,
        has_summary=rng.random() < 0.4,
        has_publisher=rng.random() < 0.5,
        images=images,
        links=tuple(rng.randrange(existing) for _ in range(2)) if existing > 1 else (),
    )


def plan_corpus(count: int, seed: int) -> list[ItemPlan]:
    """Plans of items 0 … count-1."""
    return [plan_item(index, seed, count) for index in range(count)]


def edit_target(plans: list[ItemPlan]) -> ItemPlan:
    """The English news item a benchmark edits: the first news item from the middle."""
    middle = len(plans) // 2
    return next(plan for plan in plans[middle:] + plans[:middle] if plan.kind == "news")
