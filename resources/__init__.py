"""Data files shipped with Foot Coach (catalogue, illustrations, sounds, icons)."""
