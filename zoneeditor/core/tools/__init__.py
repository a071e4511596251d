"""Map tools as Qt-free state machines: pointer and key events in, previews and ChangeSets out.

The canvas turns Qt mouse events into ``PointerEvent`` (map coordinates, snap tolerance in
map units) and draws the returned ``Preview``; so almost all interaction logic is tested
without a display. See ``base`` for the protocol.
"""
