"""Browser tests of the embeddable web chat widget (bot/channels/webchat/static/).

Each test drives Debian's Chromium against tests/browser/fake_rasa_socketio.py. Screenshots go
to tests/browser/artifacts/.
"""

from __future__ import annotations

import json
import re
import time

import pytest

expect = pytest.importorskip(
    "playwright.sync_api",
    reason="BROWSER TESTS SKIPPED: the `playwright` Python package is missing "
    "(pip install -e '.[dev]').",
).expect

pytestmark = pytest.mark.browser

OFFLINE_TEXT = "Offline — trying to reconnect. If you need help now, press Get help now."
WIDGET = "#ipt-companion-webchat"

# Reads the focused element inside the widget's shadow root.
FOCUSED_JS = """() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return null;
  return { tag: el.tagName.toLowerCase(), cls: el.className, text: (el.textContent || '').trim(),
           label: el.getAttribute('aria-label') || '', id: el.id,
           outline: getComputedStyle(el).outlineStyle,
           outlineWidth: getComputedStyle(el).outlineWidth };
}"""


def open_demo(page, server, path="/webchat/"):
    page.goto(server.url + path)
    expect(page.locator(WIDGET)).to_be_attached()


def bot_messages(page):
    return page.locator(f"{WIDGET} .msg.bot:not(.typing) .bubble")


def user_messages(page):
    return page.locator(f"{WIDGET} .msg.user .bubble")


def wait_greeting(page):
    expect(page.get_by_role("button", name="Yes, let's check in")).to_be_enabled()


def local_storage(page) -> dict:
    return page.evaluate("() => Object.fromEntries(Object.entries(localStorage))")


def session_id(page, server) -> str | None:
    return local_storage(page).get(f"iptc:{server.url}:session")


def wait_until(fn, timeout=15.0, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = fn()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met in {timeout}s")


def test_embeds_with_one_script_tag(page, fake_rasa, shot):
    # A host page on another origin (localhost vs 127.0.0.1) whose only content is the tag.
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"http://localhost:{fake_rasa.port}/test/embed.html")
    body = page.locator("body").inner_html().strip()
    assert body == (
        f'<script src="{fake_rasa.url}/webchat/widget.js" data-server="{fake_rasa.url}" '
        'data-socket-path="/socket.io" defer=""></script>'
        '<div id="ipt-companion-webchat" style=""></div>'
    ), body
    wait_greeting(page)

    assert page.locator("script[src$='/webchat/widget.js']").count() == 1
    # CSS injected from the same base as the script, into the widget's shadow root.
    assert page.locator(f"{WIDGET} link[href='{fake_rasa.url}/webchat/widget.css']").count() == 1
    position = page.locator(f"{WIDGET} .panel").evaluate("el => getComputedStyle(el).position")
    assert position == "fixed"
    # socket.io client from the same base, never from a CDN; no other hosts contacted.
    assert f"{fake_rasa.url}/webchat/vendor/socket.io.min.js" in requests
    hosts = {re.match(r"^(?:https?|wss?)://([^/]+)", u).group(1) for u in requests}
    assert hosts <= {f"127.0.0.1:{fake_rasa.port}", f"localhost:{fake_rasa.port}"}, hosts
    # The widget does not leak a global `io` into the host page.
    assert page.evaluate("() => typeof window.io") == "undefined"
    status = page.evaluate("() => window.IPTCompanionWebchat.status()")
    assert status["confirmed"] and status["transport"] == "websocket"
    expect(bot_messages(page).first).to_contain_text("automated program")
    shot(page, "embedded")


def test_completes_a_check_in_with_buttons(page, fake_rasa, shot):
    open_demo(page, fake_rasa)
    wait_greeting(page)
    page.get_by_role("button", name="Yes, let's check in").click()
    expect(page.locator(f"{WIDGET} .typing")).to_be_visible()
    expect(user_messages(page).last).to_have_text("You said: Yes, let's check in")

    scale = page.get_by_role("group", name=re.compile("^Mood from 0"))
    expect(scale).to_be_visible()
    numbers = scale.get_by_role("button")
    expect(numbers).to_have_count(11)
    assert [b.inner_text() for b in numbers.all()] == [str(n) for n in range(11)]
    expect(scale.locator(".mood-ends")).to_contain_text("very low")
    expect(scale.locator(".mood-ends")).to_contain_text("very good")
    # The greeting's buttons were used: all disabled, the chosen one marked.
    expect(page.get_by_role("button", name="Not now")).to_be_disabled()

    scale.get_by_role("button", name="4", exact=True).click()
    expect(user_messages(page).last).to_have_text("You said: 4")
    expect(bot_messages(page).last).to_have_text(
        "IPT Companion said: Thank you. I noted a mood of 4 out of 10.\n"
        "See you at your next check-in."
    )
    expect(page.locator(f"{WIDGET} .typing")).to_be_hidden()
    for button in numbers.all():
        expect(button).to_be_disabled()
    expect(page.get_by_role("button", name="4 (your answer)")).to_have_class(re.compile("chosen"))
    assert fake_rasa.messages() == ["/greet", "/affirm", '/inform_mood{"mood_score": 4}']
    shot(page, "check-in")


def test_reload_keeps_history_and_session_id(page, fake_rasa, shot):
    open_demo(page, fake_rasa)
    wait_greeting(page)
    page.get_by_role("button", name="Yes, let's check in").click()
    expect(page.get_by_role("group", name=re.compile("^Mood from 0"))).to_be_visible()
    sid = wait_until(lambda: session_id(page, fake_rasa))
    before = bot_messages(page).all_inner_texts()

    page.reload()
    expect(bot_messages(page)).to_have_count(len(before))
    assert bot_messages(page).all_inner_texts() == before
    expect(user_messages(page)).to_have_text(["You said: Yes, let's check in"])
    # Used buttons stay disabled; the open question can still be answered.
    expect(page.get_by_role("button", name="Not now")).to_be_disabled()
    wait_until(lambda: page.evaluate("() => window.IPTCompanionWebchat.status().confirmed"))
    assert session_id(page, fake_rasa) == sid
    assert fake_rasa.received()["session_requests"] == [None, sid]

    page.get_by_role("button", name="7", exact=True).click()
    expect(bot_messages(page).last).to_contain_text("mood of 7")
    received = fake_rasa.received()["messages"]
    assert {m["session_id"] for m in received} == {sid}
    assert [m["text"] for m in received].count("/greet") == 1  # no second greeting on reload
    shot(page, "after-reload")


def test_get_help_now_works_with_the_server_stopped(page, fake_rasa, shot):
    open_demo(page, fake_rasa)
    wait_greeting(page)
    wait_until(lambda: local_storage(page).get(f"iptc:{fake_rasa.url}:crisis"))
    fake_rasa.stop()
    expect(page.get_by_text(OFFLINE_TEXT)).to_be_visible()

    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    help_button = page.get_by_role("button", name="Get help now")
    help_button.click()
    dialog = page.get_by_role("dialog", name="Get help now")
    expect(dialog).to_be_visible()
    # No round trip for the resources (only socket.io keeps trying to reconnect).
    assert [u for u in requests if "/socket.io/" not in u] == []
    expect(dialog.locator(".emergency .big")).to_have_text("911")  # locale en-US
    expect(dialog).to_contain_text("988 Suicide & Crisis Lifeline")
    expect(dialog.get_by_role("link", name="988lifeline.org")).to_have_attribute(
        "href", "https://988lifeline.org/"
    )
    expect(dialog).to_have_attribute("data-country", "US")
    shot(page, "help-us")

    # The participant picks another country: shown at once and remembered across reloads.
    dialog.get_by_label("Your country").select_option("GB")
    expect(dialog.locator(".emergency .big")).to_have_text("999")
    expect(dialog).to_contain_text("Samaritans")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert page.evaluate(FOCUSED_JS)["text"] == "Get help now"

    # A reload with the server down cannot even fetch widget.js; reload from a fresh server
    # that has no crisis-resources.json instead: the cached copy is still used.
    fake_rasa.extra = ["--no-crisis"]
    fake_rasa.start()
    page.reload()
    wait_greeting(page)
    fake_rasa.stop()
    help_button.click()
    expect(dialog.locator(".emergency .big")).to_have_text("999")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()


@pytest.mark.fake_rasa_args("--no-crisis")
def test_get_help_now_falls_back_to_built_in_resources(browser, fake_rasa, shot):
    ctx = browser.new_context(viewport={"width": 1000, "height": 760}, locale="fr-FR")
    page = ctx.new_page()
    open_demo(page, fake_rasa)
    wait_greeting(page)
    page.get_by_role("button", name="Get help now").click()
    dialog = page.get_by_role("dialog", name="Get help now")
    expect(dialog.locator(".emergency .big")).to_have_text("112")
    expect(dialog.locator(".emergency .big")).to_have_attribute("href", "tel:112")
    expect(dialog).to_contain_text("911 in the US and Canada, 999 in the UK")
    expect(dialog.get_by_role("link", name="findahelpline.com")).to_be_visible()
    shot(page, "help-fallback")
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()
    ctx.close()


def test_keyboard_only_can_reach_input_send_a_message_and_operate_quick_replies(
    page, fake_rasa, shot
):
    open_demo(page, fake_rasa)
    wait_greeting(page)
    order = []
    for _ in range(7):
        page.keyboard.press("Tab")
        order.append(page.evaluate(FOCUSED_JS))
    names = [f["label"] or f["text"] or f["tag"] for f in order]
    assert names[0] == "Get help now"
    assert names[1] == "Minimise chat"
    assert order[2]["cls"] == "log"  # the messages, scrollable by keyboard
    assert names[3:5] == ["Yes, let's check in", "Not now"]
    assert order[5]["id"] == "iptc-input"
    assert names[6] == "Send"
    assert all(f["outline"] != "none" and f["outlineWidth"] != "0px" for f in order), order

    # Operate a quick reply with Enter, then the mood scale with arrows and Space.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(FOCUSED_JS)["text"] == "Yes, let's check in"
    page.keyboard.press("Enter")
    expect(page.get_by_role("group", name=re.compile("^Mood from 0"))).to_be_visible()
    assert page.evaluate(FOCUSED_JS)["id"] == "iptc-input"  # focus back to the message box
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(FOCUSED_JS)["label"] == "0, very low"  # one Tab stop for the scale
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    assert page.evaluate(FOCUSED_JS)["text"] == "3"
    page.keyboard.press("Space")
    expect(bot_messages(page).last).to_contain_text("mood of 3")

    # Type a message and send it with Enter; Shift+Enter keeps a newline.
    assert page.evaluate(FOCUSED_JS)["id"] == "iptc-input"
    page.keyboard.type("first line")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("second line")
    page.keyboard.press("Enter")
    expect(user_messages(page).last).to_have_text("You said: first line\nsecond line")
    expect(bot_messages(page).last).to_contain_text("You said: first line\nsecond line")
    # ... and with the Send button.
    page.keyboard.type("by button")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED_JS)["text"] == "Send"
    page.keyboard.press("Enter")
    expect(bot_messages(page).last).to_contain_text("You said: by button")
    shot(page, "keyboard")


def test_live_region_exists_and_gets_new_messages(page, fake_rasa):
    open_demo(page, fake_rasa)
    live = page.locator(f"{WIDGET} [aria-live='polite']")
    expect(live).to_have_count(1)
    expect(live).to_contain_text("Would you like to do a mood check-in?")
    expect(live).to_contain_text("Reply options: Yes, let's check in, Not now.")
    # The log itself is not live (no double announcements), and user text is not announced.
    expect(page.locator(f"{WIDGET} [role='log']")).to_have_attribute("aria-live", "off")
    page.get_by_label("Message to IPT Companion").fill("hello there")
    page.get_by_role("button", name="Send").click()
    expect(live).to_contain_text("IPT Companion: You said: hello there")
    assert "hello there" not in (live.text_content() or "").replace("You said: hello there", "")


@pytest.mark.viewport(360, 740)
def test_at_360_px_no_horizontal_scroll(page, fake_rasa, shot):
    open_demo(page, fake_rasa)
    wait_greeting(page)
    page.get_by_role("button", name="Yes, let's check in").click()
    scale = page.get_by_role("group", name=re.compile("^Mood from 0"))
    expect(scale).to_be_visible()
    page.get_by_label("Message to IPT Companion").fill(
        "a-very-long-word-without-spaces-" * 6 + " https://example.org/" + "x" * 80
    )
    page.get_by_role("button", name="Send").click()
    expect(bot_messages(page).last).to_contain_text("I am a test bot")
    shot(page, "360px")

    sizes = page.evaluate(
        """() => {
          const root = document.querySelector('#ipt-companion-webchat').shadowRoot;
          const panel = root.querySelector('.panel').getBoundingClientRect();
          const log = root.querySelector('.log');
          const rights = [...root.querySelectorAll('.panel *')]
            .map(e => e.getBoundingClientRect().right);
          return { docScroll: document.documentElement.scrollWidth, inner: window.innerWidth,
                   panelLeft: panel.left, panelWidth: panel.width,
                   logScroll: log.scrollWidth, logClient: log.clientWidth,
                   maxRight: Math.max(...rights) };
        }"""
    )
    assert sizes["docScroll"] <= sizes["inner"] == 360, sizes
    assert sizes["panelLeft"] == 0 and sizes["panelWidth"] == 360, sizes  # full width
    assert sizes["logScroll"] <= sizes["logClient"], sizes
    assert sizes["maxRight"] <= 360.5, sizes
    for button in scale.get_by_role("button").all():
        box = button.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, box  # WCAG 2.5.8 target size
    page.get_by_role("button", name="Get help now").click()
    shot(page, "360px-help")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360


def test_shows_offline_status_and_reconnects_after_the_server_restarts(page, fake_rasa, shot):
    open_demo(page, fake_rasa)
    wait_greeting(page)
    sid = session_id(page, fake_rasa)
    fake_rasa.stop()
    status = page.get_by_role("status").filter(has_text="Offline")
    expect(status).to_have_text(OFFLINE_TEXT)

    # Typed while offline: kept, shown as waiting, never dropped silently.
    page.get_by_label("Message to IPT Companion").fill("are you there?")
    page.keyboard.press("Enter")
    expect(user_messages(page).last).to_have_text("You said: are you there?")
    note = page.locator(f"{WIDGET} .msg.user .meta").last
    expect(note).to_have_text("Not sent yet — it will be sent when the connection is back.")
    shot(page, "offline")

    fake_rasa.start()
    expect(status).to_have_count(0, timeout=30_000)
    expect(bot_messages(page).last).to_contain_text("You said: are you there?", timeout=30_000)
    expect(note).to_be_empty()
    received = fake_rasa.received()
    assert received["session_requests"] == [sid]  # same conversation after the restart
    assert [m["text"] for m in received["messages"]] == ["are you there?"]
    shot(page, "reconnected")


def test_escapes_html_in_messages(page, fake_rasa, shot):
    open_demo(page, fake_rasa)
    wait_greeting(page)
    evil = '<img src=x onerror="window.__xss=1"><b>bold</b> & <script>window.__xss=2</script>'
    page.get_by_label("Message to IPT Companion").fill(evil)
    page.get_by_role("button", name="Send").click()
    expect(user_messages(page).last).to_have_text("You said: " + evil)
    expect(bot_messages(page).last).to_have_text(
        f"IPT Companion said: You said: {evil}\nI am a test bot."
    )
    page.get_by_label("Message to IPT Companion").fill("link")
    page.get_by_role("button", name="Send").click()
    expect(bot_messages(page).last).to_contain_text("Read more at")
    injected = page.evaluate(
        """() => {
          const root = document.querySelector('#ipt-companion-webchat').shadowRoot;
          return { tags: root.querySelectorAll('.log img, .log b, .log script').length,
                   links: [...root.querySelectorAll('.log a')]
                     .map(a => [a.textContent, a.href, a.rel]),
                   xss: window.__xss === undefined ? null : window.__xss };
        }"""
    )
    assert injected["tags"] == 0 and injected["xss"] is None, injected
    # Only the http(s) URL became a link (trailing full stop left out); javascript: stayed text.
    assert injected["links"] == [
        [
            "https://example.org/ipt?a=1&b=2",
            "https://example.org/ipt?a=1&b=2",
            "noopener noreferrer nofollow",
        ]
    ]
    history = page.evaluate(
        "() => Object.entries(sessionStorage).filter(([k]) => k.endsWith(':history'))[0][1]"
    )
    assert evil in [m["text"] for m in json.loads(history)["messages"]]
    shot(page, "escaped")


@pytest.mark.fake_rasa_args("--rasa-channel")
def test_works_with_rasa_s_own_socketio_channel_and_custom_mood_scale(page, fake_rasa, shot):
    open_demo(page, fake_rasa)
    wait_greeting(page)
    page.get_by_label("Message to IPT Companion").fill("mood widget")
    page.get_by_role("button", name="Send").click()
    # custom: {data: {text, widget: mood_scale}} through Rasa's SocketIOOutput.send_custom_json
    expect(bot_messages(page).last).to_have_text(
        "IPT Companion said: Pick a number for your mood today."
    )
    scale = page.get_by_role("group", name=re.compile("^Mood from 0"))
    expect(scale.get_by_role("button")).to_have_count(11)
    scale.get_by_role("button", name="10, very good").click()
    expect(bot_messages(page).last).to_contain_text("mood of 10")
    assert fake_rasa.messages() == ["/greet", "mood widget", '/inform_mood{"mood_score":10}']
    shot(page, "rasa-channel")


def test_connects_with_polling_first_and_upgrades_to_websocket(page, fake_rasa):
    # Same origin as the server: python-socketio in sanic mode, polling then upgrade.
    page.goto(fake_rasa.url + "/test/embed.html?transports=polling,websocket")
    wait_greeting(page)
    wait_until(
        lambda: page.evaluate("() => window.IPTCompanionWebchat.status().transport") == "websocket"
    )
    page.get_by_role("button", name="Not now").click()
    expect(bot_messages(page).last).to_contain_text("Come back any time")


def test_get_help_now_stays_visible_when_the_chat_is_minimised(page, fake_rasa):
    open_demo(page, fake_rasa)
    wait_greeting(page)
    page.get_by_role("button", name="Minimise chat").click()
    expect(page.get_by_label("Message to IPT Companion")).to_be_hidden()
    expect(page.get_by_role("button", name="Open chat")).to_have_attribute("aria-expanded", "false")
    page.reload()  # the choice is remembered
    expect(page.get_by_role("button", name="Open chat")).to_be_visible()
    page.get_by_role("button", name="Get help now").click()
    expect(page.get_by_role("dialog", name="Get help now")).to_be_visible()
    expect(page.get_by_role("button", name="Minimise chat")).to_be_visible()


def test_respects_prefers_reduced_motion(page, fake_rasa):
    page.emulate_media(reduced_motion="reduce")
    open_demo(page, fake_rasa)
    wait_greeting(page)
    dot = page.locator(f"{WIDGET} .typing .dots i").first
    assert dot.evaluate("el => getComputedStyle(el).animationName") == "none"
    page.emulate_media(reduced_motion="no-preference")
    assert dot.evaluate("el => getComputedStyle(el).animationName") == "iptc-blink"


CONTRAST_JS = """(selectors) => {
  const root = document.querySelector('#ipt-companion-webchat').shadowRoot;
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(c => { c /= 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; })
    .reduce((a, c, i) => a + c * [0.2126, 0.7152, 0.0722][i], 0);
  const bg = el => { for (let e = el; e; e = e.parentElement || (e.getRootNode().host)) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c; }
    return [255, 255, 255]; };
  const out = {};
  for (const sel of selectors) {
    const el = root.querySelector(sel); if (!el) { out[sel] = null; continue; }
    const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg(el));
    out[sel] = Math.round(100 * (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) / 100;
  }
  return out;
}"""


def test_text_meets_wcag_aa_contrast(page, fake_rasa):
    open_demo(page, fake_rasa)
    wait_greeting(page)
    page.get_by_role("button", name="Yes, let's check in").click()
    expect(page.get_by_role("group", name=re.compile("^Mood from 0"))).to_be_visible()
    fake_rasa.stop()
    expect(page.get_by_text(OFFLINE_TEXT)).to_be_visible()
    selectors = [
        ".title",
        ".help",
        ".status.offline",
        ".notice",
        ".msg.bot .bubble",
        ".msg.user .bubble",
        ".reply.chosen",
        ".reply:disabled:not(.chosen)",
        ".mood-row .reply:not(:disabled)",
        ".mood-ends",
        ".send",
        ".foot",
        ".linkbtn",
    ]
    ratios = page.evaluate(CONTRAST_JS, selectors)
    page.get_by_role("button", name="Get help now").click()
    crisis = [".crisis h2", ".emergency .big", ".crisis .small", ".lines a"]
    ratios.update(page.evaluate(CONTRAST_JS, crisis))
    low = {sel: r for sel, r in ratios.items() if r is None or r < 4.5}
    assert not low, ratios
