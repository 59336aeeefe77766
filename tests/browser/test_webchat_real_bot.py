"""The web chat widget against the real bot: `rasa run` with the web chat channel (which serves
the widget at /webchat/) and the action server, on a fresh SQLite database.

tests/browser/test_webchat_widget.py checks the widget's behaviour against a scripted fake
server; these tests check that the widget and the real bot work together, as a participant
would use them. One server pair serves the module; the test that stops Rasa comes last (if it
does not, the next test starts Rasa again). Screenshots go to tests/browser/artifacts/, with
the servers' logs (real-bot-rasa.log, real-bot-actions.log).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.browser.conftest import ARTIFACTS
from tests.browser.real_bot import RealBot, real_bot

expect = pytest.importorskip(
    "playwright.sync_api",
    reason="BROWSER TESTS SKIPPED: the `playwright` Python package is missing "
    "(pip install -e '.[dev]').",
).expect

pytestmark = [pytest.mark.browser, pytest.mark.integration]

WIDGET = "#ipt-companion-webchat"
OFFLINE_TEXT = "Offline — trying to reconnect. If you need help now, press Get help now."
CRISIS_MESSAGE = "i dont want to be alive anymore, i want to kill myself"

# The focused element, looking inside the widget's shadow root.
FOCUSED_JS = """() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el ? { id: el.id, text: (el.textContent || '').trim(),
                label: el.getAttribute('aria-label') || '' } : null;
}"""


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealBot]:
    with real_bot(tmp_path_factory.mktemp("real-bot"), ARTIFACTS) as running:
        yield running


@pytest.fixture
def bot(servers: RealBot) -> RealBot:
    servers.start()  # again, if an earlier test stopped Rasa
    return servers


# ---------- helpers ----------


def open_chat(page, bot: RealBot) -> None:
    """Open the demo page and wait for the bot's first question (consent)."""
    page.goto(f"{bot.url}/webchat/index.html")
    expect(button(page, "Yes, that's okay")).to_be_enabled(timeout=30_000)


def button(page, name: str):
    """The reply button with this label that can still be pressed."""
    return page.get_by_role("button", name=name, exact=True, disabled=False)


def press(page, name: str) -> None:
    button(page, name).click()


def bot_messages(page):
    return page.locator(f"{WIDGET} .msg.bot:not(.typing) .bubble")


def user_messages(page):
    return page.locator(f"{WIDGET} .msg.user .bubble")


def session_id(page, bot: RealBot) -> str | None:
    return page.evaluate("key => localStorage.getItem(key)", f"iptc:{bot.url}:session")


def focused(page) -> dict:
    return page.evaluate(FOCUSED_JS)


def focused_name(page) -> str:
    element = focused(page)
    return element["label"] or element["text"] or element["id"]


def onboard_with_buttons(page) -> None:
    """Consent, United Kingdom, no name: up to the offer of a check-in."""
    press(page, "Yes, that's okay")
    press(page, "United Kingdom")
    press(page, "Skip")
    expect(bot_messages(page).filter(has_text="You're all set")).to_have_count(1)
    expect(button(page, "Yes, check in")).to_be_enabled()


def check_in_with_buttons(page, mood: int) -> None:
    press(page, "Yes, check in")
    scale = page.get_by_role("group", name=re.compile("^Mood from 0"))
    expect(scale.get_by_role("button", disabled=False)).to_have_count(11)
    scale.get_by_role("button", name=re.compile(f"^{mood}\\b")).click()
    expect(bot_messages(page).last).to_contain_text("Who or what most affected your mood")
    press(page, "Skip")
    expect(bot_messages(page).last).to_contain_text("Thank you for checking in")


def tab_to(page, name: str, key: str = "Tab", limit: int = 20) -> list[str]:
    """Press Tab (or Shift+Tab) until the element named `name` has focus; the names passed."""
    passed: list[str] = []
    for _ in range(limit):
        page.keyboard.press(key)
        passed.append(focused_name(page))
        if passed[-1] == name:
            return passed
    raise AssertionError(f"{name!r} not reached with {key}; focus went through {passed}")


# ---------- the tests ----------


def test_the_widget_greets_with_the_automated_program_disclosure(page, bot, shot):
    open_chat(page, bot)
    first, second = bot_messages(page).all_inner_texts()[:2]
    assert "I'm an automated program, not a person" in first
    assert "not an emergency service" in second
    assert "999 in the UK" in second
    shot(page, "greeting")


def test_onboarding_and_a_check_in_work_with_buttons_alone_and_the_mood_is_stored(
    page, bot, shot
):
    open_chat(page, bot)
    onboard_with_buttons(page)
    check_in_with_buttons(page, mood=4)
    assert not page.get_by_label("Message to IPT Companion").input_value()
    assert user_messages(page).all_inner_texts() == [
        "You said:\nYes, that's okay", "You said:\nUnited Kingdom", "You said:\nSkip",
        "You said:\nYes, check in", "You said:\n4", "You said:\nSkip",
    ]
    shot(page, "checked-in")

    rows = bot.query(
        "SELECT m.score, m.relationship_note_enc, p.country FROM mood_checkin m "
        "JOIN participant p ON p.id = m.participant_id WHERE m.conversation_id = :c",
        c=session_id(page, bot),
    )
    assert rows == [{"score": 4, "relationship_note_enc": None, "country": "GB"}]


def test_after_a_reload_the_history_is_shown_and_the_conversation_continues(page, bot, shot):
    open_chat(page, bot)
    onboard_with_buttons(page)
    check_in_with_buttons(page, mood=7)
    before = bot_messages(page).all_inner_texts()
    sid = session_id(page, bot)

    page.reload()
    expect(bot_messages(page)).to_have_count(len(before))
    assert bot_messages(page).all_inner_texts() == before
    expect(page.get_by_role("button", name="7 (your answer)")).to_be_disabled()
    page.get_by_label("Message to IPT Companion").fill("how has my mood been?")
    page.keyboard.press("Enter")
    expect(bot_messages(page).last).to_contain_text("7/10")
    shot(page, "after-reload")

    assert session_id(page, bot) == sid
    assert len(bot_messages(page).filter(has_text="automated program").all()) == 1  # no re-greeting


def test_a_crisis_message_typed_in_the_widget_gets_the_crisis_response_and_lines(
    page, bot, shot
):
    open_chat(page, bot)
    page.get_by_label("Message to IPT Companion").fill(CRISIS_MESSAGE)
    page.keyboard.press("Enter")
    expect(bot_messages(page).filter(has_text="You matter")).to_have_count(1)
    lines = bot_messages(page).filter(has_text="If you are in immediate danger, call 112")
    expect(lines).to_have_count(1)
    expect(lines.get_by_role("link", name="https://findahelpline.com")).to_have_attribute(
        "href", "https://findahelpline.com/"
    )
    expect(bot_messages(page).filter(has_text="yes or no questions")).to_have_count(1)
    expect(bot_messages(page).last).to_contain_text("have you wished you were dead")
    expect(button(page, "I'd rather not answer")).to_be_enabled()
    shot(page, "crisis")

    flags = bot.query(
        "SELECT severity FROM flag WHERE conversation_id = :c", c=session_id(page, bot)
    )
    assert [f["severity"] for f in flags] in (["high"], ["imminent"])


def test_onboarding_and_a_check_in_work_with_the_keyboard_alone(page, bot, shot):
    page.add_init_script("""window.__pointer = 0;
        document.addEventListener('pointerdown', () => window.__pointer++, true);""")
    open_chat(page, bot)

    # Tab from the top of the page: the consent buttons come before the message box.
    passed = tab_to(page, "iptc-input")
    assert passed.index("Yes, that's okay") < passed.index("No, thanks") < len(passed) - 1
    tab_to(page, "Yes, that's okay", key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(button(page, "United Kingdom")).to_be_enabled()
    assert focused(page)["id"] == "iptc-input"  # back to the message box after a reply
    tab_to(page, "United Kingdom", key="Shift+Tab")
    page.keyboard.press("Space")
    expect(bot_messages(page).last).to_contain_text("What name would you like me to use?")

    page.keyboard.type("Sam")  # the focus is back in the message box
    page.keyboard.press("Enter")
    expect(bot_messages(page).filter(has_text="Thank you, Sam. You're all set.")).to_have_count(1)
    expect(button(page, "Yes, check in")).to_be_enabled()
    tab_to(page, "Yes, check in", key="Shift+Tab")
    page.keyboard.press("Enter")

    expect(page.get_by_role("group", name=re.compile("^Mood from 0"))).to_be_visible()
    assert tab_to(page, "0, very low", key="Shift+Tab") == ["0, very low"]  # one stop
    for _ in range(6):
        page.keyboard.press("ArrowRight")
    assert focused_name(page) == "6"
    page.keyboard.press("Space")
    expect(button(page, "Skip")).to_be_enabled()
    tab_to(page, "Skip", key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(bot_messages(page).last).to_contain_text("Thank you for checking in")
    shot(page, "keyboard")

    assert page.evaluate("() => window.__pointer") == 0
    rows = bot.query(
        "SELECT score FROM mood_checkin WHERE conversation_id = :c", c=session_id(page, bot)
    )
    assert rows == [{"score": 6}]


def test_get_help_now_points_to_findahelpline_for_a_listed_country_too(page, bot):
    open_chat(page, bot)
    page.get_by_role("button", name="Get help now").click()
    dialog = page.get_by_role("dialog", name="Get help now")
    expect(dialog).to_have_attribute("data-country", "US")
    expect(dialog.get_by_role("link", name="findahelpline.com")).to_be_visible(timeout=1_000)


def test_get_help_now_dials_each_emergency_number_of_a_country_that_has_two(page, bot):
    open_chat(page, bot)
    page.get_by_role("button", name="Get help now").click()
    dialog = page.get_by_role("dialog", name="Get help now")
    dialog.get_by_label("Your country").select_option("IE")
    dials = dialog.locator(".emergency a").evaluate_all("links => links.map(a => a.href)")
    assert dials == ["tel:112", "tel:999"]


# Stops Rasa: keep it last, so that the servers are started only once.
def test_get_help_now_shows_crisis_resources_at_once_with_the_bot_stopped(page, bot, shot):
    open_chat(page, bot)
    page.wait_for_function("k => localStorage.getItem(k)", arg=f"iptc:{bot.url}:crisis")
    bot.stop_rasa()
    expect(page.get_by_role("status")).to_have_text(OFFLINE_TEXT)
    expect(page.locator(f"{WIDGET} .panel")).to_have_attribute("data-connection", "offline")

    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.get_by_role("button", name="Get help now").click()
    dialog = page.get_by_role("dialog", name="Get help now")
    expect(dialog).to_be_visible(timeout=1_000)
    expect(dialog.locator(".emergency .big")).to_have_text("911", timeout=1_000)  # en-US
    expect(dialog).to_contain_text("988 Suicide & Crisis Lifeline")
    shot(page, "help-offline")

    dialog.get_by_label("Your country").select_option("")  # "Other country / not listed"
    expect(dialog.locator(".emergency .big")).to_contain_text("112", timeout=1_000)
    expect(dialog.get_by_role("link", name="findahelpline.com")).to_have_attribute(
        "href", "https://findahelpline.com/"
    )
    shot(page, "help-offline-other-country")
    assert [u for u in requests if "/socket.io/" not in u] == []  # no round trip to the bot
