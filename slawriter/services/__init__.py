"""Use cases shared by the app and the command line: presets, new, open, validate, check. No Qt."""
