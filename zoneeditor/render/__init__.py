"""Painting with QtGui only: one renderer for the canvas and for print, so they look the same."""
