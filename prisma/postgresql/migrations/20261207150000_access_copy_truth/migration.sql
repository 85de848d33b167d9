-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "sourceDetail" TEXT;

-- AlterTable
ALTER TABLE "MarketingContact" ADD COLUMN     "sourceDetail" TEXT;

-- AlterTable
ALTER TABLE "RequestMessage" ADD COLUMN     "withholdingGround" TEXT,
ADD COLUMN     "withholdingReason" TEXT;
