"""The platform edge: paths, shipped files, languages, start at login, the wall clock and time
zone, one instance per data folder, and the installation self-check."""
