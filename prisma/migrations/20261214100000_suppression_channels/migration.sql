-- AlterTable: a suppression entry per objected marketing channel (GDPR Art. 21(2)–(3)).
-- Existing entries (erasure, retention, objection on every channel) stop every channel.
ALTER TABLE "MarketingSuppression" ADD COLUMN "channel" TEXT NOT NULL DEFAULT 'all';

-- DropIndex
DROP INDEX "MarketingSuppression_valueHash_key";

-- CreateIndex
CREATE UNIQUE INDEX "MarketingSuppression_valueHash_channel_key" ON "MarketingSuppression"("valueHash", "channel");
