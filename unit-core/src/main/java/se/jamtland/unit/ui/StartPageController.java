package se.jamtland.unit.ui;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import se.jamtland.access.Roles;

import java.util.Map;

/** The start page of the unit's staff: the everyday tasks, today's contacts and the open cases (issue 13). */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
public class StartPageController {

    @Get(UiRoutes.START)
    @View("unit/start")
    public Map<String, Object> start() {
        return Map.of();
    }
}
