"""Open the report of a sample run in a real headless Chromium (Debian's package).

Asserts what a person would check: the page loads with no console error (a CSP
violation or a failed load would be one), the plots are drawn, the viewer opens and
shows struck-through spans, and the XSS probes planted in the crawled text stay text.
No skipping: without Chromium this fails and says how to install it.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jinglian.report import render_document_html

from cdp import INSTALL_HINT, Browser, find_chromium
from sample_run import XSS_IMG, XSS_SCRIPT, make_sample_run

NOT_EXECUTED = "typeof window.__xss === 'undefined'"
STRUCK = """(() => {
  const root = %s;
  return Array.from(root.querySelectorAll('del')).filter(d =>
    /\\brc\\d+\\b/.test(d.className) && d.getBoundingClientRect().width > 0 &&
    getComputedStyle(d).textDecorationLine.includes('line-through')).map(d => d.title);
})()"""


@pytest.fixture(scope="module")
def browser():
    exe = find_chromium()
    if exe is None:
        pytest.fail(INSTALL_HINT)
    try:
        b = Browser(exe)
    except (TimeoutError, ConnectionError, OSError, StopIteration) as exc:
        pytest.fail(f"{exe} did not start under the DevTools pipe ({exc!r}). {INSTALL_HINT}")
    with b:
        yield b


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    return make_sample_run(tmp_path_factory.mktemp("browser"))


def test_report_loads_draws_plots_and_opens_the_viewer(browser, run_dir):
    browser.events.clear()
    browser.open((run_dir / "report.html").as_uri())
    assert browser.evaluate("document.documentElement.dataset.ready") == "1"  # our script ran to the end
    drawn = browser.evaluate("""Array.from(document.querySelectorAll('svg.chart')).filter(s =>
        s.getBoundingClientRect().width > 200 && s.querySelectorAll('rect[height]:not(.hover), polygon').length > 2).length""")
    assert drawn >= 7
    # open the viewer of the dropped probe document from its example card
    link = browser.evaluate("""(() => {
        const v = Array.from(document.querySelectorAll('.viewer')).find(v => v.querySelector('h3').textContent.includes('doc-xss-dropped'));
        const a = document.querySelector('a.view[href="#' + v.id + '"]');
        a.click();
        return v.id; })()""")
    assert browser.evaluate(f"getComputedStyle(document.getElementById('{link}')).display") == "flex"
    titles = browser.evaluate(STRUCK % f"document.getElementById('{link}')")
    assert titles and all(t.startswith("sample.site_chrome (step sample.lines)") for t in titles)
    text = browser.evaluate(f"document.getElementById('{link}').innerText")
    assert XSS_SCRIPT in text and XSS_IMG in text  # shown as text
    browser.evaluate("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))")
    assert browser.evaluate(f"getComputedStyle(document.getElementById('{link}')).display") == "none"
    assert browser.evaluate(NOT_EXECUTED)
    assert browser.evaluate("document.images.length") == 0
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.errors() == []


def test_document_page_strikes_spans_and_keeps_probes_inert(browser, run_dir, tmp_path):
    page = tmp_path / "doc-xss-kept.html"
    page.write_text(render_document_html(run_dir, "doc-xss-kept"), encoding="utf-8")
    browser.events.clear()
    browser.open(page.as_uri())
    titles = browser.evaluate(STRUCK % "document")
    assert titles == ["sample.site_chrome (step sample.lines)"]
    body = browser.evaluate("document.body.innerText")
    assert XSS_SCRIPT in body and XSS_IMG in body and "https://evil.example/<script>window.__xss=3</script>" in body
    assert browser.evaluate(NOT_EXECUTED)
    assert browser.evaluate("document.images.length") == 0
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.errors() == [], json.dumps(browser.errors(), ensure_ascii=False)
