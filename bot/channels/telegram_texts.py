"""The few things the Telegram channel says itself, without Rasa, in one place for review.

Everything else the bot says lives in domain.yml. These are the channel's own answers: to input
Rasa cannot read (stickers, photos, edits), to commands answered without a round trip to the
NLU (/resources, /forget), and to a failure that left Rasa without an answer.
"""

from __future__ import annotations

NOT_TEXT = (
    "Sorry, I can only read text messages. Could you type what you wanted to say? "
    "If you need help right now, send /resources."
)
CAPTION_ONLY = (
    "I can only read text, so I can't see what you attached, but I have read the words you "
    "sent with it."
)
EDITED = (
    "Sorry, I can only read text in new messages, so I didn't see that edit. "
    "Please send what you changed as a new message."
)
GROUP_CHAT = (
    "I only talk in private chats, so that what you share stays private. "
    "Please message me directly."
)
RESOURCES_INTRO = "Here is who you can reach right now:"

FORGET_QUESTION = (
    "This will permanently delete everything stored about you: your details, your check-ins "
    "and our conversations, on every channel you have used. It cannot be undone. "
    "Do you want me to delete everything?"
)
FORGET_YES = "Yes, delete everything"
FORGET_NO = "No, keep it"
FORGET_DONE = (
    "Done. Everything stored about you has been deleted. "
    "If you ever want to start again, just say hello."
)
FORGET_KEPT = "Okay, nothing has been deleted."
FORGET_EXPIRED = (
    "That question has expired, so nothing has been deleted. "
    "Send /forget again if you still want to delete everything."
)
FORGET_FAILED = (
    "Sorry, I couldn't delete everything just now. Please try /forget again in a while, "
    "or ask your clinic to do it for you."
)

LINKED = (
    "Your Telegram chat is now linked to your IPT Companion account. "
    "You can carry on here whenever you like."
)
LINK_FAILED = (
    "That link didn't work: it may have expired or already been used. You can get a new one "
    "in the web chat, or just say hello to start here."
)

SOMETHING_WENT_WRONG = (
    "Sorry, something went wrong on my side and I couldn't answer. Please try again in a "
    "moment. If you need help right now, send /resources."
)
