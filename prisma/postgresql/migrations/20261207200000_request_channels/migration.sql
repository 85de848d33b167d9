-- Requests from every channel (issue #18): how a request arrived, who logged
-- it, the address a letter came from, and requesters who never signed up.
-- A requester without a portal account gets an Account row with signedUpAt
-- null; every row that exists today was made by signing up.
ALTER TABLE "Account" ADD COLUMN "signedUpAt" TIMESTAMP(3);
UPDATE "Account" SET "signedUpAt" = "createdAt";

CREATE TYPE "RequestChannel" AS ENUM ('portal', 'email', 'letter', 'phone', 'in_person', 'other');

ALTER TABLE "RightsRequest" ADD COLUMN "channel" "RequestChannel" NOT NULL DEFAULT 'portal';
ALTER TABLE "RightsRequest" ADD COLUMN "enteredById" TEXT;
ALTER TABLE "RightsRequest" ADD COLUMN "requesterPostalAddress" TEXT;
