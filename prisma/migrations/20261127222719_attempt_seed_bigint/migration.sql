-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "submissionId" TEXT NOT NULL,
    "learnerId" INTEGER NOT NULL,
    "generatorId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "seed" BIGINT NOT NULL,
    "level" INTEGER NOT NULL,
    "input" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "diagnosis" TEXT,
    "parts" TEXT,
    "submissions" TEXT,
    "createdAt" DATETIME NOT NULL,
    "day" TEXT NOT NULL,
    CONSTRAINT "Attempt_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("correct", "createdAt", "day", "diagnosis", "generatorId", "id", "input", "learnerId", "level", "parts", "seed", "submissionId", "submissions", "topic") SELECT "correct", "createdAt", "day", "diagnosis", "generatorId", "id", "input", "learnerId", "level", "parts", "seed", "submissionId", "submissions", "topic" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE UNIQUE INDEX "Attempt_submissionId_key" ON "Attempt"("submissionId");
CREATE INDEX "Attempt_learnerId_createdAt_idx" ON "Attempt"("learnerId", "createdAt");
CREATE INDEX "Attempt_learnerId_generatorId_seed_level_idx" ON "Attempt"("learnerId", "generatorId", "seed", "level");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

