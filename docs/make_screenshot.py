"""Regenerate docs/seed-graph.png, the README's picture of the seed reply's graph page.

Run from anywhere: ``python docs/make_screenshot.py``.  Needs Debian's chromium and
chromium-driver, plus fonts-noto-cjk (without a CJK font the labels render as boxes).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.pipeline import ingest  # noqa: E402 - needs ROOT on sys.path when run as a script
from kg.store import GraphStore  # noqa: E402
from kg.viz import write_graph_page  # noqa: E402

OUTPUT = ROOT / "docs" / "seed-graph.png"
WIDTH, HEIGHT = 1400, 900


def open_chromium(profile: Path) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", f"--user-data-dir={profile}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # The viewport itself, not the window: headless window sizes include invisible browser chrome.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
    return driver


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        with GraphStore(work / "store") as store:
            report = ingest(sorted((ROOT / "tests" / "fixtures" / "corpus").glob("000_*.txt")), store)
            if report.failed:
                sys.exit(report.failed[0].reason)
            result = write_graph_page(store, work / "seed.html")
        driver = open_chromium(work / "profile")
        try:
            driver.get(result.path.as_uri())
            WebDriverWait(driver, 90).until(lambda d: d.execute_script("return document.body.dataset.stabilized === 'true'"))
            time.sleep(1)  # let the final fit() redraw land before the picture is taken
            driver.save_screenshot(str(OUTPUT))
        finally:
            driver.quit()
    print(f"{OUTPUT}: {result.nodes} nodes, {result.edges} edges")


if __name__ == "__main__":
    main()
