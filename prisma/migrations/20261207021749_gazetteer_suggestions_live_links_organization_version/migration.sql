-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "UserToken" ADD COLUMN     "liveKey" TEXT;

-- CreateTable
CREATE TABLE "CityNameSuggestion" (
    "id" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "city" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'PENDING',
    "meetingId" TEXT,
    "suggestedById" TEXT,
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "CityNameSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CityNameSuggestion_status_createdAt_idx" ON "CityNameSuggestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CityNameSuggestion_countryCode_city_idx" ON "CityNameSuggestion"("countryCode", "city");

-- CreateIndex
CREATE INDEX "CityNameSuggestion_meetingId_idx" ON "CityNameSuggestion"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "UserToken_liveKey_key" ON "UserToken"("liveKey");

-- AddForeignKey
ALTER TABLE "CityNameSuggestion" ADD CONSTRAINT "CityNameSuggestion_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityNameSuggestion" ADD CONSTRAINT "CityNameSuggestion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityNameSuggestion" ADD CONSTRAINT "CityNameSuggestion_suggestedById_fkey" FOREIGN KEY ("suggestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityNameSuggestion" ADD CONSTRAINT "CityNameSuggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
