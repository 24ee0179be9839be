-- CreateEnum
CREATE TYPE "AlertScope" AS ENUM ('REGION', 'SERIES', 'STRUCTURE', 'TOPIC');

-- CreateEnum
CREATE TYPE "AlertContent" AS ENUM ('ALL', 'NEWS', 'MEETINGS', 'PLANS');

-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "AlertRecordKind" AS ENUM ('NEWS', 'MEETING', 'REPORT');

-- CreateEnum
CREATE TYPE "AlertDeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "AlertSubscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "linkVersion" INTEGER NOT NULL DEFAULT 1,
    "confirmedAt" TIMESTAMP(3),
    "bouncedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSubscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertSubscription" (
    "id" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "scope" "AlertScope" NOT NULL,
    "targetId" TEXT NOT NULL,
    "content" "AlertContent" NOT NULL,
    "frequency" "AlertFrequency" NOT NULL,
    "locale" "Locale" NOT NULL,
    "confirmTokenHash" TEXT,
    "confirmExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertEvent" (
    "id" TEXT NOT NULL,
    "recordKind" "AlertRecordKind" NOT NULL,
    "recordId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "subscriptionId" TEXT,
    "frequency" "AlertFrequency" NOT NULL,
    "locale" "Locale" NOT NULL,
    "status" "AlertDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscriber_email_key" ON "AlertSubscriber"("email");

-- CreateIndex
CREATE INDEX "AlertSubscriber_confirmedAt_createdAt_idx" ON "AlertSubscriber"("confirmedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscription_confirmTokenHash_key" ON "AlertSubscription"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "AlertSubscription_scope_targetId_confirmedAt_idx" ON "AlertSubscription"("scope", "targetId", "confirmedAt");

-- CreateIndex
CREATE INDEX "AlertSubscription_subscriberId_idx" ON "AlertSubscription"("subscriberId");

-- CreateIndex
CREATE INDEX "AlertSubscription_confirmedAt_createdAt_idx" ON "AlertSubscription"("confirmedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertEvent_recordKind_recordId_revision_key" ON "AlertEvent"("recordKind", "recordId", "revision");

-- CreateIndex
CREATE INDEX "AlertDelivery_status_dueAt_idx" ON "AlertDelivery"("status", "dueAt");

-- CreateIndex
CREATE INDEX "AlertDelivery_subscriberId_status_idx" ON "AlertDelivery"("subscriberId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AlertDelivery_eventId_subscriberId_key" ON "AlertDelivery"("eventId", "subscriberId");

-- AddForeignKey
ALTER TABLE "AlertSubscription" ADD CONSTRAINT "AlertSubscription_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "AlertSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "AlertEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "AlertSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
