"""IPT Companion: guided self-help between Interpersonal Psychotherapy sessions."""
