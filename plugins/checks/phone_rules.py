"""Rules about phone numbers editors write: the site links them (plugins/contact)
only when libphonenumber finds them valid in the language's country."""

import re
from collections.abc import Iterator

from plugins.base.characters import shorten
from plugins.base.phones import example_number, numbers_in
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, warning

# Digits with the separators of written phone numbers, at least eight characters:
# what an editor most likely meant as a number (a year or a postcode is shorter).
PHONE_LIKE = re.compile(r"\+?\d[\d ().\-/]{6,}\d")


def check_contact_phone(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Warn when `Contact:` looks like it holds a phone number but none is valid."""
    contact = item.field("Contact")
    if contact is None or not PHONE_LIKE.search(contact.value):
        return
    lang = item.field("Lang")
    regions = dict(options.phone_regions)
    region = regions.get(lang.value if lang else options.site_language)
    if region is None or any(numbers_in(contact.value, region)):
        return
    yield warning(
        item.path,
        contact.line,
        f'Contact "{shorten(contact.value, 40)}" holds no phone number valid in '
        f"{region}, so readers cannot call it with a tap.",
        f"check the digits; write a number of another country with its + code, e.g. "
        f'"{example_number(region)}".',
    )
