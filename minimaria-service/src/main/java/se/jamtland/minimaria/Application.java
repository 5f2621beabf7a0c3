package se.jamtland.minimaria;

import se.jamtland.unit.UnitApplication;

/** Mini-Maria Jämtland Härjedalen: unit-core's API on the unit's own database, plus what only this unit has. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        UnitApplication.run(Application.class, args);
    }
}
