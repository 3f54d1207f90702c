"""Pure Python rules of Foot Coach: no Qt, no wall clock, no files except the catalogue."""
