#!/usr/bin/env python3
"""Writes a CSV of paper quiz answers for `ecolearn quiz score`, as typed in from printed papers.

The papers are the variant of `--variant` (a seed, as `ecolearn quiz score --seed` takes it, or `file-order`),
so letters are the ones printed on that variant: the variant is drawn here exactly as
Sources/EcoLearn/Quiz/QuizVariant+Drawing.swift draws it (SplitMix64 seeded with the seed xor the FNV-1a hash of the
unit id, questions first, then each presented question's parts, Fisher-Yates from the back).

Every cell is what a person types from a paper: mostly the right answer, a few percent a wrong (but readable)
answer or a blank cell, in the spellings people use (lower-case letters, `A C` for several letters, `2,5` for
a decimal comma, `J`/`D` for true in Latvian and Turkish). With `--invalid` a share of cells is unreadable
(the file then needs `--skip-bad-rows`). Respondent names are unique and mix Latvian, Turkish and English
names with a comma, so the CSV holds quoted cells. The same arguments always write the same bytes.

    python3 Benchmarks/generate_responses.py --unit-file lessons/waste/waste-hierarchy.yaml \
        --count 100000 --seed 1 --variant 2024 --out /tmp/responses.csv
    ecolearn quiz score waste-hierarchy /tmp/responses.csv --seed 2024 --library .
"""

import argparse
import random
import sys

import yaml

MASK = (1 << 64) - 1


class SplitMix64:
    """The generator of Quiz/SplitMix64.swift, bounded draws and shuffle included."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, bound):
        threshold = MASK - MASK % bound
        while True:
            value = self.next()
            if value < threshold:
                return value % bound

    def permutation(self, count):
        indices = list(range(count))
        for last in range(count - 1, 0, -1):
            other = self.below(last + 1)
            if other != last:
                indices[other], indices[last] = indices[last], indices[other]
        return indices


def stable_hash(text):
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value ^= byte
        value = (value * 0x100000001B3) & MASK
    return value


def shuffled_count(question):
    kind = question["kind"]
    if kind in ("single", "multiple"):
        return len(question["options"])
    if kind == "order":
        return len(question["items"])
    if kind == "match":
        return len(question["pairs"])
    if kind == "sort":
        return len(question["items"])
    return 0


def variant(unit, seed):
    """[(question, option_order)] as printed on the papers of `seed` (None: file order)."""
    questions = unit["quiz"]["questions"]
    if seed is None:
        return [(q, list(range(shuffled_count(q)))) for q in questions]
    generator = SplitMix64(seed ^ stable_hash(unit["id"]))
    drawn = generator.permutation(len(questions))
    return [(questions[i], generator.permutation(shuffled_count(questions[i]))) for i in drawn]


def letter(index):
    number, text = index + 1, ""
    while number > 0:
        number -= 1
        text = chr(65 + number % 26) + text
        number //= 26
    return text


def position(order, written):
    return order.index(written)


def correct_letters(question, order):
    """The right answer as letters or values, in printed terms (one list entry per letter or the value)."""
    kind = question["kind"]
    if kind in ("single", "multiple"):
        return [letter(p) for p, w in enumerate(order) if question["options"][w].get("correct")]
    if kind in ("order", "match"):
        count = len(question["items"] if kind == "order" else question["pairs"])
        return [letter(position(order, w)) for w in range(count)]
    if kind == "sort":
        categories = list(question["categories"].keys())
        return [letter(categories.index(question["items"][w]["category"])) for w in order]
    raise ValueError(kind)


def choice_count(question, order):
    return len(question["categories"]) if question["kind"] == "sort" else len(order)


def cell(question, order, rng, wrong):
    """One typed cell: the right answer, or (when `wrong`) a readable wrong one."""
    kind = question["kind"]
    if kind == "truefalse":
        value = question["answer"] != wrong
        return rng.choice(["T", "t", "true", "J", "D"] if value else ["F", "f", "false", "N", "Y"])
    if kind == "numeric":
        value = float(question["answer"]) + (rng.choice([-3, -1, 1, 2, 5]) if wrong else 0)
        text = f"{value:g}"
        return text.replace(".", ",") if rng.random() < 0.3 else text
    if kind == "short":
        answers = question["answers"]
        language = rng.choice(sorted(answers.keys()))
        return rng.choice(["maybe", "I don't know", "nezinu"]) if wrong else rng.choice(answers[language])
    letters = correct_letters(question, order)
    count = choice_count(question, order)
    if wrong:
        if kind == "single":
            others = [letter(i) for i in range(count) if letter(i) not in letters]
            letters = [rng.choice(others or letters)]
        elif kind == "multiple":
            letters = sorted(rng.sample([letter(i) for i in range(count)], rng.randint(1, count)))
        elif kind == "order":
            rng.shuffle(letters)
        else:
            letters = list(letters)
            spot = rng.randrange(len(letters))
            letters[spot] = rng.choice([letter(i) for i in range(count)] + ["-"])
    text = (" " if kind == "multiple" and rng.random() < 0.3 else "").join(letters)
    return text.lower() if rng.random() < 0.1 else text


SURNAMES = [
    "Bērziņa", "Kalniņš", "Ozola", "Liepiņš", "Jansons", "Vītola", "Yılmaz", "Kaya", "Demir", "Şahin",
    "Çelik", "Öztürk", "Smith", "Jones", "O'Brien", "Taylor", "Brown", "Žagars", "Ābele", "Güneş",
]
INITIALS = ["A", "I", "Ē", "K", "M", "Ş", "Ö", "J", "L", "Z"]


def quoted(text):
    if any(c in text for c in ',";\n\r') or text.startswith(" ") or text.endswith(" "):
        return '"' + text.replace('"', '""') + '"'
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--unit-file", required=True, help="a unit YAML file with a quiz")
    parser.add_argument("--count", type=int, default=100_000, help="respondents (rows)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the answers and names")
    parser.add_argument("--variant", default="2024", help="the papers' variant seed, or file-order")
    parser.add_argument("--wrong", type=float, default=0.05, help="share of cells answered wrong")
    parser.add_argument("--blank", type=float, default=0.03, help="share of cells left blank")
    parser.add_argument("--invalid", type=float, default=0.0, help="share of cells that cannot be read")
    parser.add_argument("--out", required=True, help="the CSV file to write (- for standard output)")
    args = parser.parse_args()

    with open(args.unit_file, encoding="utf-8") as handle:
        unit = yaml.safe_load(handle)
    if not unit.get("quiz", {}).get("questions"):
        sys.exit(f"{args.unit_file}: the unit has no quiz questions")
    papers = variant(unit, None if args.variant == "file-order" else int(args.variant))
    rng = random.Random(args.seed)

    lines = ["respondent," + ",".join(q["id"] for q, _ in papers)]
    for row in range(args.count):
        name = f"{rng.choice(SURNAMES)}, {rng.choice(INITIALS)}. {row + 1}"
        cells = [quoted(name)]
        for question, order in papers:
            draw = rng.random()
            if draw < args.invalid:
                cells.append("?!")
            elif draw < args.invalid + args.blank:
                cells.append("")
            else:
                cells.append(quoted(cell(question, order, rng, draw < args.invalid + args.blank + args.wrong)))
        lines.append(",".join(cells))
    text = "\n".join(lines) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
