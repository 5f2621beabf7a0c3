package se.jamtland.events;

/** How a contact or session took place (domain.md, "Statistics vocabulary"); the label is the Swedish word staff read. */
public enum Channel {
    PHONE("Telefon"),
    CHAT("Chatt"),
    VISIT("Besök"),
    VIDEO("Video"),
    DIGITAL("Digitalt (internetbaserat)");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
