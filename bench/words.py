"""Real-looking words and prose in each authored language, from a seeded Random.

Czech and Latvian words are built from syllables with their diacritics (č ř ž ě ů,
ā ē ī ū ķ ļ ņ š ž), Serbian from Cyrillic syllables with љ њ џ ђ ћ, Bulgarian with
щ ъ ю я; English uses real words. A vocabulary is drawn with Zipf-like weights, so a
few words are frequent and most are rare, as in real text.
"""

import random
from itertools import accumulate

LANGUAGES = ("en", "cs", "lv", "sr", "bg")
VOCABULARY_SIZE = 2500


def words(text: str) -> list[str]:
    """The words of a space-separated list (keeps the tables below readable)."""
    return text.split()


# onsets, vowels, codas, word endings
SYLLABLES = {
    "cs": (
        words("p pr st v z n k m t d ch s l r b j h č ř ž š c dr sk tř zp sm kr ml"),
        words("a e i o u á é í ě ů ý ou a e o"),
        ["", "", "", "n", "k", "st", "l", "ch", "m", "t", "j"],
        ["", "", "a", "í", "ou", "ě", "ách", "ého", "ům"],
    ),
    "lv": (
        words("p pr st v z n k m t d s l r b j g ķ ļ ņ š ž c dz sk kr gr"),
        words("a e i o u ā ē ī ū ie ai au a e"),
        ["", "", "", "s", "š", "t", "m", "n", "l", "r"],
        ["s", "a", "as", "us", "is", "ai", "ā", "ēm", "u", "ī"],
    ),
    "sr": (
        words("п пр ст в з н к м т д с л р б ј г љ њ џ ђ ћ ч ш ж х ц кр гр дв"),
        words("а е и о у а е и о"),
        ["", "", "", "н", "к", "с", "т", "ј", "р", "л"],
        ["", "", "а", "е", "и", "ом", "ама", "ење", "ија"],
    ),
    "bg": (
        words("п пр ст в з н к м т д с л р б г щ ч ш ж х ц кр гр тр"),
        words("а е и о у ъ ю я а е и о"),
        ["", "", "", "н", "к", "с", "т", "й", "р", "л"],
        ["", "", "а", "и", "та", "ът", "ия", "ване", "ско"],
    ),
}

ENGLISH = words(
    """
the of and to in for on with by from at as network ministry ministries national
regional coordinator coordinators victims victim trafficking human beings labour
exploitation inspectors police prosecutors social workers helpline counsellors
shelter shelters report reports training seminar conference meeting working group
partners partner organisations NGOs information campaign awareness support
referral mechanism cooperation border cases case data annual plan action
strategy funding project projects experts experience practice practices children
women men migrants workers employers recruitment agencies jobs abroad contracts
rights protection assistance services legal advice interpreters language
languages country countries government governments public local municipal
community communities research study survey results findings recommendations
guidelines standards procedures identification investigation court judges
evidence witnesses prevention risks warning signs online platforms advertisements
schools students teachers volunteers staff members office secretariat chair
programme agenda session sessions panel discussion workshop workshops day days
week weeks month months year years first second new joint common practical
important several many more most other each every all some these those this that
which who will would can could should may must also more than about into over
after before during between under within without across through against while
network's partners' published presented discussed agreed adopted launched opened
visited trained supported organised prepared reviewed improved increased helped
"""
)

TAG_WORDS = words(
    "labour victim child border online court police health media youth "
    "shelter data school family migrant rights legal funding research local"
)
TAG_KINDS = words("exploitation support protection training cooperation awareness")


def build_vocabulary(rng: random.Random, language: str) -> list[str]:
    """A list of distinct words of the language, most frequent first."""
    if language == "en":
        return list(dict.fromkeys(ENGLISH))
    onsets, vowels, codas, endings = SYLLABLES[language]
    found: dict[str, None] = {}
    while len(found) < VOCABULARY_SIZE:
        syllables = rng.choices((1, 2, 3, 4), weights=(3, 5, 3, 1))[0]
        parts = []
        for _ in range(syllables):
            parts.append(rng.choice(onsets) + rng.choice(vowels))
        word = "".join(parts) + rng.choice(codas if syllables < 3 else [""])
        word += rng.choice(endings)
        if 2 <= len(word) <= 14:
            found.setdefault(word, None)
    return list(found)


class Prose:
    """Sentences, headings and phrases in one language, drawn from one Random."""

    def __init__(self, language: str, seed: int):
        vocabulary_rng = random.Random(f"{seed}:vocabulary:{language}")
        self.language = language
        self.words = build_vocabulary(vocabulary_rng, language)
        weights = [1 / (rank + 1) ** 0.9 for rank in range(len(self.words))]
        self.cumulative = list(accumulate(weights))

    def word_list(self, rng: random.Random, count: int) -> list[str]:
        """Count words drawn by frequency."""
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def phrase(self, rng: random.Random, low: int, high: int) -> str:
        """A capitalised phrase without a full stop (titles, headings, alt text)."""
        text = " ".join(self.word_list(rng, rng.randint(low, high)))
        return text[:1].upper() + text[1:]

    def sentence(self, rng: random.Random) -> str:
        """One sentence of 6 to 18 words, sometimes with a comma or bold words."""
        words = self.word_list(rng, rng.randint(6, 18))
        if len(words) > 9 and rng.random() < 0.4:
            words[rng.randint(3, len(words) - 4)] += ","
        if rng.random() < 0.08:
            at = rng.randint(0, len(words) - 2)
            words[at : at + 2] = [f"**{words[at]} {words[at + 1]}**"]
        text = " ".join(words)
        return text[:1].upper() + text[1:] + "."

    def paragraph(self, rng: random.Random, words: int) -> list[str]:
        """Sentences adding up to about `words` words."""
        sentences, count = [], 0
        while count < words:
            sentence = self.sentence(rng)
            sentences.append(sentence)
            count += sentence.count(" ") + 1
        return sentences


def tag_pool() -> list[str]:
    """Fifty tag slugs shared by every language, e.g. "labour-exploitation"."""
    pool = [f"{word}-{kind}" for kind in TAG_KINDS for word in TAG_WORDS]
    return pool[:50]
