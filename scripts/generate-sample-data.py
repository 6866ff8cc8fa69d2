#!/usr/bin/env python3
"""Writes the sample participation data of the project year into samples/.

The Daugavpils (Latvia) - Suluova and Amasya (Turkiye) town-twinning project, 15 Jan 2019 to 15 Jan 2020:
seminars for municipal staff and NGOs (listed participants on sign-in sheets), school lessons (headcounts by
gender, age band and origin: children are never listed), public actions (headcounts), and study visits.

The same seed gives the same files, byte for byte:

    python3 scripts/generate-sample-data.py            # writes samples/events.csv and samples/attendance.csv
    python3 scripts/generate-sample-data.py --seed 7   # another year, same shape

events.csv is written the way a spreadsheet in Latvia saves it: semicolons, DD.MM.YYYY dates, a UTF-8 BOM.
attendance.csv uses commas and ISO dates. Both are what `ecolearn events import` and `ecolearn attendance
import` read.

It also writes pre- and post-test answer sheets typed from paper (samples/quiz/), for the first school lesson
of each of two units, in the format `ecolearn quiz score UNIT FILE --save --event CODE --phase pre|post`
reads. Their answer keys come from the shipped units (lessons/), read with PyYAML; only single, multiple and
true/false questions are answered, the others are left blank.
"""

import argparse
import datetime
import os
import random

START = datetime.date(2019, 1, 15)
END = datetime.date(2020, 1, 15)

TOWNS = {
    "Daugavpils": ("Latvia", "lv", "DGP"),
    "Suluova": ("Türkiye", "tr", "SUL"),
    "Amasya": ("Türkiye", "tr", "AMA"),
}

SCHOOL_LESSONS = {
    "Latvia": ["sorting-at-home-latvia", "waste-hierarchy", "composting-basics", "deposit-return", "food-waste",
               "e-waste", "water-at-home-and-school", "climate-basics"],
    "Türkiye": ["sifir-atik-turkiye", "waste-hierarchy", "plastics-and-single-use", "food-waste",
                "water-at-home-and-school", "air-quality", "composting-basics", "climate-basics"],
}
SEMINAR_LESSONS = ["circular-economy", "landfill-and-methane", "hazardous-household-waste", "waste-hierarchy",
                   "textiles-repair-reuse", "deposit-return", "composting-basics", "air-quality", "climate-basics"]
ACTION_LESSON = "running-a-clean-up-or-swap-event"
TITLES = {
    "sorting-at-home-latvia": "Sorting waste at home", "waste-hierarchy": "The waste hierarchy",
    "composting-basics": "Composting basics", "deposit-return": "Bottles and cans with a deposit",
    "food-waste": "Food waste", "e-waste": "Old phones and batteries", "water-at-home-and-school": "Water at home and school",
    "climate-basics": "Climate basics", "sifir-atik-turkiye": "Zero Waste (Sıfır Atık) at school",
    "plastics-and-single-use": "Plastics and single use", "air-quality": "Air quality",
}

ORGANISERS = {
    "Daugavpils": "Daugavpils City Council, Environment Department",
    "Suluova": "Suluova Municipality",
    "Amasya": "Amasya Municipality",
}
FACILITATORS = {
    "Latvia": ["I. Bērziņa", "J. Kalniņš", "A. Ozola"],
    "Türkiye": ["A. Yılmaz", "E. Demir", "S. Kaya"],
}
ORGANISATIONS = {
    "Latvia": ["Daugavpils City Council", "Daugavpils Water", "Latgale Green NGO", "Daugavpils University",
               "Zaļā Daugava", "Youth Centre Jaunība"],
    "Türkiye": ["Suluova Municipality", "Amasya Municipality", "Yeşil Amasya Derneği", "Suluova Public Education Centre",
                "Amasya University", "Yeşilırmak Youth Association"],
}
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]


def people(rng, country, prefix, count):
    """A pool of adults who may sign in, with stable pseudonymous keys."""
    pool = []
    for number in range(1, count + 1):
        pool.append({
            "key": f"{prefix}-{number:04d}",
            "organisation": rng.choice(ORGANISATIONS[country]),
            "age band": rng.choices(AGE_BANDS, weights=[2, 5, 6, 5, 3, 1])[0],
            "gender": rng.choices(["female", "male", ""], weights=[56, 41, 3])[0],
            "origin": "local",
            "consent listing": rng.choices(["yes", "no"], weights=[9, 1])[0],
            "consent photos": rng.choices(["yes", "no"], weights=[7, 3])[0],
        })
    return pool


def days(rng, count, months=None):
    """Distinct working days in the project year, sorted."""
    chosen = set()
    while len(chosen) < count:
        day = START + datetime.timedelta(days=rng.randrange((END - START).days + 1))
        if day.weekday() < 5 and (months is None or day.month in months):
            chosen.add(day)
    return sorted(chosen)


def school_headcount(rng):
    size = rng.randint(16, 29)
    female = rng.randint(size // 2 - 3, size // 2 + 3)
    younger = rng.randint(0, size) if rng.random() < 0.3 else size
    return {"headcount": size, "female": female, "male": size - female, "local": size, "international": 0,
            "age 10-14": younger, "age 15-18": size - younger}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "samples"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pools = {"Latvia": people(rng, "Latvia", "LV", 90), "Türkiye": people(rng, "Türkiye", "TR", 110)}
    guests = people(rng, "Latvia", "INT", 12)  # partner experts from abroad (Lithuania, Georgia, ...)
    for guest in guests:
        guest.update(organisation=rng.choice(["Vilnius Waste Forum", "Tbilisi Green Schools", "Baltic Zero Waste"]),
                     origin="international")

    events = []
    sign_ins = []
    counters = {}

    def add(day, town, kind, title, audience, lessons, language=None, counts=None):
        country, town_language, prefix = TOWNS[town]
        counters[prefix] = counters.get(prefix, 0) + 1
        code = f"{prefix}-{counters[prefix]}"
        events.append({
            "code": code, "date": day, "town": town, "country": country, "kind": kind, "title": title,
            "audience": audience, "lessons": " ".join(lessons), "language": language or town_language,
            "organiser": ORGANISERS[town], "facilitator": rng.choice(FACILITATORS[country]), **(counts or {}),
        })
        return code

    for town, (country, _, _) in TOWNS.items():
        share = 1.0 if town == "Daugavpils" else 0.5
        for day in days(rng, int(20 * share)):
            lesson = rng.choice(SCHOOL_LESSONS[country])
            add(day, town, "lesson", f"School lesson: {TITLES[lesson]}", "school", [lesson],
                counts=school_headcount(rng))
        for day in days(rng, int(8 * share)):
            audience = rng.choice(["municipal", "ngo"])
            lessons = rng.sample(SEMINAR_LESSONS, rng.randint(1, 2))
            title = ("Household waste for municipal staff" if audience == "municipal"
                     else "Working with households: a seminar for NGOs")
            code = add(day, town, "seminar", title, audience, lessons)
            for person in rng.sample(pools[country], rng.randint(8, 24)) + rng.sample(guests, rng.randint(0, 2)):
                sign_ins.append({"event": code, **person})
        for day in days(rng, int(4 * share), months={4, 5, 6, 9, 10}):
            size = rng.randint(30, 140)
            female = rng.randint(size // 3, 2 * size // 3)
            add(day, town, "public-action", rng.choice(["Clean-up of the river bank", "Swap and repair day",
                                                        "Zero-waste market stall"]),
                "public", [ACTION_LESSON], counts={"headcount": size, "female": female, "male": size - female})
        for day in days(rng, int(3 * share)):
            code = add(day, town, "workshop", rng.choice(["Composting workshop", "Repair café", "Sorting trainers"]),
                       rng.choice(["ngo", "public"]), [rng.choice(["composting-basics", "textiles-repair-reuse",
                                                                   "e-waste"])])
            for person in rng.sample(pools[country], rng.randint(6, 14)):
                sign_ins.append({"event": code, **person})

    visit = days(rng, 1, months={5})[0]
    code = add(visit, "Suluova", "study-visit", "Daugavpils delegation visits Suluova's sorting facility", "municipal",
               ["waste-hierarchy"], language="en")
    for person in rng.sample(pools["Latvia"], 9):
        sign_ins.append({"event": code, **person})
    visit = days(rng, 1, months={9})[0]
    code = add(visit, "Daugavpils", "study-visit", "Suluova and Amasya delegation visits Daugavpils", "municipal",
               ["deposit-return"], language="en")
    for person in rng.sample(pools["Türkiye"], 11):
        sign_ins.append({"event": code, **person})

    events.sort(key=lambda event: (event["date"], event["code"]))
    renamed, numbers = {}, {}
    for event in events:
        prefix = event["code"].split("-")[0]
        numbers[prefix, event["date"].year] = numbers.get((prefix, event["date"].year), 0) + 1
        renamed[event["code"]] = f"{prefix}-{event['date'].year}-{numbers[prefix, event['date'].year]:03d}"
        event["code"] = renamed[event["code"]]
    for row in sign_ins:
        row["event"] = renamed[row["event"]]
    os.makedirs(args.out, exist_ok=True)
    columns = ["code", "date", "town", "country", "kind", "title", "audience", "lessons", "language", "organiser",
               "facilitator", "headcount", "female", "male", "local", "international", "age 10-14", "age 15-18"]
    with open(os.path.join(args.out, "events.csv"), "w", encoding="utf-8-sig", newline="") as out:
        out.write(";".join(columns) + "\r\n")
        for event in events:
            row = dict(event, date=event["date"].strftime("%d.%m.%Y"))
            out.write(";".join(quote(str(row.get(column, "")), ";") for column in columns) + "\r\n")
    sign_columns = ["event", "participant", "organisation", "age band", "gender", "origin", "consent listing",
                    "consent photos"]
    order = {event["code"]: index for index, event in enumerate(events)}
    sign_ins.sort(key=lambda row: (order[row["event"]], row["key"]))
    with open(os.path.join(args.out, "attendance.csv"), "w", encoding="utf-8", newline="") as out:
        out.write(",".join(sign_columns) + "\n")
        for row in sign_ins:
            row = dict(row, participant=row["key"])
            out.write(",".join(quote(str(row[column]), ",") for column in sign_columns) + "\n")
    sheets = write_quiz_sheets(rng, events, args.out)
    print(f"wrote {len(events)} events, {len(sign_ins)} sign-ins and {sheets} quiz sheets to {os.path.normpath(args.out)}")


QUIZ_UNITS = {"sorting-at-home-latvia": "lessons/waste/sorting-at-home-latvia.yaml",
              "sifir-atik-turkiye": "lessons/waste/sifir-atik-turkiye.yaml"}


def answer_key(path):
    """(question id, kind, correct cell, wrong cells) for the questions a sample sheet answers, in file order."""
    import yaml  # only needed for the quiz sheets

    with open(os.path.join(os.path.dirname(__file__), "..", path), encoding="utf-8") as source:
        unit = yaml.safe_load(source)
    key = []
    for question in unit["quiz"]["questions"]:
        kind = question["kind"]
        if kind == "truefalse":
            right = "T" if question["answer"] else "F"
            key.append((question["id"], right, ["F" if right == "T" else "T"]))
        elif kind in ("single", "multiple"):
            letters = "ABCDEFGH"[:len(question["options"])]
            right = "".join(letter for letter, option in zip(letters, question["options"]) if option.get("correct"))
            key.append((question["id"], right, [letter for letter in letters if letter not in right]))
        else:
            key.append((question["id"], None, []))
    return key


def write_quiz_sheets(rng, events, out):
    folder = os.path.join(out, "quiz")
    os.makedirs(folder, exist_ok=True)
    for stale in os.listdir(folder):
        if stale.endswith(".csv"):
            os.remove(os.path.join(folder, stale))
    written = 0
    for unit, path in QUIZ_UNITS.items():
        event = next(event for event in events if event["kind"] == "lesson" and unit in event["lessons"].split())
        key = answer_key(path)
        pupils = [f"{event['code']}-P{number:02d}" for number in range(1, event["headcount"] + 1)]
        for phase, chance in (("pre", 0.45), ("post", 0.8)):
            with open(os.path.join(folder, f"{event['code']}-{unit}-{phase}.csv"), "w", encoding="utf-8") as sheet:
                sheet.write(";".join(["respondent"] + [question for question, _, _ in key]) + "\n")
                for pupil in pupils:
                    cells = [right if right is None or rng.random() < chance else rng.choice(wrong)
                             for _, right, wrong in key]
                    sheet.write(";".join([pupil] + [cell or "" for cell in cells]) + "\n")
            written += 1
    return written


def quote(value, separator):
    if separator in value or '"' in value or "\n" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


if __name__ == "__main__":
    main()
