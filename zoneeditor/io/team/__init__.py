"""The team server: a project shared on PostgreSQL/PostGIS, edited offline, synced.

- ``address``  libpq addresses without passwords; ``postgresql://…/DATABASE/PROJECT`` URLs
- ``server``   ``TeamServer``: one connection; pull, push (exactly once), publish, table
- ``push``     ``push_some``: what the server accepts commits, what it refuses stays
               (``pieces`` cuts a refused change set, ``refusals`` records what stayed)
- ``login``    a server as a window's fields name it; passwords typed for this run
- ``pgerrors`` PostgreSQL's errors as sentences (a failed login by its kind)
- ``admin``    ``init`` (the schema, roles, policies) and team members
- ``wire``     change sets and features as the JSON of the server's change log
- ``schema_sql`` the SQL itself

See docs/team.md.
"""
