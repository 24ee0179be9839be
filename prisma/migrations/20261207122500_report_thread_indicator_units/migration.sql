-- CreateEnum
CREATE TYPE "ReportEventKind" AS ENUM ('SUBMITTED', 'RESUBMITTED', 'RETURNED', 'ACCEPTED', 'REOPENED');

-- CreateTable
CREATE TABLE "ProgressReportEvent" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "kind" "ReportEventKind" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReportEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgressReportEvent_reportId_at_idx" ON "ProgressReportEvent"("reportId", "at");

-- AddForeignKey
ALTER TABLE "ProgressReportEvent" ADD CONSTRAINT "ProgressReportEvent_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportEvent" ADD CONSTRAINT "ProgressReportEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing reports start their thread with what they kept: the (latest)
-- submission, and the review with its comment.
INSERT INTO "ProgressReportEvent" ("id", "reportId", "kind", "actorId", "at")
SELECT 'pre_s_' || r."id", r."id", 'SUBMITTED', r."submittedById", r."submittedAt" FROM "ProgressReport" r;

INSERT INTO "ProgressReportEvent" ("id", "reportId", "kind", "comment", "actorId", "at")
SELECT 'pre_r_' || r."id", r."id", r."status"::text::"ReportEventKind", r."reviewComment", r."reviewedById", r."reviewedAt"
FROM "ProgressReport" r
WHERE r."status" IN ('RETURNED', 'ACCEPTED') AND r."reviewedAt" IS NOT NULL;

-- AlterTable: an indicator's unit per language, beside its name (empty: the indicator's own unit).
ALTER TABLE "IndicatorTranslation" ADD COLUMN     "unit" TEXT NOT NULL DEFAULT '';
