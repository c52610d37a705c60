-- AlterTable
ALTER TABLE "ParameterFit" ADD COLUMN     "heartbeatAt" TIMESTAMP(3);

