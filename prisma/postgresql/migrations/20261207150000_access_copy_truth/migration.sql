-- AlterTable
-- (Customer.sourceDetail and MarketingContact.sourceDetail arrive with 20261207130000_register_sync.)
ALTER TABLE "RequestMessage" ADD COLUMN     "withholdingGround" TEXT,
ADD COLUMN     "withholdingReason" TEXT;
