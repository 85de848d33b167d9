-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN "lastTotpStep" INTEGER;
ALTER TABLE "StaffUser" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'fi';
