"""slawriter: write service level agreements and export them as PDF contracts."""

__version__ = "0.1.0"
