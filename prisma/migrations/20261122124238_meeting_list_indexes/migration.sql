-- DropIndex
DROP INDEX "Meeting_status_startsAt_idx";

-- DropIndex
DROP INDEX "Meeting_regionId_status_startsAt_idx";

-- DropIndex
DROP INDEX "Meeting_kind_status_startsAt_idx";

-- CreateIndex
CREATE INDEX "Meeting_startsAt_id_idx" ON "Meeting"("startsAt", "id");

-- CreateIndex
CREATE INDEX "Meeting_endsAt_idx" ON "Meeting"("endsAt");

-- CreateIndex
CREATE INDEX "Meeting_regionId_startsAt_idx" ON "Meeting"("regionId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_kind_startsAt_idx" ON "Meeting"("kind", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_status_updatedAt_idx" ON "Meeting"("status", "updatedAt");
