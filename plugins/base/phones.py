"""Phone numbers as libphonenumber (`phonenumbers`) reads them, in E.164 form.

Numbers are read in a country (ISO 3166: the `country` of the language table), so a
number written without its `+` code is that country's; only numbers the library
finds valid (its VALID leniency) count. The contact plugin links them, the checks
warn about a `Contact:` holding none.
"""

from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher


@dataclass(frozen=True)
class FoundNumber:
    """A phone number found in a text: where, as written, and in E.164 form."""

    start: int
    end: int
    written: str
    e164: str


def tel_href(number: str, region: str) -> str | None:
    """`tel:+420974832421` for a valid number as written, None for anything else."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return "tel:" + phonenumbers.format_number(parsed, PhoneNumberFormat.E164)


def numbers_in(text: str, region: str) -> Iterator[FoundNumber]:
    """The valid phone numbers of a text, in order."""
    for match in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
        yield FoundNumber(
            match.start,
            match.end,
            match.raw_string,
            phonenumbers.format_number(match.number, PhoneNumberFormat.E164),
        )


def example_number(region: str) -> str:
    """A valid number of the country in international form, for fix messages."""
    number = phonenumbers.example_number(region)
    if number is None:
        return "+420 974 832 421"
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
