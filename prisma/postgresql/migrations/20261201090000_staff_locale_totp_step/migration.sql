-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "lastTotpStep" INTEGER,
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'fi';
