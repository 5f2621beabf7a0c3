package se.jamtland.eligibility;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import se.jamtland.runtime.settings.ServiceMain;

@OpenAPIDefinition(info = @Info(
        title = "eligibility-service",
        version = "1",
        contact = @Contact(name = "Region Jämtland Härjedalen, länsverksamheterna"),
        description = "Villkor, vårdnadshavares samtycke och dokumentationsform för länsverksamheternas insatser "
                + "utan individuell behovsprövning (Bilaga 1, socialtjänstlagen (2025:400)). Tar inte emot och "
                + "lagrar inga uppgifter om personer."))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        ServiceMain.start(Micronaut.build(args).mainClass(Application.class));
    }
}
