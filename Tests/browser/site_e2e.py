#!/usr/bin/env python3
"""End-to-end test of `ecolearn site build` in headless Chromium, driven by Selenium.

Usage: site_e2e.py ECOLEARN [--screenshots DIR]

Builds the site of the shipped library (lessons/ at the repository's root) into a temporary folder and opens it
from file:// at a phone's size (412 x 915). Checks that axe-core finds no serious or critical violation on the
language choice, the three home pages and a unit page in each language; that the filters and the search work
(diacritics folded, no match, reset) and that without JavaScript the home page is the complete list; that no
page is wider than the phone's screen; and, from Chromium's network log (the performance log), that every
request the pages make stays inside the site's folder. With --screenshots, saves a unit page and a home page.
Prints 'N passed, N failed' and exits non-zero on any failure.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
UNIT = "composting-basics"
PASSED, FAILED = 0, 0


def check(condition, what):
    global PASSED, FAILED
    if condition:
        PASSED += 1
    else:
        FAILED += 1
        print(f"FAILED: {what}", flush=True)


def browser(javascript=True, size="412,915"):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={size}",
                     "--disable-gpu", "--lang=en", "--allow-file-access-from-files"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    binary = shutil.which("chromium")
    if binary:
        options.binary_location = binary
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    driver.implicitly_wait(0)
    return driver


def requests(driver):
    """Every URL the page asked for since the last call, from Chromium's performance log."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def axe_problems(driver, page):
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    for violation in bad:
        nodes = ", ".join(n["target"][0] for n in violation["nodes"][:3])
        print(f"  axe {page}: {violation['id']} ({violation['impact']}): {violation['help']} at {nodes}", flush=True)
    return bad


def visible_units(driver):
    return [li.get_attribute("data-unit") for li in driver.find_elements(By.CSS_SELECTOR, "#units > li")
            if li.is_displayed()]


def search(driver, text):
    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(text)
    return visible_units(driver)


def main():
    args = sys.argv[1:]
    screenshots = None
    if "--screenshots" in args:
        at = args.index("--screenshots")
        screenshots = args[at + 1]
        del args[at:at + 2]
    ecolearn = os.path.abspath(args[0])
    work = tempfile.mkdtemp(prefix="site-e2e-")
    site = os.path.join(work, "site")
    built = subprocess.run([ecolearn, "site", "build", "--library", ROOT, "-o", site], capture_output=True, text=True)
    check(built.returncode == 0, f"site build exits 0 (got {built.returncode}: {built.stderr})")
    base = "file://" + site + "/"
    units = sorted(name[:-5] for name in os.listdir(os.path.join(site, "en"))
                   if name.endswith(".html") and name != "index.html")
    driver = browser()
    try:
        pages = ["index.html", "en/index.html", "lv/index.html", "tr/index.html"]
        pages += [f"{language}/{UNIT}.html" for language in ("en", "lv", "tr")]
        for page in pages:
            driver.get(base + page)
            urls = requests(driver)
            outside = [u for u in urls if not u.startswith(base)]
            check(urls and not outside, f"{page}: every request stays in the site (outside: {outside[:5]})")
            check(not axe_problems(driver, page), f"{page}: no serious or critical axe violation")
            after = requests(driver)
            check(all(u.startswith(base) for u in after), f"{page}: axe made no request outside ({after[:3]})")
            width = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            check(width <= 0, f"{page}: fits a phone's width (wider by {width}px)")

        driver.get(base + "en/index.html")
        requests(driver)
        form = driver.find_element(By.ID, "filters")
        check(form.is_displayed(), "en: the filter form is shown when JavaScript runs")
        count = driver.find_element(By.ID, "count")
        check(count.text == f"Lessons found: {len(units)} of {len(units)}", f"en: initial count ({count.text})")
        found = search(driver, "compost")
        check(UNIT in found and "e-waste" not in found, f"en: 'compost' finds {UNIT}, not e-waste ({found})")
        check(count.text == f"Lessons found: {len(found)} of {len(units)}", f"en: count after search ({count.text})")
        found = search(driver, "zzqxj")
        check(found == [] and count.text == "No lesson matches. Try fewer words or show all.",
              f"en: no match ({found}, {count.text})")
        driver.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
        check(len(visible_units(driver)) == len(units), "en: 'Show all' shows every unit again")
        Select(driver.find_element(By.ID, "topic")).select_by_value("composting")
        found = visible_units(driver)
        check(UNIT in found and 0 < len(found) < len(units), f"en: topic composting ({found})")
        Select(driver.find_element(By.ID, "minutes")).select_by_value("30")
        check(visible_units(driver) == [], f"en: composting within 30 min ({visible_units(driver)})")
        driver.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
        Select(driver.find_element(By.ID, "audience")).select_by_value("municipal")
        municipal = visible_units(driver)
        check("household-waste-for-municipalities" in municipal and UNIT not in municipal,
              f"en: audience municipal ({municipal})")
        driver.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
        driver.find_element(By.ID, "age").send_keys("10")
        young = visible_units(driver)
        check(UNIT in young and "household-waste-for-municipalities" not in young and len(young) < len(units),
              f"en: age 10 ({young})")
        driver.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
        Select(driver.find_element(By.ID, "language")).select_by_value("lv")
        check(len(visible_units(driver)) == len(units), "en: every shipped unit is available in Latvian")
        check(not [u for u in requests(driver) if not u.startswith(base)], "en: filtering made no request outside")

        driver.get(base + "lv/index.html")
        with_marks = search(driver, "šķirošana")
        without = search(driver, "SKIROSANA")
        check(with_marks and with_marks == without, f"lv: 'šķirošana' and 'SKIROSANA' find the same ({with_marks})")
        check(driver.find_element(By.ID, "count").text.startswith("Atrastās nodarbības: "), "lv: count in Latvian")
        driver.get(base + "tr/index.html")
        with_marks = search(driver, "Çöp")
        without = search(driver, "cop")
        check(with_marks and with_marks == without, f"tr: 'Çöp' and 'cop' find the same ({with_marks})")
        dotted = search(driver, "İKLİM")
        check("climate-basics" in dotted and dotted == search(driver, "iklim"), f"tr: 'İKLİM' as 'iklim' ({dotted})")

        if screenshots:
            os.makedirs(screenshots, exist_ok=True)
            driver.set_window_size(1024, 1500)
            driver.get(base + f"en/{UNIT}.html")
            driver.save_screenshot(os.path.join(screenshots, "site-unit-page.png"))
            driver.get(base + "lv/index.html")
            search(driver, "kompost")
            driver.save_screenshot(os.path.join(screenshots, "site-home-lv.png"))
    finally:
        driver.quit()

    plain = browser(javascript=False)
    try:
        plain.get(base + "en/index.html")
        check(not plain.find_element(By.ID, "filters").is_displayed(), "no JS: the filter form stays hidden")
        check(len(visible_units(plain)) == len(units), "no JS: the home page lists every unit")
        check(plain.find_element(By.ID, "count").text == f"Lessons: {len(units)} Every lesson is listed below.",
              f"no JS: count ({plain.find_element(By.ID, 'count').text})")
    finally:
        plain.quit()
    shutil.rmtree(work, ignore_errors=True)
    print(f"{PASSED} passed, {FAILED} failed")
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
