-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "hasPublishedText" BOOLEAN NOT NULL DEFAULT false;

-- Written by hand: the trigger that keeps "hasPublishedText" true exactly when
-- one of the meeting's translations is published, whoever writes them.
CREATE FUNCTION meeting_published_text_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Meeting" m
     SET "hasPublishedText" = EXISTS (SELECT 1 FROM "MeetingTranslation" t WHERE t."meetingId" = m."id" AND t."status" = 'PUBLISHED')
   WHERE m."id" IN (SELECT DISTINCT "meetingId" FROM changed_rows);
  RETURN NULL;
END $$;

CREATE TRIGGER "MeetingTranslation_published_text_insert" AFTER INSERT ON "MeetingTranslation"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_published_text_sync();
CREATE TRIGGER "MeetingTranslation_published_text_update" AFTER UPDATE ON "MeetingTranslation"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_published_text_sync();
CREATE TRIGGER "MeetingTranslation_published_text_delete" AFTER DELETE ON "MeetingTranslation"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_published_text_sync();

UPDATE "Meeting" m SET "hasPublishedText" = EXISTS (SELECT 1 FROM "MeetingTranslation" t WHERE t."meetingId" = m."id" AND t."status" = 'PUBLISHED');
