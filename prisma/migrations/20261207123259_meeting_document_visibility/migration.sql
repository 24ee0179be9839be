-- AlterTable
ALTER TABLE "MeetingDocument" ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT true;
