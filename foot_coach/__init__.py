"""Foot Coach: a desktop coach for five gentle foot exercises."""

__version__ = "0.1.0"
APP_NAME = "Foot Coach"
APP_ID = "foot-coach"
