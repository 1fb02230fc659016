-- An invitation to set the password of an account opened without one: a single-use link, of which only the digest
-- is kept (as for login tokens). A new invitation replaces the one before; closing the account ends it.
CREATE TABLE account_invitation (
    token_hash  TEXT        PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    customer_id UUID        NOT NULL REFERENCES customer_account (customer_id) ON DELETE CASCADE,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX account_invitation_by_customer ON account_invitation (customer_id);

-- E-mails written in the transaction that decided them and sent after it commits (mail/MailRelay): a row stays until
-- the mail server accepted it, so none is lost; an invitation's link is kept here, and nowhere else, until then.
-- Erasing the customer deletes their rows.
CREATE TABLE mail_outbox (
    id              UUID        PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    customer_id     UUID        NOT NULL,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at);
