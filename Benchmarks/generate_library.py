#!/usr/bin/env python3
"""Writes a synthetic ecolearn workspace for the benchmarks: lesson units in en/lv/tr and the media they use.

Every unit is valid by docs/AUTHORING.md and docs/AUTHORING.md: three objectives, key points, materials, three
activities with Markdown steps, teacher notes, worksheets and a media reference, a quiz of eight questions (one of
each kind), two sources. The text is drawn from word lists with a fixed seed, so the same arguments always give
the same bytes (about 6.6 KB per unit, 66 MB for 10,000 units).

    python3 Benchmarks/generate_library.py --units 10000 --out Benchmarks/.data/library-10000

Python 3 standard library only.
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from words import ADJECTIVES, CONNECTORS, NOUNS, SLUG_WORDS, VERBS  # noqa: E402

LANGUAGES = ["en", "lv", "tr"]
TOPICS = [
    "waste-hierarchy", "prevention", "reuse", "repair", "sorting", "recycling", "packaging", "deposit-return",
    "composting", "bio-waste", "food-waste", "plastics", "hazardous-waste", "e-waste", "textiles", "landfill",
    "methane", "circular-economy", "zero-waste", "water", "air", "climate", "energy", "consumption",
    "community-action", "health",
]
AUDIENCES = ["school", "ngo", "municipal", "public"]
ACTIVITY_KINDS = ["game", "discussion", "demonstration", "experiment", "fieldwork", "worksheet"]
LICENSES = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0"]
MEDIA = ["bins", "compost-layers", "hierarchy", "landfill", "bottle-loop", "phone-parts", "textile-loop", "river"]
QUESTION_KINDS = ["single", "multiple", "truefalse", "numeric", "short", "order", "match", "sort"]
SOURCES = [
    ("Directive 2008/98/EC on waste", "https://eur-lex.europa.eu/eli/dir/2008/98/oj", 2008),
    ("Eurostat municipal waste statistics", "https://ec.europa.eu/eurostat/statistics-explained/", 2023),
    ("UNEP Food Waste Index Report", "https://www.unep.org/resources/report/food-waste-index-report-2024", 2024),
    ("WHO global air quality guidelines", "https://www.who.int/publications/i/item/9789240034228", 2021),
    ("Sıfır Atık Yönetmeliği", "https://www.resmigazete.gov.tr/eskiler/2019/07/20190712-10.htm", 2019),
    ("Atkritumu apsaimniekošanas likums", "https://likumi.lv/ta/id/221378", 2010),
    ("EEA Europe's environment 2025", "https://www.eea.europa.eu/en/europe-environment-2025", 2025),
]


class Writer:
    """Builds the YAML text of one unit from a seeded random generator."""

    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.english = []

    def keep(self, language, text):
        """Keeps the English texts as Markdown blocks: the pack benchmark gives the same text to pandoc."""
        if language == "en":
            self.english.append(text)
        return text

    # Text pieces -------------------------------------------------------------------------------------------------

    def words(self, language, count):
        rng = self.rng
        out = []
        for index in range(count):
            roll = rng.random()
            if roll < 0.45:
                out.append(rng.choice(NOUNS[language]))
            elif roll < 0.65:
                out.append(rng.choice(VERBS[language]))
            elif roll < 0.85:
                out.append(rng.choice(ADJECTIVES[language]))
            elif index > 0 and roll < 0.97:
                out.append(rng.choice(CONNECTORS[language]))
            else:
                out.append(str(rng.randint(2, 95)))
        return out

    def sentence(self, language, low, high):
        parts = self.words(language, self.rng.randint(low, high))
        if len(parts) > 6 and self.rng.random() < 0.4:
            parts[len(parts) // 2] += ","
        text = " ".join(parts)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, language, sentences, low=5, high=11):
        return " ".join(self.sentence(language, low, high) for _ in range(sentences))

    def slug(self, *extra):
        return "-".join([self.rng.choice(SLUG_WORDS), self.rng.choice(SLUG_WORDS)] + [str(e) for e in extra])

    # YAML output -------------------------------------------------------------------------------------------------

    def line(self, indent, text):
        self.lines.append(" " * indent + text)

    def text(self, indent, key, low, high, sentences=1, prefix=""):
        """A localized text in block style: `key:` then one line per language."""
        self.line(indent, f"{prefix}{key}:")
        inner = indent + 2 + len(prefix)
        for language in LANGUAGES:
            self.line(inner, f"{language}: {self.keep(language, self.paragraph(language, sentences, low, high))}")

    def flow_text(self, low, high):
        """A short localized text in flow style: `{en: Glass jar., lv: ..., tr: ...}` (no commas inside)."""
        return "{" + ", ".join(
            f"{language}: {self.keep(language, self.sentence(language, low, high))}" for language in LANGUAGES) + "}"

    def list_text(self, indent, low, high):
        """A localized text as a list item."""
        first = True
        for language in LANGUAGES:
            body = f"{language}: {self.keep(language, self.paragraph(language, 1, low, high))}"
            self.line(indent, ("- " if first else "  ") + body)
            first = False

    def flow_words(self, language, count):
        return "[" + ", ".join(self.words(language, count)) + "]"

    def markdown(self, indent, key, kind):
        """A Markdown text per language: numbered steps, a list with emphasis, or a small table."""
        self.line(indent, f"{key}:")
        for language in LANGUAGES:
            self.line(indent + 2, f"{language}: |")
            body = indent + 4
            start = len(self.lines)
            if kind == "steps":
                for number in range(1, 3):
                    self.line(body, f"{number}. {self.sentence(language, 2, 5)}")
            elif kind == "worksheet":
                self.line(body, f"| {self.words(language, 1)[0]} | ____ |")
                self.line(body, "|---|---|")
            else:
                self.line(body, f"**{self.words(language, 1)[0]}**: {self.sentence(language, 3, 6)}")
            self.keep(language, "\n".join(line[body:] for line in self.lines[start:]))


def unit_yaml(rng, unit_id, topic):
    w = Writer(rng)
    w.line(0, f"id: {unit_id}")
    w.line(0, f"version: {rng.randint(1, 5)}")
    w.text(0, "title", 3, 5)
    w.line(0, "summary:")
    for language in LANGUAGES:
        w.line(2, f"{language}: >-")
        w.line(4, w.keep(language, w.paragraph(language, 1, 6, 10)))
    w.line(0, "languages: [en, lv, tr]")
    w.line(0, "translations: {lv: reviewed, tr: reviewed}")
    topics = [topic] + rng.sample([t for t in TOPICS if t != topic], rng.randint(1, 2))
    w.line(0, f"topics: [{', '.join(topics)}]")
    audiences = sorted(rng.sample(AUDIENCES, rng.randint(1, 3)), key=AUDIENCES.index)
    w.line(0, f"audiences: [{', '.join(audiences)}]")
    if "school" in audiences:
        low = rng.randint(7, 12)
        w.line(0, f"ages: {low}-{low + rng.randint(2, 5)}")

    activity_minutes = [rng.choice([5, 10, 15, 20]) for _ in range(3)]
    w.line(0, f"minutes: {sum(activity_minutes) + rng.choice([0, 5, 10])}")

    objectives = [f"{w.slug()}-{number}" for number in range(1, 4)]
    w.line(0, "objectives:")
    for objective in objectives:
        w.line(2, f"- id: {objective}")
        w.line(4, f"text: {w.flow_text(3, 6)}")
    w.line(0, "key_points:")
    for _ in range(2):
        w.list_text(2, 4, 7)
    w.line(0, "materials:")
    for _ in range(2):
        w.line(2, f"- {w.flow_text(1, 3)}")

    w.line(0, "activities:")
    for number, minutes in enumerate(activity_minutes, start=1):
        w.line(2, f"- id: {w.slug(number)}")
        w.line(4, f"title: {w.flow_text(1, 3)}")
        w.line(4, f"minutes: {minutes}")
        w.line(4, f"kind: {rng.choice(ACTIVITY_KINDS)}")
        w.markdown(4, "steps", "steps")
        w.line(4, "media:")
        w.line(6, f"- path: media/{rng.choice(MEDIA)}.svg")
        w.line(8, f"alt: {w.flow_text(2, 4)}")
        if rng.random() < 0.35:
            w.markdown(4, "teacher_notes", "notes")
        w.markdown(4, "worksheet", "worksheet")

    w.line(0, "quiz:")
    w.line(2, f"pass_percent: {rng.choice([50, 60, 70])}")
    w.line(2, "questions:")
    for number, kind in enumerate(QUESTION_KINDS, start=1):
        question(w, rng, kind, f"{kind}-{number}", rng.choice(objectives))

    w.line(0, "sources:")
    for title, url, year in rng.sample(SOURCES, 2):
        w.line(2, f"- title: {title}")
        w.line(4, f"url: {url}")
        w.line(4, f"year: {year}")
    w.line(0, f"license: {rng.choice(LICENSES)}")
    w.line(0, "authors: [Daugavpils City Council, Suluova Municipality]")
    markdown = f"# {unit_id}\n\n" + "\n\n".join(w.english) + "\n"
    return "\n".join(w.lines) + "\n", markdown


def question(w, rng, kind, question_id, objective):
    w.line(4, f"- id: {question_id}")
    w.line(6, f"kind: {kind}")
    w.line(6, f"assesses: {objective}")
    w.line(6, f"prompt: {w.flow_text(2, 5)}")
    if kind in ("single", "multiple"):
        count = rng.randint(2, 3)
        correct = {0} if kind == "single" else set(rng.sample(range(count), rng.randint(1, count - 1)))
        w.line(6, "options:")
        for index in range(count):
            flag = ", correct: true" if index in correct else ""
            w.line(8, f"- {{text: {w.flow_text(1, 2)}{flag}}}")
    elif kind == "truefalse":
        w.line(6, f"answer: {rng.choice(['true', 'false'])}")
    elif kind == "numeric":
        w.line(6, f"answer: {rng.randint(1, 500)}")
        w.line(6, f"tolerance: {rng.choice([0, 1, 5])}")
    elif kind == "short":
        w.line(6, "answers:")
        for language in LANGUAGES:
            w.line(8, f"{language}: {w.flow_words(language, 1)}")
    elif kind == "order":
        w.line(6, "items:")
        for _ in range(3):
            w.line(8, f"- {w.flow_text(1, 2)}")
    elif kind == "match":
        w.line(6, "pairs:")
        for _ in range(2):
            w.line(8, f"- left: {w.flow_text(1, 2)}")
            w.line(10, f"right: {w.flow_text(1, 2)}")
    elif kind == "sort":
        categories = ["paper", "glass"]
        w.line(6, "categories:")
        for category in categories:
            w.line(8, f"{category}: {{en: {category.title()}, lv: {'Papīrs' if category == 'paper' else 'Stikls'}, "
                      f"tr: {'Kâğıt' if category == 'paper' else 'Cam'}}}")
        w.line(6, "items:")
        for _ in range(2):
            w.line(8, f"- {{text: {w.flow_text(1, 2)}, category: {rng.choice(categories)}}}")
    if rng.random() < 0.25:
        w.line(6, f"explanation: {w.flow_text(3, 6)}")


def media_svg(name, index):
    colours = ["#2e7d32", "#1565c0", "#f9a825", "#6d4c41", "#00838f", "#ad1457", "#558b2f", "#4527a0"]
    bars = "".join(
        f'<rect x="{20 + i * 40}" y="{140 - (i * 17 + index * 9) % 100}" width="30" '
        f'height="{(i * 17 + index * 9) % 100 + 20}" fill="{colours[(i + index) % len(colours)]}"/>'
        for i in range(6)
    )
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 280 180" width="280" height="180">'
            f'<title>{name}</title>{bars}</svg>\n')


def generate(units, seed, out, markdown_units):
    rng = random.Random(seed)
    os.makedirs(os.path.join(out, "media"), exist_ok=True)
    for index, name in enumerate(MEDIA):
        with open(os.path.join(out, "media", f"{name}.svg"), "w", encoding="utf-8") as handle:
            handle.write(media_svg(name, index))
    total = 0
    ids, english = [], []
    for number in range(1, units + 1):
        topic = TOPICS[number % len(TOPICS)]
        unit_id = f"{topic}-{rng.choice(SLUG_WORDS)}-{number:05d}"
        folder = os.path.join(out, "lessons", topic)
        os.makedirs(folder, exist_ok=True)
        text, markdown = unit_yaml(rng, unit_id, topic)
        data = text.encode("utf-8")
        if number <= markdown_units:
            ids.append(unit_id)
            english.append(markdown)
        total += len(data)
        with open(os.path.join(folder, f"{unit_id}.yaml"), "wb") as handle:
            handle.write(data)
    if markdown_units:
        # The first units' ids (for `pack build --lesson`) and their English text as one Markdown document.
        with open(os.path.join(out, f"first-{markdown_units}.ids"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(ids) + "\n")
        with open(os.path.join(out, f"first-{markdown_units}.md"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(english))
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=10000, help="how many lesson units (default 10000)")
    parser.add_argument("--seed", type=int, default=2024, help="random seed (default 2024)")
    parser.add_argument("--out", required=True, help="workspace folder to write (lessons/ and media/ inside)")
    parser.add_argument("--markdown-units", type=int, default=100,
                        help="also write the first N units' ids and English text as Markdown (default 100)")
    args = parser.parse_args()
    if args.units < 1:
        parser.error("--units must be at least 1")
    total = generate(args.units, args.seed, args.out, min(args.markdown_units, args.units))
    print(f"wrote {args.units} units, {total / 1e6:.1f} MB of YAML ({total / args.units / 1000:.1f} KB per unit) "
          f"to {args.out}")


if __name__ == "__main__":
    main()
