package se.jamtland.statistics.disclosure;

/**
 * What a published table shows for each cell and total of a counted one. Small-cell suppression
 * ({@link SmallCellSuppression}) is the county's method today; a perturbation such as Statistics Sweden's Cell Key
 * Method (domain.md, "Statistics vocabulary") would be another implementation, with a value kind of its own in
 * {@link PublishedValue}. Whatever it is, the published table holds no true count it does not show.
 */
public interface DisclosureControl {

    PublishedTable publish(StatisticsTable table);
}
