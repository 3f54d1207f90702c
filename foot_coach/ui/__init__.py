"""Qt widgets and pages; they show state and forward input, nothing more."""
