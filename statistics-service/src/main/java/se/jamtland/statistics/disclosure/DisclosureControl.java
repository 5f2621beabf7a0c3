package se.jamtland.statistics.disclosure;

/**
 * What a published table shows for each cell and total of a counted one. The county's method is Statistics Sweden's
 * Cell Key Method ({@link CellKeyMethod}); whatever it is, the published table holds no true count and no key.
 */
public interface DisclosureControl {

    PublishedTable publish(StatisticsTable table);
}
