"""Qt widgets; talks to the core through one Session object."""
