"""Importers: turn minutes published in other shapes into draft meeting files."""
