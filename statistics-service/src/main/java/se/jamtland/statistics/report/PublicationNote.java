package se.jamtland.statistics.report;

import se.jamtland.statistics.disclosure.PublishedTable;

/**
 * What the statistician is told with every table, JSON and CSV alike, in Swedish: the numbers are perturbed by the
 * Cell Key Method (and by which table), the same events always give the same number, parts need not add up to totals,
 * and what "<5" and 0 mean. As SCB tells readers of its population statistics (www.scb.se/FAQ-CKM).
 */
public final class PublicationNote {

    private PublicationNote() {
    }

    public static String of(PublishedTable table) {
        int d = table.maximumDeviation();
        return "Talen är skyddade med Cell Key Method (störningstabell " + table.perturbationTable() + "): varje tal,"
                + " även varje total, är det verkliga antalet ändrat med högst " + d + " uppåt eller nedåt, eller"
                + " oförändrat. Samma händelser ger alltid samma tal, i vilken fråga som helst. Totalerna är störda"
                + " för sig, så delarna summerar inte alltid till totalen. Ett tal från 1 till " + (table.threshold() - 1)
                + " visas som <" + table.threshold() + ". 0 står för inga händelser eller för högst " + d + ".";
    }
}
