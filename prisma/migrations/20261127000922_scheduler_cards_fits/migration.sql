-- CreateTable
CREATE TABLE "CardEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "learnerId" INTEGER NOT NULL,
    "cardId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "undoneAt" DATETIME,
    CONSTRAINT "CardEvent_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CardEvent_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ParameterFit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "learnerId" INTEGER NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "progress" REAL NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "trainReviews" INTEGER NOT NULL DEFAULT 0,
    "testReviews" INTEGER NOT NULL DEFAULT 0,
    "defaultLogLoss" REAL,
    "defaultRmse" REAL,
    "fittedLogLoss" REAL,
    "fittedRmse" REAL,
    "parameters" TEXT,
    "adopted" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    CONSTRAINT "ParameterFit_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Learner" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL DEFAULT 'local',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "dayStartHour" INTEGER NOT NULL DEFAULT 4,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "leechThreshold" INTEGER NOT NULL DEFAULT 8,
    "fsrsParameters" TEXT,
    "reviewsAtLastFit" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Learner" ("createdAt", "dayStartHour", "id", "name", "newPerDay", "reviewsPerDay", "timezone") SELECT "createdAt", "dayStartHour", "id", "name", "newPerDay", "reviewsPerDay", "timezone" FROM "Learner";
DROP TABLE "Learner";
ALTER TABLE "new_Learner" RENAME TO "Learner";
CREATE TABLE "new_Card" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "learnerId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "orphaned" BOOLEAN NOT NULL DEFAULT false,
    "leech" BOOLEAN NOT NULL DEFAULT false,
    "buriedUntil" DATETIME,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL DEFAULT 0,
    "difficulty" REAL NOT NULL DEFAULT 0,
    "elapsedDays" INTEGER NOT NULL DEFAULT 0,
    "scheduledDays" INTEGER NOT NULL DEFAULT 0,
    "learningSteps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL DEFAULT 0,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL DEFAULT 0,
    "lastReview" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Card_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("createdAt", "difficulty", "due", "elapsedDays", "id", "itemId", "kind", "lapses", "lastReview", "learnerId", "learningSteps", "position", "reps", "scheduledDays", "stability", "state", "suspended", "topic") SELECT "createdAt", "difficulty", "due", "elapsedDays", "id", "itemId", "kind", "lapses", "lastReview", "learnerId", "learningSteps", "position", "reps", "scheduledDays", "stability", "state", "suspended", "topic" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_learnerId_suspended_state_due_idx" ON "Card"("learnerId", "suspended", "state", "due");
CREATE INDEX "Card_learnerId_suspended_state_position_idx" ON "Card"("learnerId", "suspended", "state", "position");
CREATE INDEX "Card_learnerId_suspended_topic_state_scheduledDays_idx" ON "Card"("learnerId", "suspended", "topic", "state", "scheduledDays");
CREATE UNIQUE INDEX "Card_learnerId_kind_itemId_key" ON "Card"("learnerId", "kind", "itemId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CardEvent_cardId_id_idx" ON "CardEvent"("cardId", "id");

-- CreateIndex
CREATE INDEX "ParameterFit_learnerId_id_idx" ON "ParameterFit"("learnerId", "id");


-- Cards suspended before this migration were suspended because their item left the content.
UPDATE "Card" SET "orphaned" = "suspended";
