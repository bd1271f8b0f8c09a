-- A mail that failed waits longer after each attempt; one given up is FAILED (status), never retried.
alter table mail_outbox add column next_attempt_at timestamp;
