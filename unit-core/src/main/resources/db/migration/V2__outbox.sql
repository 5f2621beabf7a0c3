-- The transactional outbox: every state change the county counts writes its de-identified event here, in the
-- same transaction as the change. A relay publishes pending rows to Kafka; nothing is sent from a request.
CREATE TABLE outbox (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id    CHAR(36)      NOT NULL UNIQUE,
    message_key VARCHAR(100)  NOT NULL,
    payload     VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL,
    sent_at     TIMESTAMP(3)  NULL,
    INDEX outbox_pending (sent_at, id)
);
