package se.jamtland.cmv;

import se.jamtland.testsupport.Database;

import java.util.Map;

/** A group cycle that exists, for the tests of every route on {id}. */
final class GroupCycleFixture {

    private GroupCycleFixture() {
    }

    /** Adds a group cycle to the objects that exist, by the path parameter that names it. */
    static Map<String, String> withAGroupCycle(Database db, Map<String, String> existing) {
        db.execute("INSERT INTO group_cycle (id, insats, start_date, planned_sessions, catalog_version, created_at)"
                + " VALUES (4711, 'cmv-gruppverksamhet', '2025-09-01', 10, '2025-07-01', NOW(3))");
        existing.put("id", "4711");
        return existing;
    }
}
