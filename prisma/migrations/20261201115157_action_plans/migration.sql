-- CreateEnum
CREATE TYPE "ActionPlanStatus" AS ENUM ('DRAFT', 'ADOPTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'POSTPONED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ProgressReportStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "status" "ActionPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "adoptedAtMeetingId" TEXT,
    "decisionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanTranslation" (
    "planId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ActionPlanTranslation_pkey" PRIMARY KEY ("planId","locale")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "responsibleStructureId" TEXT NOT NULL,
    "plannedStart" DATE NOT NULL,
    "plannedEnd" DATE NOT NULL,
    "actualStart" DATE,
    "actualEnd" DATE,
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityTranslation" (
    "activityId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ActivityTranslation_pkey" PRIMARY KEY ("activityId","locale")
);

-- CreateTable
CREATE TABLE "ActivityPartner" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "structureId" TEXT,
    "organizationId" TEXT,

    CONSTRAINT "ActivityPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "target" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTranslation" (
    "indicatorId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "IndicatorTranslation_pkey" PRIMARY KEY ("indicatorId","locale")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "reportedStatus" "ActivityStatus" NOT NULL,
    "actualStart" DATE,
    "actualEnd" DATE,
    "status" "ProgressReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reviewComment" TEXT NOT NULL DEFAULT '',
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReportTranslation" (
    "reportId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "narrative" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ProgressReportTranslation_pkey" PRIMARY KEY ("reportId","locale")
);

-- CreateTable
CREATE TABLE "ProgressReportValue" (
    "reportId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ProgressReportValue_pkey" PRIMARY KEY ("reportId","indicatorId")
);

-- CreateTable
CREATE TABLE "ProgressReportDocument" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReportDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_slug_key" ON "ActionPlan"("slug");

-- CreateIndex
CREATE INDEX "ActionPlan_regionId_status_idx" ON "ActionPlan"("regionId", "status");

-- CreateIndex
CREATE INDEX "ActionPlan_adoptedAtMeetingId_idx" ON "ActionPlan"("adoptedAtMeetingId");

-- CreateIndex
CREATE INDEX "ActionPlan_decisionId_idx" ON "ActionPlan"("decisionId");

-- CreateIndex
CREATE INDEX "Activity_planId_position_idx" ON "Activity"("planId", "position");

-- CreateIndex
CREATE INDEX "Activity_responsibleStructureId_idx" ON "Activity"("responsibleStructureId");

-- CreateIndex
CREATE INDEX "ActivityPartner_structureId_idx" ON "ActivityPartner"("structureId");

-- CreateIndex
CREATE INDEX "ActivityPartner_organizationId_idx" ON "ActivityPartner"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityPartner_activityId_structureId_organizationId_key" ON "ActivityPartner"("activityId", "structureId", "organizationId");

-- CreateIndex
CREATE INDEX "Indicator_activityId_position_idx" ON "Indicator"("activityId", "position");

-- CreateIndex
CREATE INDEX "ProgressReport_activityId_status_idx" ON "ProgressReport"("activityId", "status");

-- CreateIndex
CREATE INDEX "ProgressReport_status_submittedAt_idx" ON "ProgressReport"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "ProgressReportValue_indicatorId_idx" ON "ProgressReportValue"("indicatorId");

-- CreateIndex
CREATE INDEX "ProgressReportDocument_reportId_idx" ON "ProgressReportDocument"("reportId");

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_adoptedAtMeetingId_fkey" FOREIGN KEY ("adoptedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "MeetingOutcome"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanTranslation" ADD CONSTRAINT "ActionPlanTranslation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_responsibleStructureId_fkey" FOREIGN KEY ("responsibleStructureId") REFERENCES "Structure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityTranslation" ADD CONSTRAINT "ActivityTranslation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPartner" ADD CONSTRAINT "ActivityPartner_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPartner" ADD CONSTRAINT "ActivityPartner_structureId_fkey" FOREIGN KEY ("structureId") REFERENCES "Structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPartner" ADD CONSTRAINT "ActivityPartner_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTranslation" ADD CONSTRAINT "IndicatorTranslation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportTranslation" ADD CONSTRAINT "ProgressReportTranslation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportValue" ADD CONSTRAINT "ProgressReportValue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportValue" ADD CONSTRAINT "ProgressReportValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReportDocument" ADD CONSTRAINT "ProgressReportDocument_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
