-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "sourceDetail" TEXT;
ALTER TABLE "MarketingContact" ADD COLUMN "sourceDetail" TEXT;
ALTER TABLE "RequestMessage" ADD COLUMN "withholdingGround" TEXT;
ALTER TABLE "RequestMessage" ADD COLUMN "withholdingReason" TEXT;
