"""Rules about the names content gives to addresses: slugs, tags, and the
Template key the site does not use."""

import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from plugins.base.characters import shorten
from plugins.base.transliteration.core import slugify as language_slugify
from plugins.checks.file_rules import visible
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.policy import (
    MAX_SLUG_LENGTH,
    MAX_TAG_LENGTH,
    MAX_TAGS,
    RESERVED_ITEM_SLUGS,
    RESERVED_PAGE_SLUGS,
    SLUG_PATTERN,
    describe_character,
    invisible_character,
)
from plugins.checks.problem import Problem, error
from plugins.checks.site_rules import Slug, language_of, slug_of

EXAMPLE_SLUG = "annual-report"


def cleaned_slug(text: str, language: str) -> str:
    """The slug an editor most likely meant: invisible characters dropped, the rest
    made ASCII as the site's titles are, cut at a hyphen to the length limit."""
    kept = "".join(char for char in text if not invisible_character(char))
    slug = language_slugify(unicodedata.normalize("NFC", kept), language)
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[: MAX_SLUG_LENGTH + 1].rsplit("-", 1)[0][:MAX_SLUG_LENGTH]
    return slug


def slug_text_problem(text: str) -> str | None:
    """Why a written slug is not one word of lower-case ASCII letters, digits and
    single hyphens of at most MAX_SLUG_LENGTH characters, or None."""
    shown = shorten(visible(text))
    path_char = next((char for char in text if char in "./\\"), None)
    if path_char:
        return (
            f'Slug "{shown}" contains "{path_char}", which would make it a path'
            " or a file name."
        )
    wrong = next((char for char in text if char not in "abcdefghijklmnopqrstuvwxyz"
                  "0123456789-"), None)  # fmt: skip
    if wrong:
        shown_char = "" if invisible_character(wrong) else f'"{wrong}" '
        return (
            f'Slug "{shown}" contains {shown_char}({describe_character(wrong)}),'
            " which is not a lower-case ASCII letter, digit or hyphen."
        )
    if not SLUG_PATTERN.fullmatch(text):
        return f'Slug "{shown}" starts or ends with a hyphen, or has two in a row.'
    if len(text) > MAX_SLUG_LENGTH:
        return (
            f"Slug is {len(text)} characters long; at most {MAX_SLUG_LENGTH}"
            " are allowed."
        )
    return None


def reserved_slugs(item: ContentFile) -> frozenset[str]:
    """The slugs that would take an address the site uses itself."""
    return RESERVED_PAGE_SLUGS if item.folder == "pages" else RESERVED_ITEM_SLUGS


def check_slug(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a slug that is not a safe, plain address word, or a reserved one."""
    slug = slug_of(item, options)
    if slug is None:
        return
    if slug.from_title:
        yield from _title_slug_problems(item, slug)
        return
    problem = slug_text_problem(slug.text)
    if problem:
        better = cleaned_slug(slug.text, language_of(item, options))
        fix = (
            f'write "Slug: {better}" (translations share the same slug).'
            if better
            else f'write lower-case letters, digits and hyphens, e.g. "{EXAMPLE_SLUG}".'
        )
        yield error(item.path, slug.line, problem, fix)
    elif slug.text in reserved_slugs(item):
        yield error(
            item.path,
            slug.line,
            f'Slug "{slug.text}" is the address of a section of the site.',
            f'choose another slug, e.g. "about-{slug.text}".',
        )


def _title_slug_problems(item: ContentFile, slug: Slug) -> Iterator[Problem]:
    """A slug made from the Title: empty, too long or reserved."""
    if not slug.text:
        yield error(
            item.path,
            slug.line,
            "The Title has no letters or digits to make the address (slug) from.",
            f'add a line such as "Slug: {EXAMPLE_SLUG}".',
        )
    elif len(slug.text) > MAX_SLUG_LENGTH:
        short = slug.text[: MAX_SLUG_LENGTH + 1].rsplit("-", 1)[0]
        yield error(
            item.path,
            slug.line,
            f"The slug made from the Title is {len(slug.text)} characters long;"
            f" at most {MAX_SLUG_LENGTH} are allowed.",
            f'add a shorter Slug line, e.g. "Slug: {short}".',
        )
    elif slug.text in reserved_slugs(item):
        yield error(
            item.path,
            slug.line,
            f'Slug "{slug.text}" (made from the Title) is the address of a section'
            " of the site.",
            f'add a line such as "Slug: about-{slug.text}".',
        )


def tags_of(item: ContentFile) -> list[str]:
    """The item's tags as Pelican reads them: split on ";" if there is one, else
    on ",", blanks dropped, repeats kept once."""
    value = item.value("Tags")
    parts = value.split(";" if ";" in value else ",")
    return list(dict.fromkeys(part.strip() for part in parts if part.strip()))


def check_tags(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report too many tags, too long ones, and tags that give no address."""
    tags, field = tags_of(item), item.field("Tags")
    if not tags:
        return
    if len(tags) > MAX_TAGS:
        yield error(
            item.path,
            field.line,
            f"This item has {len(tags)} tags; at most {MAX_TAGS} are allowed.",
            "keep the tags readers look for; the text is searched anyway.",
        )
        return
    language = language_of(item, options)
    for tag in tags:
        if len(tag) > MAX_TAG_LENGTH:
            yield error(
                item.path,
                field.line,
                f'Tag "{shorten(tag)}" is {len(tag)} characters long; at most'
                f" {MAX_TAG_LENGTH} are allowed.",
                "use a short tag; write the details in the text.",
            )
        elif not options.tag_slugify(tag, language):
            yield error(
                item.path,
                field.line,
                f'Tag "{visible(tag)}" has no letters or digits, so it has no address.',
                "write the tag with letters or digits, or remove it.",
            )


def _quoted_list(names: list[str]) -> str:
    """`"C#", "C++" and "c"`."""
    quoted = [f'"{name}"' for name in names]
    return ", ".join(quoted[:-1]) + f" and {quoted[-1]}"


def check_tag_addresses(
    items: list[ContentFile], options: CheckOptions
) -> Iterator[Problem]:
    """Report different tags (not only in letter case) that share one address."""
    groups: dict[tuple[str, str], dict[str, set[tuple[str, int]]]] = defaultdict(
        lambda: defaultdict(set)
    )
    slugs: dict[tuple[str, str], str] = {}  # the same tags recur on many items
    for item in items:
        tags = tags_of(item)
        if not tags or len(tags) > MAX_TAGS:
            continue
        language = language_of(item, options)
        for tag in tags:
            if options.tag_table and options.tag_table.key_of(tag):
                continue  # tags.toml gives it its address, unique (tag_file.py)
            slug = slugs.get((tag, language))
            if slug is None:
                slug = slugs[tag, language] = options.tag_slugify(tag, language)
            if slug:
                groups[language, slug][tag].add((item.path, item.field("Tags").line))
    for (language, slug), names in groups.items():
        if len({name.casefold() for name in names}) < 2:
            continue
        message = (
            f"Tags {_quoted_list(sorted(names))}"
            f" {'all' if len(names) > 2 else 'both'} have the address"
            f' /{language.lower()}/tags/{slug}/ in language "{language}".'
        )
        for path, line in sorted(set().union(*names.values())):
            yield error(
                path,
                line,
                message,
                'give them names that differ in letters or digits (e.g. "C sharp"),'
                " or use one name.",
            )


def check_template(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a Template line: the site chooses every page's layout itself."""
    template = item.field("Template")
    if template is not None:
        yield error(
            item.path,
            template.line,
            f'Template "{shorten(visible(template.value), 40)}" is not used: the'
            " site chooses the layout of every page itself.",
            "remove the Template line.",
        )
