-- AlterTable
ALTER TABLE "ParameterFit" ADD COLUMN "heartbeatAt" DATETIME;

