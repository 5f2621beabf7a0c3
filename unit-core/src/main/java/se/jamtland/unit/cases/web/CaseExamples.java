package se.jamtland.unit.cases.web;

/**
 * The example bodies the cases' OpenAPI operations show a case-system vendor: what a client sends and gets, in the
 * shapes {@code CaseView} and the commands have. The identity is Skatteverket's well-known test number, no person's.
 */
final class CaseExamples {

    static final String OPEN_DEIDENTIFIED = """
            {"insats": "cmv-samtal-om-vald", "age": 34, "gender": "male", "kommun": "2380"}""";

    static final String OPENED = """
            {"caseCode": "K7M2-Q9RT", "insats": "cmv-samtal-om-vald", "regime": "DEIDENTIFIED",
             "startDate": "2025-09-15", "ageBand": "30-49", "gender": "male", "kommun": "2380",
             "guardianConsent": "NOT_REQUIRED", "guardianSecrecy": false, "catalogVersion": "2025-07-01",
             "open": true}""";

    static final String CASE = """
            {"caseCode": "K7M2-Q9RT", "insats": "minimaria-a-cra", "regime": "INDIVIDUAL",
             "startDate": "2025-09-15", "ageBand": "18-21", "gender": "female", "kommun": "2380",
             "guardianConsent": "NOT_REQUIRED", "guardianSecrecy": false, "catalogVersion": "2025-07-01",
             "open": true,
             "progress": {"sessionsHeld": 1, "sessionsPlanned": 4, "boostersHeld": 0, "boostersPlanned": 1,
                          "followUpsHeld": 0, "followUpsPlanned": 1},
             "sessions": [{"id": 1, "date": "2025-09-22", "kind": "SESSION", "channel": "VISIT"}],
             "notes": [{"id": 1, "date": "2025-09-22", "text": "Första samtalet genomfört enligt plan."}],
             "person": {"identityNumber": "19121212-1212", "givenName": "Tolvan", "familyName": "Tolvansson"}}""";

    static final String PAGE = """
            {"items": [{"caseCode": "K7M2-Q9RT", "insats": "cmv-samtal-om-vald", "regime": "DEIDENTIFIED",
                        "startDate": "2025-09-15", "ageBand": "30-49", "gender": "male", "kommun": "2380",
                        "guardianConsent": "NOT_REQUIRED", "guardianSecrecy": false,
                        "catalogVersion": "2025-07-01", "open": true}],
             "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""";

    static final String SESSION = """
            {"date": "2025-09-22", "kind": "SESSION", "channel": "VISIT"}""";

    static final String CLOSURE = """
            {"date": "2025-11-03", "reason": "COMPLETED"}""";

    static final String CLOSED = """
            {"caseCode": "K7M2-Q9RT", "insats": "cmv-samtal-om-vald", "regime": "DEIDENTIFIED",
             "startDate": "2025-09-15", "ageBand": "30-49", "gender": "male", "kommun": "2380",
             "guardianConsent": "NOT_REQUIRED", "guardianSecrecy": false, "catalogVersion": "2025-07-01",
             "open": false, "closedDate": "2025-11-03", "closureReason": "COMPLETED"}""";

    static final String NOTE = """
            {"date": "2025-09-22", "text": "Samtal om strategier vid konflikt; nästa tid bokad."}""";

    static final String DISCLOSURE = """
            {"recipient": "DATA_SUBJECT"}""";

    static final String DISCLOSED = """
            {"caseCode": "K7M2-Q9RT", "recipient": "DATA_SUBJECT", "disclosedAt": "2025-10-01T09:30:00Z",
             "record": {"caseCode": "K7M2-Q9RT", "insats": "minimaria-a-cra", "regime": "INDIVIDUAL",
                        "startDate": "2025-09-15", "ageBand": "18-21", "gender": "female", "kommun": "2380",
                        "guardianConsent": "NOT_REQUIRED", "guardianSecrecy": false,
                        "catalogVersion": "2025-07-01", "open": true,
                        "person": {"identityNumber": "19121212-1212", "givenName": "Tolvan",
                                   "familyName": "Tolvansson"}}}""";

    private CaseExamples() {
    }
}
