-- CreateIndex
CREATE INDEX "Card_learnerId_suspended_topic_state_scheduledDays_idx" ON "Card"("learnerId", "suspended", "topic", "state", "scheduledDays");

