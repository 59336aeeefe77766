"""Stand-ins for the outside services the companion talks to, all on 127.0.0.1.

There is no internet here, and tests must not depend on it anyway: each fake records every
request it gets, so a test can assert exactly what was sent, how often, and when.
"""
