-- CreateTable
CREATE TABLE "RevokedSession" (
    "jti" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevokedSession_pkey" PRIMARY KEY ("jti")
);

-- CreateTable
CREATE TABLE "AuthAttempt" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AuthAttempt_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RevokedSession_expiresAt_idx" ON "RevokedSession"("expiresAt");

-- Each API process caches the users behind access tokens and the revoked sessions
-- (apps/api/src/users/auth-changes.ts): any change to a user row, by the API, the CLI or plain
-- SQL, and any sign-out tell every process at commit, so a role change, a disabled account, a new
-- password or a sign-out takes effect everywhere at once.
CREATE FUNCTION "auth_change_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'User' THEN
    PERFORM pg_notify('auth_changes', 'user:' || OLD."id");
  ELSE
    PERFORM pg_notify('auth_changes', 'session:' || NEW."jti");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "user_auth_change_notify" AFTER UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "auth_change_notify"();

CREATE TRIGGER "revoked_session_notify" AFTER INSERT ON "RevokedSession"
  FOR EACH ROW EXECUTE FUNCTION "auth_change_notify"();
