"""The IPT programme: phases, next steps, and the PHQ-9 between sessions."""
