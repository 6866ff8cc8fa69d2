#!/usr/bin/env python3
"""Writes the participation and quiz data for the benchmarks, with a fixed seed (Python 3 standard library only).

    events     events.csv: EVENTS events (code, date, town, country, kind, title, audience, lessons, language,
               headcount), lessons drawn from the unit ids in --lessons
    attendance attendance.csv: ROWS sign-in rows spread evenly over the events, each event with distinct
               participants drawn from PARTICIPANTS pseudonymous keys (details fixed per key)
    responses  responses.csv: RESPONSES paper quiz answers for a generated unit (questions single-1 ... sort-8
               of Benchmarks/generate_library.py), in file order (no seed)

    python3 Benchmarks/generate_records.py --out DIR --lessons IDS --events 20000 --rows 1000000 --responses 100000
"""

import argparse
import csv
import os
import random

TOWNS = [("Daugavpils", "LV"), ("Rīga", "LV"), ("Jēkabpils", "LV"), ("Krāslava", "LV"), ("Suluova", "TR"),
         ("Amasya", "TR"), ("Merzifon", "TR"), ("Gümüşhacıköy", "TR")]
KINDS = ["lesson", "seminar", "workshop", "study-visit", "public-action"]
AUDIENCES = ["school", "ngo", "municipal", "public"]
AGE_BANDS = ["15-24", "25-34", "35-44", "45-54", "55-64", "65+"]
GENDERS = ["female", "male", "other", ""]
ORGANISATIONS = ["Daugavpils City Council", "Suluova Belediyesi", "Zaļā josta", "Amasya Çevre Derneği", ""]
TITLES = ["Atkritumu šķirošana mājās", "Sıfır atık semineri", "Composting workshop", "Upes krasta talka",
          "Geri dönüşüm atölyesi", "Study visit to the sorting plant"]
SHORT_ANSWERS = ["glass", "stikls", "cam", "compost", "kompost", "paper"]


def write_events(path, rng, events, lessons):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["code", "date", "town", "country", "kind", "title", "audience", "lessons", "language",
                      "headcount"])
        for number in range(1, events + 1):
            town, country = rng.choice(TOWNS)
            year = 2019 + number * 7 // events
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            chosen = " ".join(rng.sample(lessons, rng.randint(0, 2))) if lessons else ""
            out.writerow([f"E{number:05d}", date, town, country, rng.choice(KINDS), rng.choice(TITLES),
                          rng.choice(AUDIENCES), chosen, "lv" if country == "LV" else "tr", rng.randint(0, 60)])


def participant_details(key_number):
    """A participant's details depend only on the key, so every sheet agrees."""
    country = "LV" if key_number % 2 else "TR"
    return [f"{country}-{key_number:06d}", ORGANISATIONS[key_number % len(ORGANISATIONS)],
            AGE_BANDS[key_number % len(AGE_BANDS)], GENDERS[key_number // 7 % len(GENDERS)],
            "international" if key_number % 11 == 0 else "local",
            "yes" if key_number % 3 else "no", "yes" if key_number % 5 else "no"]


def write_attendance(path, rng, events, rows, participants):
    details = [participant_details(number) for number in range(participants)]
    per_event, extra = divmod(rows, events)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["event", "participant", "organisation", "age band", "gender", "origin", "consent listing",
                      "consent photos"])
        for number in range(1, events + 1):
            count = per_event + (1 if number <= extra else 0)
            code = f"E{number:05d}"
            for key_number in rng.sample(range(participants), count):
                out.writerow([code] + details[key_number])


def write_responses(path, rng, responses):
    questions = ["single-1", "multiple-2", "truefalse-3", "numeric-4", "short-5", "order-6", "match-7", "sort-8"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["respondent"] + questions)
        for number in range(1, responses + 1):
            # Letters A and B exist in every generated question (2 or 3 options, 3 order items, 2 pairs, 2 categories).
            out.writerow([
                f"R{number:06d}", rng.choice("AB"), rng.choice(["A", "B", "AB"]), rng.choice("TF"),
                str(rng.randint(1, 500)), rng.choice(SHORT_ANSWERS), rng.choice(["ABC", "BAC", "CBA", "ACB"]),
                rng.choice(["AB", "BA"]), rng.choice(["AA", "AB", "BA", "BB"]),
            ])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder to write the CSV files into")
    parser.add_argument("--lessons", help="file of unit ids (one a line) that events may name")
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--rows", type=int, default=1000000, help="attendance rows")
    parser.add_argument("--participants", type=int, default=100000)
    parser.add_argument("--responses", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    if args.rows > args.events * args.participants:
        parser.error("more rows than event-participant pairs")
    os.makedirs(args.out, exist_ok=True)
    lessons = []
    if args.lessons:
        with open(args.lessons, encoding="utf-8") as handle:
            lessons = [line.strip() for line in handle if line.strip()]
    write_events(os.path.join(args.out, "events.csv"), random.Random(args.seed), args.events, lessons)
    write_attendance(os.path.join(args.out, "attendance.csv"), random.Random(args.seed + 1), args.events, args.rows,
                     args.participants)
    write_responses(os.path.join(args.out, "responses.csv"), random.Random(args.seed + 2), args.responses)
    print(f"wrote {args.events} events, {args.rows} attendance rows, {args.responses} quiz responses to {args.out}")


if __name__ == "__main__":
    main()
