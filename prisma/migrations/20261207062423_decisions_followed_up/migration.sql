-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('ACTION_PLAN', 'NEXT_MEETING', 'POLICY', 'SECRETARIAT_REQUEST', 'OTHER');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- AlterTable
ALTER TABLE "MeetingOutcome" ADD COLUMN     "decisionKind" "DecisionKind" NOT NULL DEFAULT 'OTHER',
ADD COLUMN     "dueOn" DATE,
ADD COLUMN     "followUpDocumentId" TEXT,
ADD COLUMN     "followUpMeetingId" TEXT,
ADD COLUMN     "followUpNewsId" TEXT,
ADD COLUMN     "status" "DecisionStatus" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "DecisionResponsible" (
    "outcomeId" TEXT NOT NULL,
    "structureId" TEXT NOT NULL,

    CONSTRAINT "DecisionResponsible_pkey" PRIMARY KEY ("outcomeId","structureId")
);

-- CreateTable
CREATE TABLE "DecisionStatusChange" (
    "id" TEXT NOT NULL,
    "outcomeId" TEXT NOT NULL,
    "status" "DecisionStatus" NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" TEXT,

    CONSTRAINT "DecisionStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DecisionResponsible_structureId_idx" ON "DecisionResponsible"("structureId");

-- CreateIndex
CREATE INDEX "DecisionStatusChange_outcomeId_changedAt_idx" ON "DecisionStatusChange"("outcomeId", "changedAt");

-- CreateIndex
CREATE INDEX "MeetingOutcome_kind_status_idx" ON "MeetingOutcome"("kind", "status");

-- CreateIndex
CREATE INDEX "MeetingOutcome_followUpMeetingId_idx" ON "MeetingOutcome"("followUpMeetingId");

-- AddForeignKey
ALTER TABLE "MeetingOutcome" ADD CONSTRAINT "MeetingOutcome_followUpMeetingId_fkey" FOREIGN KEY ("followUpMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOutcome" ADD CONSTRAINT "MeetingOutcome_followUpNewsId_fkey" FOREIGN KEY ("followUpNewsId") REFERENCES "NewsArticle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOutcome" ADD CONSTRAINT "MeetingOutcome_followUpDocumentId_fkey" FOREIGN KEY ("followUpDocumentId") REFERENCES "MeetingDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionResponsible" ADD CONSTRAINT "DecisionResponsible_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "MeetingOutcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionResponsible" ADD CONSTRAINT "DecisionResponsible_structureId_fkey" FOREIGN KEY ("structureId") REFERENCES "Structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionStatusChange" ADD CONSTRAINT "DecisionStatusChange_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "MeetingOutcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionStatusChange" ADD CONSTRAINT "DecisionStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing decisions move into the model with nothing lost: a decision a
-- plan was adopted on is an action-plan decision (in progress while the plan
-- runs), and every decision starts its history at the end of its meeting.
UPDATE "MeetingOutcome" o SET "decisionKind" = 'ACTION_PLAN', "status" = 'IN_PROGRESS'
WHERE o."kind" = 'DECISION' AND EXISTS (SELECT 1 FROM "ActionPlan" p WHERE p."decisionId" = o."id");

INSERT INTO "DecisionStatusChange" ("id", "outcomeId", "status", "changedAt")
SELECT 'dsc_' || o."id", o."id", o."status", m."endsAt"
FROM "MeetingOutcome" o JOIN "Meeting" m ON m."id" = o."meetingId"
WHERE o."kind" = 'DECISION';
