"""``team init`` on a real PostgreSQL: idempotent schema, PostGIS columns, views for QGIS."""

from __future__ import annotations

from conftest import line, project_with, zone

from zoneeditor.io.team import admin
from zoneeditor.io.team.server import TeamServer


def test_init_twice_then_publish_and_read_back(team_db):
    with TeamServer.connect(team_db.admin_url) as server:
        assert admin.init(server)[-1] == "team schema created"
        assert admin.init(server)[-1] == "team schema up to date"
        admin.add_member(server, team_db.user("cora"), "coordinator", None)
    project = project_with(
        agreed=[zone("z1", "POLYGON ((36 35, 37 35, 37 36, 36 35))", name="Idlib", party="A",
                     name_local="إدلب", area_code=7, share=0.25)],
        proposals={"P1": [line("l1", "LINESTRING (36 35, 37 36)", name="Line")]})
    with TeamServer.connect(team_db.url("cora")) as server:
        head = server.publish("talks", project)
        got, rev, infos = server.fetch("talks")
        listing = server.projects()
    assert head == rev > 0
    assert [p.name for p in listing] == ["talks"]
    assert listing[0].versions == ("agreed", "P1")
    assert got.agreed.features == project.agreed.features
    assert got.versions["P1"].features == project.versions["P1"].features
    assert got.meta.title == project.meta.title and got.meta.parties == project.meta.parties
    assert infos["P1"].delegation is None
    # The current features are ordinary PostGIS rows with SRID 4326 and a spatial index.
    rows = team_db.sql("SELECT name, name_local, ST_SRID(geom), ST_GeometryType(geom)"
                       " FROM zoneeditor.features WHERE zid = 'z1'")
    assert rows == [("Idlib", "إدلب", 4326, "ST_Polygon")]
    assert team_db.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'features_geom'"
                       )[0][0].endswith("USING gist (geom)")
    # One typed view per version and layer, as QGIS wants them.
    views = {r[0] for r in team_db.sql(
        "SELECT table_name FROM information_schema.views WHERE table_schema = 'zoneeditor_maps'")}
    assert "talks / agreed / zones" in views and "talks / P1 / lines" in views
    typ = team_db.sql("SELECT type FROM geometry_columns WHERE f_table_schema = "
                      "'zoneeditor_maps' AND f_table_name = 'talks / agreed / zones'")
    assert typ == [("MULTIPOLYGON",)]
    assert team_db.sql('SELECT name FROM zoneeditor_maps."talks / agreed / zones"',
                       user="cora") == [("Idlib",)]
