"""Office samples: the official template's tables filled with invented figures, rendered by LibreOffice."""
