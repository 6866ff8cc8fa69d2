#!/usr/bin/env python3
"""End-to-end test of `ecolearn live` in headless Chromium, driven by Selenium.

Usage: live_e2e.py ECOLEARN [--screenshots DIR]

One host page and three player pages (en, lv, tr) play the fixture unit `sorting-at-home` (all eight kinds) with
results saved for a stored event; the Latvian player reloads its page in the middle of a question. The test
checks that the saved results and the downloaded CSV match what was clicked, that the CSV scores the same with
`ecolearn quiz score`, and that axe-core finds no serious or critical violation on the player and host pages.
Prints 'N passed, N failed' and exits non-zero on any failure.
"""

import csv
import io
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURE = os.path.join(ROOT, "Tests", "EcoLearnTests", "Fixtures", "quiz-workspace")
UNIT = "sorting-at-home"
PASSED, FAILED = 0, 0


def check(condition, what):
    global PASSED, FAILED
    if condition:
        PASSED += 1
    else:
        FAILED += 1
        print(f"FAILED: {what}", flush=True)


def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=412,915",
                     "--disable-gpu", "--lang=en"):
        options.add_argument(argument)
    binary = shutil.which("chromium")
    if binary:
        options.binary_location = binary
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    driver.implicitly_wait(0)
    return driver


def wait(driver, condition, seconds=15):
    return WebDriverWait(driver, seconds).until(condition)


def axe_problems(driver, page):
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    for violation in bad:
        print(f"  axe {page}: {violation['id']} ({violation['impact']}): {violation['help']}", flush=True)
    return bad


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def question_index(driver):
    text = driver.find_element(By.CSS_SELECTOR, "#screen p").text
    return int(re.search(r"\d+", text)[0]) - 1


def answer(driver, kind, strategy):
    """Answers the open question on a player page; returns the paper cell that the click means."""
    form = driver.find_element(By.CSS_SELECTOR, "#screen form")
    if kind in ("single", "multiple", "truefalse"):
        inputs = form.find_elements(By.CSS_SELECTOR, "input")
        picks = [0] if kind != "multiple" else ([0, 1] if strategy == "a" else [1])
        for i in picks:
            driver.find_element(By.CSS_SELECTOR, f"label[for='{inputs[i].get_attribute('id')}']").click()
        cell = "".join(inputs[i].get_attribute("value") for i in picks)
    elif kind == "numeric":
        cell = "10" if strategy == "a" else "12,5"
        typed = form.find_element(By.ID, "typed")
        if strategy == "c":
            # Words instead of a number: the server refuses it and the page says, in Turkish, what to type.
            typed.send_keys("yaklaşık 12")
            form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            wait(driver, EC.text_to_be_present_in_element((By.ID, "status"), "12 ya da 2,5 gibi bir sayı yazın."))
            check(True, "a numeric answer that is not a number is refused with a hint in the player's language")
            typed.clear()
        typed.send_keys(cell)
    elif kind == "short":
        cell = {"a": "compost", "b": "komposts", "c": "landfill"}[strategy]
        form.find_element(By.ID, "typed").send_keys(cell)
    elif kind == "order":
        count = len(form.find_elements(By.CSS_SELECTOR, "ol.order li"))
        letters = [chr(65 + i) for i in range(count)]
        if strategy != "a":
            form.find_elements(By.CSS_SELECTOR, "ol.order li")[0].find_element(By.CSS_SELECTOR, "button.down").click()
            letters[0], letters[1] = letters[1], letters[0]
        cell = "".join(letters)
    else:
        selects = form.find_elements(By.CSS_SELECTOR, "select")
        cell = ""
        for i, element in enumerate(selects):
            options = Select(element).options
            choice = 1 + (i % (len(options) - 1)) if strategy == "a" else 1
            Select(element).select_by_index(choice)
            cell += options[choice].get_attribute("value")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    return cell


def main():
    args = sys.argv[1:]
    screenshots = None
    if "--screenshots" in args:
        at = args.index("--screenshots")
        screenshots = args[at + 1]
        del args[at:at + 2]
    ecolearn = os.path.abspath(args[0])
    work = tempfile.mkdtemp(prefix="live-e2e-")
    library = os.path.join(work, "library")
    shutil.copytree(FIXTURE, library)
    db = os.path.join(work, "participation.sqlite")
    subprocess.run([ecolearn, "events", "add", "--library", library, "--db", db, "--code", "DGP-LIVE",
                    "--date", "2026-03-12", "--town", "Daugavpils", "--country", "LV", "--kind", "lesson",
                    "--title", "Sorting at home", "--audience", "school", "--lesson", UNIT],
                   check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [ecolearn, "live", UNIT, "--library", library, "--db", db, "--bind", "127.0.0.1", "--port", str(port),
         "--timer", "off", "--seed", "7", "--points", "accuracy", "--event", "DGP-LIVE", "--phase", "post"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    banner = ""
    while "Ctrl-C" not in banner:
        line = server.stdout.readline()
        if not line:
            raise SystemExit("ecolearn live stopped: " + server.stderr.read())
        banner += line
    pin = re.search(r"PIN\s+(\d{6})", banner)[1]
    host_url = re.search(r"(http://127\.0\.0\.1:\d+/host\?key=[0-9a-f]{32})", banner)[1]
    key = host_url.split("key=")[1]
    base = f"http://127.0.0.1:{port}"
    check(f"{base}/?pin={pin}" in banner, "the banner prints the join URL with the PIN")

    drivers = {}
    try:
        host = browser()
        host.set_window_size(1280, 900)
        drivers["host"] = host
        host.get(host_url)
        wait(host, EC.text_to_be_present_in_element((By.ID, "screen"), pin))
        players = {"a": "en", "b": "lv", "c": "tr"}
        names = {"a": "Anna", "b": "Jānis", "c": "Ayşe"}
        for strategy, language in players.items():
            driver = browser()
            drivers[strategy] = driver
            driver.get(f"{base}/?pin={pin}")
            wait(driver, EC.presence_of_element_located((By.ID, "name")))
            check(driver.find_element(By.ID, "pin").get_attribute("value") == pin, "the PIN is filled in from the QR code")
            if strategy == "a":
                check(not axe_problems(driver, "player join form"), "axe: player join form")
            Select(driver.find_element(By.ID, "language")).select_by_value(language)
            driver.find_element(By.ID, "name").send_keys(names[strategy])
            driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            wait(driver, lambda d: d.find_element(By.ID, "screen").text != "" and d.find_elements(By.ID, "name") == [])
            check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == language, f"lang is {language}")
        wait(host, EC.text_to_be_present_in_element((By.ID, "screen"), "Ayşe"))
        check(not axe_problems(host, "host lobby"), "axe: host lobby")
        if screenshots:
            host.save_screenshot(os.path.join(screenshots, "live-host-lobby.png"))

        clicked = {s: {} for s in players}
        kinds_seen = set()
        for number in range(8):
            host.find_element(By.TAG_NAME, "body").send_keys(Keys.SPACE)
            for strategy in players:
                driver = drivers[strategy]
                wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#screen form")
                     and question_index(d) == number)
            kind = drivers["a"].find_element(By.CSS_SELECTOR, "#screen form").get_attribute("data-kind")
            kinds_seen.add(kind)
            if number == 0:
                check(not axe_problems(drivers["a"], "player question"), "axe: player question")
                check(not axe_problems(host, "host question"), "axe: host question")
            if number == 3:
                # The Latvian phone reloads in the middle of the question and comes back to it.
                drivers["b"].refresh()
                wait(drivers["b"], lambda d: d.find_elements(By.CSS_SELECTOR, "#screen form") and question_index(d) == 3)
                check(True, "a reloaded page rejoins at the open question")
            if number == 3 and screenshots:
                drivers["a"].save_screenshot(os.path.join(screenshots, "live-player-question.png"))
                host.save_screenshot(os.path.join(screenshots, "live-host-question.png"))
            if kind == "truefalse":
                labels = [e.text for e in drivers["c"].find_elements(By.CSS_SELECTOR, "#screen .choice label")]
                check(labels == ["Doğru", "Yanlış"], f"true and false are words alone, without T and F: {labels}")
            for strategy in players:
                clicked[strategy][number] = answer(drivers[strategy], kind, strategy)
            for strategy in players:
                wait(drivers[strategy], EC.text_to_be_present_in_element(
                    (By.ID, "screen"), {"en": "Answer sent", "lv": "Atbilde nosūtīta", "tr": "Cevap gönderildi"}[players[strategy]]))
            if number == 1 and screenshots:
                drivers["b"].save_screenshot(os.path.join(screenshots, "live-player-answered.png"))
            wait(host, EC.text_to_be_present_in_element((By.ID, "answered"), "3 of 3"))
            host.find_element(By.TAG_NAME, "body").send_keys(Keys.SPACE)
            for strategy in players:
                wait(drivers[strategy], EC.presence_of_element_located((By.CSS_SELECTOR, "#screen .verdict")))
            wait(host, EC.presence_of_element_located((By.CSS_SELECTOR, ".bar")))
            if number == 0:
                check(not axe_problems(host, "host closed question"), "axe: host closed question")
                check(not axe_problems(drivers["c"], "player feedback"), "axe: player feedback")
                if screenshots:
                    host.save_screenshot(os.path.join(screenshots, "live-host-closed.png"))
                    drivers["c"].save_screenshot(os.path.join(screenshots, "live-player-feedback.png"))
        check(kinds_seen == {"single", "multiple", "truefalse", "numeric", "short", "order", "match", "sort"},
              f"all eight kinds were played (saw {sorted(kinds_seen)})")
        host.find_element(By.TAG_NAME, "body").send_keys(Keys.SPACE)
        for strategy in players:
            wait(drivers[strategy], EC.text_to_be_present_in_element(
                (By.ID, "screen"), {"en": "The quiz has ended", "lv": "Tests ir beidzies", "tr": "Sınav bitti"}[players[strategy]]))
        check(True, "every phone sees that the quiz has ended")
        score_lines = {"en": r"Your score: \d+ %", "lv": r"Jūsu rezultāts: \d+ %", "tr": r"Puanınız: %\d+"}
        for strategy, language in players.items():
            text = drivers[strategy].find_element(By.ID, "screen").text
            check(re.search(score_lines[language], text),
                  f"the {language} score is written as {language} writes a percentage: {text!r}")

        with urllib.request.urlopen(f"{base}/results.csv?key={key}") as response:
            table = list(csv.reader(io.StringIO(response.read().decode())))
        header, rows = table[0], {row[0]: row[1:] for row in table[1:]}
        check(header[0] == "respondent" and len(header) == 9, "the CSV has a column per question")
        for strategy in players:
            # A decimal comma is written as a point; every other cell is as clicked.
            check(rows.get(names[strategy]) == [clicked[strategy][n].replace(",", ".") for n in range(8)],
                  f"the CSV row of {names[strategy]} is what was clicked: {rows.get(names[strategy])} vs {clicked[strategy]}")
        host.get(f"{base}/results?key={key}")
        check(not axe_problems(host, "results page"), "axe: results page")
        if screenshots:
            host.save_screenshot(os.path.join(screenshots, "live-results.png"))
    finally:
        for driver in drivers.values():
            driver.quit()

    server.send_signal(signal.SIGINT)
    _, errors = server.communicate(timeout=30)
    check(server.returncode == 0, f"Ctrl-C ends the server cleanly (exit {server.returncode})")
    check("saved 3 post-test results for event DGP-LIVE" in errors, f"the results are saved: {errors.strip()}")
    csv_path = os.path.join(work, "live.csv")
    with open(csv_path, "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(table)
    scored = json.loads(subprocess.run(
        [ecolearn, "quiz", "score", UNIT, csv_path, "--library", library, "--seed", "7", "--format", "json"],
        check=True, capture_output=True, text=True).stdout)
    scored_percent = {r["respondent"]: round(r["percent"], 6) for r in scored["results"]}
    with sqlite3.connect(db) as connection:
        saved = {row[0]: round(row[1], 6) for row in connection.execute(
            "SELECT respondent, percent FROM quiz_result WHERE phase = 'post' AND unit_id = ?", (UNIT,))}
    check(set(saved) == set(names.values()), f"three results are stored: {saved}")
    # quiz score compares short answers in any language; each player typed an answer of their own language.
    check(saved == scored_percent, f"stored scores equal quiz score's scores of the CSV: {saved} vs {scored_percent}")
    print(f"{PASSED} passed, {FAILED} failed", flush=True)
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
