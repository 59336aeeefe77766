"""Communication analysis for the role-dispute flow and the role-play rehearsal.

``communication.analyse`` finds patterns in what the participant said; ``feedback.feedback_for``
turns them into kind, reviewed lines; ``rephrase.suggest_rephrasing`` offers an I-statement with a
specific request in their own words; ``role_play.partner_stance`` picks how the rehearsal partner
reacts.
"""
