"""The synthetic corpus of `make bench`: Markdown items in five languages, as files.

    python -m bench.corpus --items 1000 --seed 1 --output bench/work/n1000/content

Same items and seed, same bytes: every file comes from a Random seeded with the
seed, the item's index and its language.
"""

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

from .images import corpus_images
from .plan import ItemPlan, edit_target, plan_corpus, plan_item
from .words import LANGUAGES, Prose

PUBLISHERS = {
    "en": ["Ministry of the Interior", "Office of the National Coordinator"],
    "cs": ["Ministerstvo vnitra České republiky", "Český helsinský výbor"],
    "lv": ["Iekšlietu ministrija", "Patvērums „Drošā māja”"],
    "sr": ["Министарство унутрашњих послова", "Центар за заштиту жртава"],
    "bg": ["Национална комисия за борба с трафика", "Фондация „Асоциация Анимус“"],
}
PAGES = ("bench-about", "bench-partners", "bench-helpline", "bench-documents")
EDIT_MARK = "benchmark edit"


def metadata_block(plan: ItemPlan, language: str, prose: Prose, rng) -> list[str]:
    """The `Key: value` lines of one item in one language."""
    lines = [
        f"Title: {prose.phrase(rng, 4, 9)}",
        f"Date: {plan.date}",
        f"Lang: {language}",
        f"Slug: {plan.slug}",
        f"Category: {plan.kind}",
        f"Tags: {', '.join(plan.tags)}",
    ]
    if plan.modified:
        lines.append(f"Modified: {plan.modified}")
    if plan.has_summary:
        lines.append(f"Summary: {prose.sentence(rng)} {prose.sentence(rng)}")
    if plan.has_publisher:
        lines.append(f"Publisher: {rng.choice(PUBLISHERS[language])}")
        lines.append(
            f"Contact: +420 974 {rng.randint(100, 999)} {rng.randint(100, 999)}"
        )
    if plan.event:
        lines.append(f"Event-start: {plan.event.start}")
        if plan.event.end:
            lines.append(f"Event-end: {plan.event.end}")
        lines.append(f"Location: {plan.event.city.names[language]}")
        if plan.event.timezone:
            lines.append(f"Timezone: {plan.event.timezone}")
    return lines


def with_link(sentences: list[str], target: str, rng) -> list[str]:
    """Turn two words of the first sentence into a link to `target`."""
    words = sentences[0].rstrip(".").split(" ")
    at = rng.randint(0, max(len(words) - 2, 0))
    words[at : at + 2] = ["[" + " ".join(words[at : at + 2]) + f"]({target})"]
    return [" ".join(words) + ".", *sentences[1:]]


def link_target(plans: list[ItemPlan], index: int, language: str) -> str:
    """`{filename}` link to an item in this language, else to its English file."""
    plan = plans[index]
    return "{filename}/" + plan.path(language if language in plan.languages else "en")


def image_lines(plan: ItemPlan, prose: Prose, rng) -> list[str]:
    """One figure, or a gallery of consecutive image lines."""
    lines = []
    for image in plan.images:
        caption = f' "{prose.phrase(rng, 2, 5)}"' if rng.random() < 0.5 else ""
        lines.append(f"![{prose.phrase(rng, 3, 8)}]({image}{caption})")
    return lines


def body(plan: ItemPlan, language: str, plans, prose: Prose, rng) -> list[str]:
    """About 400 words: paragraphs, two headings, a list, links and images."""
    links = [link_target(plans, index, language) for index in plan.links]
    second = prose.paragraph(rng, 80)
    last = prose.paragraph(rng, 80)
    if links:
        second = with_link(second, links[0], rng)
        last = with_link(last, links[-1], rng)
    blocks = [
        " ".join(prose.paragraph(rng, 70)),
        f"## {prose.phrase(rng, 2, 5)}",
        " ".join(second),
        "\n".join(f"- {prose.sentence(rng)[:-1]};" for _ in range(rng.randint(3, 5))),
    ]
    if plan.images:
        blocks.append("\n".join(image_lines(plan, prose, rng)))
    blocks += [
        f"## {prose.phrase(rng, 2, 5)}",
        " ".join(prose.paragraph(rng, 90)),
        " ".join(last),
    ]
    return blocks


def item_markdown(plan: ItemPlan, language: str, plans, prose: Prose, seed: int) -> str:
    """The whole Markdown file of one item in one language."""
    rng = random.Random(f"{seed}:text:{plan.index}:{language}")
    head = metadata_block(plan, language, prose, rng)
    return (
        "\n".join(head)
        + "\n\n"
        + "\n\n".join(body(plan, language, plans, prose, rng))
        + "\n"
    )


def page_markdown(slug: str, order: int, language: str, prose: Prose, seed: int) -> str:
    """An institutional page under pages/, in every language."""
    rng = random.Random(f"{seed}:page:{slug}:{language}")
    head = [
        f"Title: {prose.phrase(rng, 2, 4)}",
        f"Lang: {language}",
        f"Slug: {slug}",
        f"Order: {order}",
    ]
    blocks = [" ".join(prose.paragraph(rng, 90)), f"## {prose.phrase(rng, 2, 4)}"]
    blocks += [" ".join(prose.paragraph(rng, 90)) for _ in range(2)]
    return "\n".join(head) + "\n\n" + "\n\n".join(blocks) + "\n"


def corpus_files(count: int, seed: int) -> dict[str, str | bytes]:
    """Every file of the corpus: content path → Markdown text or image bytes."""
    plans = plan_corpus(count, seed)
    proses = {language: Prose(language, seed) for language in LANGUAGES}
    files: dict[str, str | bytes] = dict(corpus_images())
    for plan in plans:
        for language in plan.languages:
            files[plan.path(language)] = item_markdown(
                plan, language, plans, proses[language], seed
            )
    for order, slug in enumerate(PAGES, start=1):
        for language in LANGUAGES:
            files[f"pages/{slug}.{language}.md"] = page_markdown(
                slug, order * 10, language, proses[language], seed
            )
    return files


def write_files(root: Path, files: dict[str, str | bytes]) -> None:
    """Replace the folder `root` with exactly these files."""
    if root.exists():
        shutil.rmtree(root)
    for relative, data in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            target.write_text(data, encoding="utf-8")
        else:
            target.write_bytes(data)


def added_item(count: int, seed: int) -> tuple[str, str]:
    """The English news item a benchmark adds: item `count`, newer than all others."""
    plans = plan_corpus(count, seed)
    plan = plan_item(count, seed, count, newest=True)
    return plan.path("en"), item_markdown(
        plan, "en", plans + [plan], Prose("en", seed), seed
    )


def edited_path(count: int, seed: int) -> str:
    """The English news item a benchmark edits."""
    return edit_target(plan_corpus(count, seed)).path("en")


def edited_text(text: str, run: int) -> str:
    """The item's text with its last sentence replaced, as an editor's fix would."""
    head, _, _ = text.rstrip("\n").rpartition(". ")
    return f"{head}. This sentence changed in {EDIT_MARK} run {run}.\n"


def retitled_text(text: str, run: int) -> str:
    """The item's text with a new title: an edit of what pages only show."""
    head, line, rest = text.partition("Title: ")
    _old, newline, rest = rest.partition("\n")
    return f"{head}{line}Title changed in {EDIT_MARK} run {run}{newline}{rest}"


def redated_text(text: str) -> str:
    """The item's text dated a day earlier: an edit that moves it in every list."""
    head, line, rest = text.partition("Date: ")
    written, newline, rest = rest.partition("\n")
    day = date.fromisoformat(written[:10]) - timedelta(days=1)
    return f"{head}{line}{day.isoformat()}{written[10:]}{newline}{rest}"


def main(argv=None) -> int:
    """Command-line entry point: write a corpus into a folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args(argv)
    files = corpus_files(args.items, args.seed)
    write_files(args.output, files)
    print(f"Wrote {len(files)} files to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
