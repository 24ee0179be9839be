-- DropIndex
DROP INDEX "Attendee_organizationId_idx";

-- CreateIndex
CREATE INDEX "Attendee_organizationId_meetingId_idx" ON "Attendee"("organizationId", "meetingId");
