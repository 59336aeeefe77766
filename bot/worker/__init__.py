"""The escalation worker: delivers the notification outbox to people, and re-escalates.

The bot only ever *writes* alerts (flag + outbox rows, one transaction, see
bot/safety/escalation.py); this separate process *sends* them, so a slow or broken channel
can never delay the bot's answer to a person in crisis, and nothing is lost in a crash.

The worker never holds a data key and never reads `excerpt_enc`: it cannot leak what a
participant wrote, because it never has it.
"""
