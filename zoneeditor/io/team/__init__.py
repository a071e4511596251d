"""The team server: a project shared on PostgreSQL/PostGIS, edited offline, synced.

- ``address``  libpq addresses without passwords; ``postgresql://…/DATABASE/PROJECT`` URLs
- ``server``   ``TeamServer``: one connection; pull, push (exactly once), publish, table
- ``admin``    ``init`` (the schema, roles, policies) and team members
- ``wire``     change sets and features as the JSON of the server's change log
- ``schema_sql`` the SQL itself

See docs/team.md.
"""
