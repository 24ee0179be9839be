-- CreateTable
CREATE TABLE "CityName" (
    "countryCode" CHAR(2) NOT NULL,
    "city" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "CityName_pkey" PRIMARY KEY ("countryCode","city","locale")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- AddForeignKey
ALTER TABLE "CityName" ADD CONSTRAINT "CityName_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;
