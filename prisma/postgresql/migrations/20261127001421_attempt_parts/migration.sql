-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "parts" TEXT;

