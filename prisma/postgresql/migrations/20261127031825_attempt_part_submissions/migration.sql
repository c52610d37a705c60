-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "submissions" TEXT;

