-- CreateEnum
CREATE TYPE "MeetingDocumentKind" AS ENUM ('PRESENTATION', 'REPORT', 'MINUTES', 'PHOTO', 'OTHER');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "joinUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "joinUrlFromStartDay" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "endsAt" TIMESTAMP(3),
ADD COLUMN     "sessionId" TEXT;

-- AlterTable
ALTER TABLE "MeetingDocument" ADD COLUMN     "agendaItemId" TEXT,
ADD COLUMN     "kind" "MeetingDocumentKind" NOT NULL DEFAULT 'OTHER';

-- CreateTable
CREATE TABLE "MeetingSession" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "chairId" TEXT,
    "room" TEXT NOT NULL DEFAULT '',
    "link" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "MeetingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSessionTranslation" (
    "sessionId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "MeetingSessionTranslation_pkey" PRIMARY KEY ("sessionId","locale")
);

-- CreateTable
CREATE TABLE "AgendaItemSpeaker" (
    "agendaItemId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "AgendaItemSpeaker_pkey" PRIMARY KEY ("agendaItemId","personId")
);

-- CreateIndex
CREATE INDEX "MeetingSession_meetingId_position_idx" ON "MeetingSession"("meetingId", "position");

-- CreateIndex
CREATE INDEX "AgendaItemSpeaker_personId_idx" ON "AgendaItemSpeaker"("personId");

-- CreateIndex
CREATE INDEX "AgendaItem_sessionId_idx" ON "AgendaItem"("sessionId");

-- CreateIndex
CREATE INDEX "MeetingDocument_agendaItemId_idx" ON "MeetingDocument"("agendaItemId");

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MeetingSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSession" ADD CONSTRAINT "MeetingSession_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSession" ADD CONSTRAINT "MeetingSession_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "AttendeePerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSessionTranslation" ADD CONSTRAINT "MeetingSessionTranslation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MeetingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemSpeaker" ADD CONSTRAINT "AgendaItemSpeaker_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemSpeaker" ADD CONSTRAINT "AgendaItemSpeaker_personId_fkey" FOREIGN KEY ("personId") REFERENCES "AttendeePerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;
