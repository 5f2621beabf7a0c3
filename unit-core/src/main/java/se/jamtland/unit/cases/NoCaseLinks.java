package se.jamtland.unit.cases;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

@Singleton
@Secondary
public class NoCaseLinks implements CaseLinkPolicy {

    @Override
    public boolean mayLink(String insats, String linkedInsats) {
        return false;
    }
}
