-- AlterTable
ALTER TABLE "Learner" ADD COLUMN     "desiredRetention" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
ADD COLUMN     "fsrsParameters" TEXT,
ADD COLUMN     "leechThreshold" INTEGER NOT NULL DEFAULT 8,
ADD COLUMN     "reviewsAtLastFit" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "buriedUntil" TIMESTAMP(3),
ADD COLUMN     "leech" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "orphaned" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CardEvent" (
    "id" SERIAL NOT NULL,
    "learnerId" INTEGER NOT NULL,
    "cardId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "CardEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParameterFit" (
    "id" SERIAL NOT NULL,
    "learnerId" INTEGER NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "trainReviews" INTEGER NOT NULL DEFAULT 0,
    "testReviews" INTEGER NOT NULL DEFAULT 0,
    "defaultLogLoss" DOUBLE PRECISION,
    "defaultRmse" DOUBLE PRECISION,
    "fittedLogLoss" DOUBLE PRECISION,
    "fittedRmse" DOUBLE PRECISION,
    "parameters" TEXT,
    "adopted" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,

    CONSTRAINT "ParameterFit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CardEvent_cardId_id_idx" ON "CardEvent"("cardId", "id");

-- CreateIndex
CREATE INDEX "ParameterFit_learnerId_id_idx" ON "ParameterFit"("learnerId", "id");

-- AddForeignKey
ALTER TABLE "CardEvent" ADD CONSTRAINT "CardEvent_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardEvent" ADD CONSTRAINT "CardEvent_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParameterFit" ADD CONSTRAINT "ParameterFit_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Cards suspended before this migration were suspended because their item left the content.
UPDATE "Card" SET "orphaned" = "suspended";
