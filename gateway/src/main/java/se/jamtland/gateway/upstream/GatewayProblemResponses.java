package se.jamtland.gateway.upstream;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems every gateway operation can answer, documented once (issue 12, 3): 401 without a valid token, 403
 * without CASE_SYSTEM and a kommun, 429 over the client's rate limit, 503 and 504 when the service behind does not
 * answer. An operation lists its own 400/404/409/413/422 beside these.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "401", description = "Token saknas eller är ogiltig (unauthorized)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"),
                examples = @ExampleObject(value = GatewayProblemResponses.UNAUTHORIZED)))
@ApiResponse(responseCode = "403", description = "Token saknar rollen CASE_SYSTEM eller kommunkod (forbidden, "
        + "case-system-without-kommun)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"),
                examples = @ExampleObject(value = GatewayProblemResponses.FORBIDDEN)))
@ApiResponse(responseCode = "429", description = "För många anrop från klienten (too-many-requests); se Retry-After",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"),
                examples = @ExampleObject(value = GatewayProblemResponses.TOO_MANY)))
@ApiResponse(responseCode = "503", description = "Tjänsten bakom gatewayen kan inte nås (upstream-unavailable); se "
        + "Retry-After",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"),
                examples = @ExampleObject(value = GatewayProblemResponses.UNAVAILABLE)))
@ApiResponse(responseCode = "504", description = "Tjänsten bakom gatewayen svarade inte i tid (upstream-timeout)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"),
                examples = @ExampleObject(value = GatewayProblemResponses.TIMEOUT)))
public @interface GatewayProblemResponses {

    String UNAUTHORIZED = "{\"type\":\"urn:jamtland:lansverksamheter:problem:unauthorized\",\"title\":\"Inloggning "
            + "krävs\",\"status\":401,\"detail\":\"Begäran saknar giltig inloggning.\",\"instance\":\"urn:uuid:"
            + "0b7e6f0c-3f1d-4c8e-9a51-2f4b8d7e1a90\"}";
    String FORBIDDEN = "{\"type\":\"urn:jamtland:lansverksamheter:problem:forbidden\",\"title\":\"Åtkomst nekad\","
            + "\"status\":403,\"detail\":\"Du har inte behörighet till detta.\",\"instance\":\"urn:uuid:"
            + "0b7e6f0c-3f1d-4c8e-9a51-2f4b8d7e1a91\"}";
    String TOO_MANY = "{\"type\":\"urn:jamtland:lansverksamheter:problem:too-many-requests\",\"title\":\"För många "
            + "förfrågningar\",\"status\":429,\"detail\":\"För många förfrågningar från samma klient på kort tid. "
            + "Vänta en stund och försök igen.\",\"instance\":\"urn:uuid:0b7e6f0c-3f1d-4c8e-9a51-2f4b8d7e1a92\"}";
    String UNAVAILABLE = "{\"type\":\"urn:jamtland:lansverksamheter:problem:upstream-unavailable\",\"title\":"
            + "\"Tjänsten kan inte nås just nu\",\"status\":503,\"detail\":\"Mini-Maria Jämtland Härjedalen kan inte "
            + "nås just nu. Försök igen om en stund.\",\"instance\":\"urn:uuid:0b7e6f0c-3f1d-4c8e-9a51-2f4b8d7e1a93\"}";
    String TIMEOUT = "{\"type\":\"urn:jamtland:lansverksamheter:problem:upstream-timeout\",\"title\":\"Tjänsten "
            + "svarade inte i tid\",\"status\":504,\"detail\":\"Statistiktjänsten svarade inte i tid. Försök igen om "
            + "en stund; en remiss med samma Idempotency-Key skapas inte två gånger.\",\"instance\":\"urn:uuid:"
            + "0b7e6f0c-3f1d-4c8e-9a51-2f4b8d7e1a94\"}";
    String BAD_REQUEST = "{\"type\":\"urn:jamtland:lansverksamheter:problem:bad-request\",\"title\":\"Ogiltig "
            + "begäran\",\"status\":400,\"detail\":\"Begäran kunde inte läsas. Kontrollera JSON-formatet, fältnamnen "
            + "och värdena.\",\"instance\":\"urn:uuid:0b7e6f0c-3f1d-4c8e-9a51-2f4b8d7e1a95\",\"errors\":[{\"pointer\":"
            + "\"#/age\",\"detail\":\"Ett heltal.\"}]}";
}
