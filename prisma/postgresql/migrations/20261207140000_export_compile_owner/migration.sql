-- AlterTable: who is compiling a package, and when it last showed life
ALTER TABLE "Export" ADD COLUMN "compiledBy" TEXT;
ALTER TABLE "Export" ADD COLUMN "heartbeatAt" TIMESTAMP(3);
